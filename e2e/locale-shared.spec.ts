import type { Locator, Page, Route } from "@playwright/test";
import { openAt } from "./support/activity";
import { expectNoA11yViolations } from "./support/a11y";
import { catalogue } from "./support/catalogue";
import { expectNoHorizontalScroll, expectToast } from "./support/destinations";
import { expect, test } from "./support/fixtures";
import { tenantScenario, WEBHOOK_URLS } from "./support/scenario";
import { expectNoUntranslatedText } from "./support/untranslated";

/*
 * The parts every screen shares, in the tenant's language: toasts, the confirm
 * dialog, the health badge, the bulk retry dialog and a screen's error with Try
 * again, in German (strings and plurals) and in Arabic on a phone (right to left,
 * mirrored, axe-clean in both themes, no English). The embedded portal switching
 * language live is in embed.spec.ts.
 */

const de = catalogue("de");
const ar = catalogue("ar");

const html = (page: Page) =>
  page.evaluate(() => ({
    lang: document.documentElement.lang,
    dir: document.documentElement.dir,
  }));

/** The retry button of the first deliveries row (its name also says which event). */
const firstRowRetry = (page: Page, label: string) =>
  page.getByRole("button", { name: new RegExp(`^${label} `) }).first();

/** The failed attempts the bulk retry dialog pages through while it counts. */
const isRecoveryListing = (route: Route) => {
  const url = new URL(route.request().url());
  return url.searchParams.get("status") === "failed" && url.searchParams.get("limit") === "1000";
};

/** Holds requests matching `url` until released, one or all at a time. */
async function holdRequests(page: Page, url: string, which: (route: Route) => boolean) {
  const held: Route[] = [];
  let open = false;
  await page.route(url, (route) => {
    if (open || !which(route)) return route.fallback();
    held.push(route);
  });
  return {
    count: () => held.length,
    next: () => held.shift()!,
    releaseAll: async () => {
      open = true;
      for (const route of held.splice(0)) await route.fallback();
    },
  };
}

/** `a` lies entirely left of `b`, as the inline end is in a right-to-left page. */
async function expectLeftOf(a: Locator, b: Locator) {
  const [first, second] = [await a.boundingBox(), await b.boundingBox()];
  expect(first && second, "both are laid out").toBeTruthy();
  expect(first!.x + first!.width).toBeLessThanOrEqual(second!.x + 1);
}

/** Fully inside the 375 px viewport. */
async function expectOnScreen(element: Locator, width = 375) {
  const box = await element.boundingBox();
  expect(box, "laid out").toBeTruthy();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(width);
}

