import type { Page } from "@playwright/test";
import { destinationAttempts, openAt, tenantEvents } from "./support/activity";
import { catalogue } from "./support/catalogue";
import { expectToast } from "./support/destinations";
import { expect, serveConfig, test } from "./support/fixtures";
import { tenantScenario } from "./support/scenario";
import { untranslatedText } from "./support/untranslated";

/*
 * "No English left on any screen": every screen of the portal, with its dialogs,
 * help, validation and a toast, in the two shipped languages that don't use Latin
 * script, where any English word stands out (support/untranslated.ts). Data — IDs,
 * URLs, topics, payloads, product names — is marked `translate="no"` and passes.
 */

/** Waits until the screen's heading is there and nothing on it is still loading. */
async function settled(page: Page) {
  await expect(page.locator("main h1").first()).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

for (const locale of ["ja", "ar"] as const) {
  test(`${locale}: every screen, dialog and message is in the language`, async ({
    page,
    plain,
  }) => {
    test.setTimeout(90_000);
    const say = catalogue(locale);
    await serveConfig(page, { ENABLE_DESTINATION_FILTER: "true" });
    const scene = await tenantScenario(plain);
    const failing = await scene.failingWebhook(["order.created"]);
    await scene.healthyWebhook();
    await scene.publish({ topic: "order.created", data: { amount: 50 } });
    const [attempt] = await destinationAttempts(plain, scene.tenant.id, failing.id);
    const [event] = await tenantEvents(plain, scene.tenant.id);
    expect(attempt).toBeDefined();
    expect(event).toBeDefined();

    const found: string[] = [];
    const check = async (where: string) =>
      found.push(...(await untranslatedText(page)).map((text) => `${where}: ${text}`));
    const visit = async (path: string) => {
      await scene.open(page, `${path}${path.includes("?") ? "&" : "?"}locale=${locale}`);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await settled(page);
      await check(path);
    };

    await visit("/");
    await visit("/destinations/new");
    await visit("/destinations/new?type=webhook&step=topics");
    await visit("/destinations/new?type=webhook&step=configure&topics=*");
    await page.getByRole("button", { name: say("create.create") }).click();
    await expect(page.getByRole("textbox").first()).toHaveAttribute("aria-invalid", "true");
    await check("create, validation");

    await visit(`/destinations/${failing.id}`);
    await page.getByRole("button", { name: say("detail.disable"), exact: true }).click();
    await expect(page.getByRole("dialog")).toBeVisible();
    await check("disable dialog");
    await page.keyboard.press("Escape");

    await visit(`/destinations/${failing.id}/deliveries`);
    await page.getByRole("button", { name: say("bulkRetry.launch") }).click();
    const dialog = page.getByRole("dialog");
    const retryOne = dialog.getByRole("button", {
      name: say("bulkRetry.retryCount", { count: 1 }),
    });
    await expect(retryOne).toBeVisible();
    await check("bulk retry dialog");
    await retryOne.click();
    await expect(dialog.getByRole("button", { name: say("bulkRetry.close") })).toBeVisible();
    await check("bulk retry summary");
    await dialog.getByRole("button", { name: say("bulkRetry.close") }).click();
    await page
      .getByRole("button", { name: new RegExp(`^${say("retry.retry")} `) })
      .first()
      .click();
    await expectToast(page, say("retry.queued"));
    await check("retry toast");

    await visit(`/destinations/${failing.id}/deliveries/${attempt!.id}`);
    await visit(`/destinations/${failing.id}/metrics`);
    await visit(`/destinations/${failing.id}/settings`);
    await page.getByText(say("filterHelp.guide")).click();
    await page.getByRole("textbox", { name: say("filterHelp.label") }).fill("{ data: 1 }");
    await expect(page.getByRole("textbox", { name: say("filterHelp.label") })).toHaveAttribute(
      "aria-invalid",
      "true",
    );
    await check("settings, filter help and a bad filter");
    // A filter the published event fails, with a condition that can't work: both in words.
    await page
      .getByRole("textbox", { name: say("filterHelp.label") })
      .fill('{ "data": { "amount": { "$gte": 100 }, "note": { "$regex": "x" } } }');
    await expect(page.getByRole("listitem").filter({ hasText: "$regex" })).toHaveText(
      say("filterProblem.unknownOperator", {
        at: "field",
        path: "data.note",
        op: "$regex",
        outpost: "Outpost",
      }),
    );
    await page.getByRole("button", { name: say("filterHelp.test") }).click();
    const results = page.getByRole("list", { name: say("filterHelp.testResults") });
    await expect(results.getByText(say("filterHelp.filteredOut"))).toHaveCount(1);
    await expect(results).toContainText(
      say("filterHelp.doesntMatchBecause", {
        reason: say("filterReason.comparison", {
          at: "field",
          path: "data.amount",
          state: "value",
          actual: "50",
          comparison: "gte",
          operand: "100",
        }),
      }),
    );
    await check("settings, the filter test's reason and a condition that can't work");

    await visit("/deliveries?topic=order.created&code=5xx");
    await page.getByRole("button", { name: say("bulkRetry.launch") }).click();
    const scoped = page.getByRole("dialog");
    await expect(scoped).toContainText(
      say("scope.phrase", {
        range: "24h",
        from: "",
        to: "",
        hasDestination: "no",
        destination: "",
        hasEvent: "no",
        eventId: "",
        hasTopic: "yes",
        topic: "order.created",
        code: "5xx",
      }),
    );
    // Counted: the status of the counting gives way to what will be retried.
    await expect(scoped.getByRole("status")).toHaveCount(0);
    await check("bulk retry dialog, by topic and code");
    await page.keyboard.press("Escape");
    await visit("/activity");
    await visit(`/activity/${event!.id}`);
    await visit("/tenant");
    await page.getByRole("button", { name: say("tenant.editMetadata") }).click();
    await expect(page.getByRole("button", { name: say("tenant.saveMetadata") })).toBeVisible();
    await check("tenant, editing metadata");
    await visit("/no-such-page");

    // A screen whose data can't be read: the error and its way forward.
    await page.route("**/api/v1/tenants/*/destinations", (route) =>
      route.fulfill({ status: 500, contentType: "application/json", body: "{}" }),
    );
    await scene.open(page, `/?locale=${locale}`);
    // A 5xx read is retried three times with backoff (up to ~7 s) before the error shows.
    await expect(page.getByRole("button", { name: say("error.tryAgain") })).toBeVisible({
      timeout: 15_000,
    });
    await check("list, server error");
    await page.unrouteAll();

    // No session: a link without a token.
    const portal = new URL(plain.portalPageUrl("unused"));
    portal.search = `?locale=${locale}`;
    await page.evaluate(() => window.sessionStorage.clear());
    await page.goto(portal.href);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      say("sessionEnded.heading", { problem: "missing" }),
    );
    await check("session ended");

    const empty = await plain.createTenant();
    await openAt(page, plain, empty.id, `/?locale=${locale}`);
    await settled(page);
    await check("empty list");

    expect(found).toEqual([]);
  });
}