test.describe("German: the shared parts", () => {
  test("toasts, the disable and delete dialogs and the health badge", async ({ page, plain }) => {
    test.setTimeout(60_000);
    const scene = await tenantScenario(plain);
    const failing = await scene.failingWebhook(["order.created"]);
    const healthy = await scene.healthyWebhook(["order.created"]);
    await scene.publish({ topic: "order.created" });
    await scene.publish({ topic: "order.created" });

    // The health badge and its reason, on the failing destination's page.
    await scene.open(page, `/destinations/${failing.id}?locale=de`);
    expect(await html(page)).toEqual({ lang: "de", dir: "ltr" });
    const health = page.locator("main p").filter({ hasText: "Zustand:" });
    await expect(health.locator("span span").first()).toHaveText("Zustand: Fehlerhaft");
    await expect(health).toContainText(
      `${de("ui.healthFailed", { failed: 2, total: 2 })} · ${de("destinations.lastError", { code: "500" })}`,
    );
    await expect(health).toContainText(
      "2 von 2 Zustellungen in den letzten 24 Std. fehlgeschlagen · letzter Fehler 500",
    );
    // In the list, a healthy row reads its reason out with the badge.
    await page.getByRole("link", { name: "Alle Ziele" }).click();
    const healthyRow = page
      .getByRole("list", { name: "Ziele" })
      .getByRole("listitem")
      .filter({ has: page.getByRole("link", { name: WEBHOOK_URLS.healthy, exact: true }) });
    await expect(healthyRow).toContainText("Fehlerfrei");
    await expect(healthyRow).toContainText(
      "Zustand: Fehlerfrei: Alle 2 Zustellungen in den letzten 24 Std. erfolgreich",
    );

    // An error toast (the server refuses the retry), dismissed back to its trigger; then a success one.
    await scene.open(page, `/destinations/${failing.id}/deliveries?locale=de`);
    await page.route("**/api/v1/retry", (route) =>
      route.fulfill({ status: 500, json: { status: 500, message: "internal error" } }),
    );
    const retry = firstRowRetry(page, "Erneut versuchen");
    await retry.click();
    const error = page.getByRole("alert").filter({ hasText: "Erneuter Versuch fehlgeschlagen" });
    await expect(error).toHaveText(
      `${de("retry.failed", { error: de("api.serverError") })}Schließen`,
    );
    await expect(error).toContainText(
      "Erneuter Versuch fehlgeschlagen: Beim Server ist ein Problem aufgetreten. Versuchen Sie es erneut.",
    );
    await error.getByRole("button", { name: "Hinweis schließen" }).click();
    await expect(error).toHaveCount(0);
    await expect(retry).toBeFocused();
    await page.unroute("**/api/v1/retry");
    await retry.click();
    await expectToast(page, "Neuer Versuch eingereiht. Er erscheint in der Liste.");

    // Disabling asks first: title, body, buttons; Escape closes and focus goes back.
    await scene.open(page, `/destinations/${healthy.id}?locale=de`);
    const disable = page.getByRole("button", { name: "Deaktivieren", exact: true });
    await disable.click();
    const asking = page.getByRole("dialog", { name: "Dieses Ziel deaktivieren?" });
    await expect(asking).toBeVisible();
    await expect(asking).toHaveAccessibleDescription(de("detail.disableBody"));
    await expect(asking).toContainText(
      "Ereignisse, die veröffentlicht werden, während es deaktiviert ist, werden ihm nicht zugestellt",
    );
    await expect(asking.getByRole("button")).toHaveText(["Abbrechen", "Ziel deaktivieren"]);
    await expect(asking.getByRole("button", { name: "Abbrechen" })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(asking).toBeHidden();
    await expect(disable).toBeFocused();
    await disable.click();
    await asking.getByRole("button", { name: "Ziel deaktivieren" }).click();
    await expectToast(page, "Ziel deaktiviert. Es werden keine Ereignisse mehr daran zugestellt.");
    await expect(page.getByRole("button", { name: "Aktivieren", exact: true })).toBeVisible();

    // Deleting asks with the destination named; confirmed, the list says what went.
    await page
      .getByRole("navigation", { name: "Ziel" })
      .getByRole("link", { name: "Einstellungen" })
      .click();
    const remove = page.getByRole("button", { name: "Ziel löschen" });
    await remove.click();
    const deleting = page.getByRole("dialog", { name: "Dieses Ziel löschen?" });
    await expect(deleting).toHaveAccessibleDescription(
      de("settings.deleteBody", { destination: WEBHOOK_URLS.healthy }),
    );
    await expect(deleting.getByRole("button")).toHaveText(["Abbrechen", "Ziel löschen"]);
    await expect(deleting.getByRole("button", { name: "Abbrechen" })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(deleting).toBeHidden();
    await expect(remove).toBeFocused();
    await remove.click();
    await deleting.getByRole("button", { name: "Ziel löschen" }).click();
    await expect(page.getByRole("heading", { name: "Ziele", level: 1 })).toBeVisible();
    await expectToast(page, `${WEBHOOK_URLS.healthy} gelöscht.`);
  });

  test("bulk retry: counting, progress and the summary, for one delivery and for several", async ({
    page,
    plain,
  }) => {
    test.setTimeout(60_000);
    const scene = await tenantScenario(plain);
    const one = await scene.failingWebhook(["order.created"]);
    const paidUrl = "https://hooks.example.com/fail-paid";
    const several = await scene.webhook(paidUrl, ["order.paid"]);
    await scene.publish({ topic: "order.created" });
    const paid = await Promise.all([1, 2, 3].map(() => scene.publish({ topic: "order.paid" })));
    const dialog = page.getByRole("dialog", {
      name: "Fehlgeschlagene Zustellungen erneut versuchen",
    });
    const status = dialog.getByRole("status");
    const scopeOf = (url: string) =>
      de("scope.phrase", {
        range: "24h",
        hasDestination: "yes",
        destination: url,
        hasEvent: "no",
        hasTopic: "no",
        code: "none",
      });

    // One delivery: counting (held), the singular everywhere.
    const listing = await holdRequests(
      page,
      "**/api/v1/tenants/*/destinations/*/attempts?*",
      isRecoveryListing,
    );
    await scene.open(page, `/destinations/${one.id}/deliveries?locale=de`);
    await page
      .getByRole("button", { name: "Fehlgeschlagene Zustellungen erneut versuchen" })
      .click();
    await expect(status).toHaveText(
      `Fehlgeschlagene Zustellungen aus den letzten 24 Stunden an ${WEBHOOK_URLS.failing} werden gezählt… bisher 0 zum erneuten Versuch.`,
    );
    await expect(dialog.getByRole("button")).toHaveText(["Abbrechen"]);
    await listing.releaseAll();
    await expect(dialog).toContainText(
      `1 fehlgeschlagene Zustellung aus den letzten 24 Stunden an ${WEBHOOK_URLS.failing} wird erneut gesendet, jedes Ereignis einmal pro Ziel.`,
    );
    await expect(dialog).toContainText("Gefunden in 1 fehlgeschlagenen Versuch.");
    await expect(dialog).toContainText(de("bulkRetry.pace", { rate: 10, concurrency: 4 }));
    await dialog.getByRole("button", { name: "1 Zustellung erneut versuchen" }).click();
    await expect(status).toHaveText(
      "Fertig. 1 Zustellung erneut versucht · 0 übersprungen · 0 fehlgeschlagen",
    );
    await expect(dialog).toContainText(/1 Anfrage in [\d,]+ Sekunden?\./);
    await dialog.getByRole("button", { name: "Schließen" }).click();
    await expect(dialog).toBeHidden();

    // Several: the progress while the answers are held, then a refused one to retry on its own.
    const retries = await holdRequests(page, "**/api/v1/retry", () => true);
    await scene.open(page, `/destinations/${several.id}/deliveries?locale=de`);
    await page
      .getByRole("button", { name: "Fehlgeschlagene Zustellungen erneut versuchen" })
      .click();
    await expect(dialog).toContainText(
      de("bulkRetry.willSend", { count: 3, scope: scopeOf(paidUrl) }),
    );
    await expect(dialog).toContainText(
      `3 fehlgeschlagene Zustellungen aus den letzten 24 Stunden an ${paidUrl} werden erneut gesendet`,
    );
    await expect(dialog).toContainText("Gefunden in 3 fehlgeschlagenen Versuchen.");
    await dialog.getByRole("button", { name: "3 Zustellungen erneut versuchen" }).click();
    const progress = dialog.getByRole("progressbar", { name: "Erneuter Versuch: 0 von 3" });
    await expect(progress).toHaveAttribute("max", "3");
    await expect(status).toHaveText("0 erneut versucht · 0 übersprungen · 0 fehlgeschlagen");
    await expect(dialog.getByRole("button")).toHaveText(["Abbrechen"]);
    await expect.poll(() => retries.count()).toBe(3);
    await retries.next().fallback();
    await expect(
      dialog.getByRole("progressbar", { name: "Erneuter Versuch: 1 von 3" }),
    ).toBeVisible();
    await expect(status).toHaveText("1 erneut versucht · 0 übersprungen · 0 fehlgeschlagen");
    await retries.next().fallback();
    // The last is refused (a 4xx is final): reported by name, in German.
    const refused = retries.next();
    const refusedEvent = (refused.request().postDataJSON() as { event_id: string }).event_id;
    expect(paid.map((p) => p.id)).toContain(refusedEvent);
    await refused.fulfill({
      status: 422,
      json: { status: 422, message: "validation error", data: ["not eligible"] },
    });
    await expect(status).toHaveText(
      "Fertig. 2 Zustellungen erneut versucht · 0 übersprungen · 1 fehlgeschlagen",
    );
    await expect(dialog).toContainText(/3 Anfragen in [\d,]+ Sekunden?\./);
    await dialog.getByText("Fehlgeschlagen: ").click();
    await expect(dialog.getByRole("listitem")).toHaveText([
      `${refusedEvent} → ${paidUrl}: Einige Werte sind ungültig.`,
    ]);
    await retries.releaseAll();
    await dialog
      .getByRole("button", { name: "1 verbleibende Zustellung erneut versuchen" })
      .click();
    await expect(status).toHaveText(
      "Fertig. 1 Zustellung erneut versucht · 0 übersprungen · 0 fehlgeschlagen",
    );
    await dialog.getByRole("button", { name: "Schließen" }).click();
    await expect(
      page.getByRole("button", { name: "Fehlgeschlagene Zustellungen erneut versuchen" }),
    ).toBeFocused();
  });

  test("a screen whose data fails to load, and one whose code fails to download: German, and Try again recovers", async ({
    page,
    plain,
  }) => {
    test.setTimeout(60_000);
    const tenant = await plain.createTenant();
    const tenantApi = `**/api/v1/tenants/${tenant.id}`;
    await page.route(tenantApi, (route) =>
      route.fulfill({ status: 500, json: { status: 500, message: "internal error" } }),
    );
    await openAt(page, plain, tenant.id, "/tenant?locale=de");
    const failed = page
      .getByRole("alert")
      .filter({ hasText: "Ihr Mandant konnte nicht geladen werden" });
    // Server errors are retried a few times, with backoff, before the screen says so.
    await expect(failed).toBeVisible({ timeout: 15_000 });
    await expect(failed.getByRole("heading")).toHaveText("Ihr Mandant konnte nicht geladen werden");
    await expect(failed).toContainText(
      "Beim Server ist ein Problem aufgetreten. Versuchen Sie es erneut.",
    );
    await page.unroute(tenantApi);
    await failed.getByRole("button", { name: "Erneut versuchen" }).click();
    await expect(page.getByTestId("tenant-id")).toHaveText(tenant.id);
    await expect(failed).toHaveCount(0);

    // The route's own error page: the screen's code could not be downloaded.
    let aborted = 0;
    const chunk = /\/assets\/activity-page-[\w-]+\.js$/;
    await page.route(chunk, (route) =>
      aborted++ === 0 ? route.abort("failed") : route.continue(),
    );
    await page
      .getByRole("navigation", { name: "Portal" })
      .getByRole("link", { name: "Aktivität" })
      .click();
    const broken = page.getByRole("alert").filter({ hasText: "Etwas ist schiefgelaufen" });
    await expect(broken.getByRole("heading")).toHaveText("Etwas ist schiefgelaufen");
    await expect(broken).toContainText(de("error.chunk"));
    await expect(page).toHaveTitle("Etwas ist schiefgelaufen · Ereignisziele");
    await broken.getByRole("button", { name: "Erneut versuchen" }).click();
    await expect(page.getByRole("heading", { name: "Aktivität", level: 1 })).toBeVisible();
    expect(aborted).toBeGreaterThan(1);
  });
});

for (const theme of ["light", "dark"] as const) {
  test(`Arabic at 375 px, ${theme}: the toast, the confirm dialog and the bulk retry summary, mirrored`, async ({
    page,
    plain,
  }) => {
    test.setTimeout(60_000);
    await page.setViewportSize({ width: 375, height: 800 });
    const scene = await tenantScenario(plain);
    const failing = await scene.failingWebhook(["order.created"]);
    await scene.publish({ topic: "order.created" });
    await scene.publish({ topic: "order.created" });
    const check = async () => {
      await expectNoHorizontalScroll(page);
      await expectNoUntranslatedText(page);
      await expectNoA11yViolations(page);
    };

    await scene.open(page, `/destinations/${failing.id}/deliveries?locale=ar`, theme);
    expect(await html(page)).toEqual({ lang: "ar", dir: "rtl" });

    // The bulk retry summary, with Arabic's dual.
    const launch = page.getByRole("button", { name: ar("bulkRetry.launch") });
    await launch.click();
    const dialog = page.getByRole("dialog", { name: ar("bulkRetry.launch") });
    await dialog.getByRole("button", { name: ar("bulkRetry.retryCount", { count: 2 }) }).click();
    const summary = dialog.getByRole("status");
    await expect(summary).toHaveText(
      ar("bulkRetry.summary", { cancelled: "no", retried: 2, skipped: 0, failed: 0 }),
    );
    await expect(summary).toContainText("أُعيدت محاولة عمليتي تسليم");
    await expectMirroredDialog(dialog, ar("bulkRetry.close"));
    await check();
    await dialog.getByRole("button", { name: ar("bulkRetry.close") }).click();
    await expect(launch).toBeFocused();

    // A toast: across the bottom, its Dismiss at the inline end (left).
    await firstRowRetry(page, ar("retry.retry")).click();
    await expectToast(page, ar("retry.queued"));
    const toast = page.locator("[data-toast]");
    const dismiss = toast.getByRole("button", { name: ar("toast.dismissNotification") });
    await expect(dismiss).toHaveText(ar("toast.dismiss"));
    await expectLeftOf(dismiss, toast.locator("p"));
    await expectOnScreen(toast);
    expect(await toast.evaluate((el) => getComputedStyle(el).direction)).toBe("rtl");
    await check();
    await dismiss.click();
    await expect(toast).toHaveCount(0);

    // The confirm dialog.
    await scene.open(page, `/destinations/${failing.id}?locale=ar`, theme);
    const disable = page.getByRole("button", { name: ar("detail.disable"), exact: true });
    await disable.click();
    const asking = page.getByRole("dialog", { name: ar("detail.disableTitle") });
    await expect(asking).toHaveAccessibleDescription(ar("detail.disableBody"));
    await expect(asking.getByRole("button")).toHaveText([
      ar("bulkRetry.cancel"),
      ar("detail.disableConfirm"),
    ]);
    await expectMirroredDialog(asking, ar("detail.disableConfirm"));
    // Cancel (first in order, where focus starts) stands at the inline start: right of the confirm.
    await expectLeftOf(
      asking.getByRole("button", { name: ar("detail.disableConfirm") }),
      asking.getByRole("button", { name: ar("bulkRetry.cancel") }),
    );
    await check();
    await page.keyboard.press("Escape");
    await expect(asking).toBeHidden();
    await expect(disable).toBeFocused();
  });
}

/**
 * A dialog laid out right to left on the phone: on screen, its title starting at the
 * right edge, and the button named `lastButton` (the row's end) at the left.
 */
async function expectMirroredDialog(dialog: Locator, lastButton: string) {
  await expectOnScreen(dialog);
  expect(await dialog.evaluate((el) => getComputedStyle(el).direction)).toBe("rtl");
  const box = (await dialog.boundingBox())!;
  const title = (await dialog.getByRole("heading").evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    const rect = range.getBoundingClientRect();
    return { left: rect.left, right: rect.right };
  }))!;
  // The title's text hugs the right padding (24 px), not the left.
  expect(box.x + box.width - title.right).toBeLessThan(30);
  expect(title.left - box.x).toBeGreaterThan(30);
  const button = (await dialog.getByRole("button", { name: lastButton }).boundingBox())!;
  expect(button.x - box.x).toBeLessThan(30);
}

test("a drop-down keeps the room for its arrow at the inline end, in both directions", async ({
  page,
  plain,
}) => {
  const tenant = await plain.createTenant();
  const padding = (select: Locator) =>
    select.evaluate((el) => {
      const style = getComputedStyle(el);
      return { left: style.paddingLeft, right: style.paddingRight };
    });
  for (const [locale, name, arrowSide] of [
    ["en", "SASL mechanism", "right"],
    ["ar", "آلية SASL", "left"],
  ] as const) {
    await openAt(
      page,
      plain,
      tenant.id,
      `/destinations/new?locale=${locale}&type=kafka&step=configure&topics=*`,
    );
    const select = page.getByRole("combobox", { name });
    const room = await padding(select);
    // Right to left the browser draws the arrow on the left: the text starts at the right, like the label's.
    expect(room[arrowSide]).toBe("32px");
    expect(room[arrowSide === "left" ? "right" : "left"]).toBe("12px");
  }
});
