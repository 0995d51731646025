import type { Page } from "@playwright/test";
import { expectNoA11yViolations } from "./support/a11y";
import {
  createDestination,
  expectNoHorizontalScroll,
  type SandboxApi,
} from "./support/destinations";
import { expect, test } from "./support/fixtures";
import { tenantScenario } from "./support/scenario";

/*
 * The portal in the tenant's language: ?locale= on the link, kept for the session,
 * <html lang dir>, plural rules per language, right-to-left, and the English
 * fallback. (portal:set-locale from a host: embed.spec.ts.)
 */

const webhook = (n: number) => ({
  type: "webhook",
  topics: "*",
  config: { url: `https://hooks.example.com/locale-${n}` },
});

async function tenantWith(api: SandboxApi, destinations: number) {
  const tenant = await api.createTenant();
  for (let n = 1; n <= destinations; n++) await createDestination(api, tenant.id, webhook(n));
  return tenant;
}

/** The portal link Outpost minted, with `params` added as a host would. */
async function link(api: SandboxApi, tenantId: string, params: Record<string, string>) {
  const url = new URL(await api.portalUrl(tenantId));
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return url.href;
}

const html = (page: Page) =>
  page.evaluate(() => ({
    lang: document.documentElement.lang,
    dir: document.documentElement.dir,
  }));

/**
 * Errors the page reports: uncaught exceptions and console errors or warnings (but not
 * this sandbox's missing portal-settings.js: a deployment without the file).
 */
function collectProblems(page: Page) {
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(error.message));
  page.on("console", (message) => {
    const text = message.text();
    if (/portal-settings\.js|Failed to load resource: .* 404/.test(text)) return;
    if (message.type() === "error" || message.type() === "warning") problems.push(text);
  });
  return problems;
}

test.describe("locale", () => {
  test("?locale=de renders German with lang=de, and keeps it through navigation and reload", async ({
    page,
    plain,
  }) => {
    const tenant = await tenantWith(plain, 2);
    await page.goto(await link(plain, tenant.id, { locale: "de" }));
    await expect(page.getByRole("heading", { name: "Ziele", level: 1 })).toBeVisible();
    expect(await html(page)).toEqual({ lang: "de", dir: "ltr" });
    await expect(page.getByText("2 Ziele", { exact: true })).toBeVisible();
    await expect(page).toHaveTitle("Ziele · Ereignisziele");
    const nav = page.getByRole("navigation", { name: "Portal" });
    await expect(nav.getByRole("link")).toHaveText([
      "Ziele",
      "Zustellprotokoll",
      "Aktivität",
      "Mandant",
    ]);
    await expect(page.getByRole("link", { name: "Ziel hinzufügen" })).toBeVisible();
    await expect(page.getByLabel("Suche")).toHaveAttribute("placeholder", "Ziel-URL oder Typ");
    await expect(page.getByRole("radio", { name: "Dunkel" })).toBeAttached();
    // The link's locale stays in the address bar, like its theme; the token does not.
    expect(new URL(page.url()).searchParams.get("locale")).toBe("de");
    expect(new URL(page.url()).searchParams.has("token")).toBe(false);

    // Another screen: the shell stays German (the URL no longer says so; the session does).
    await nav.getByRole("link", { name: "Mandant" }).click();
    await expect(page).toHaveURL(/\/tenant$/);
    await expect(page.getByTestId("tenant-id")).toHaveText(tenant.id);
    expect((await html(page)).lang).toBe("de");
    await expect(nav.getByRole("link", { name: "Mandant" })).toHaveAttribute(
      "aria-current",
      "page",
    );

    await page.reload();
    await expect(page.getByTestId("tenant-id")).toHaveText(tenant.id);
    expect((await html(page)).lang).toBe("de");
    await nav.getByRole("link", { name: "Ziele" }).click();
    await expect(page.getByRole("heading", { name: "Ziele", level: 1 })).toBeVisible();
    await expect(page.getByText("2 Ziele", { exact: true })).toBeVisible();
  });

  test("English plurals: 1 destination, 2 destinations", async ({ page, plain }) => {
    const tenant = await tenantWith(plain, 1);
    await page.goto(await link(plain, tenant.id, {}));
    await expect(page.getByRole("heading", { name: "Destinations", level: 1 })).toBeVisible();
    expect(await html(page)).toEqual({ lang: "en", dir: "ltr" });
    await expect(page.getByText("1 destination", { exact: true })).toBeVisible();
    await createDestination(plain, tenant.id, webhook(2));
    await page.reload();
    await expect(page.getByText("2 destinations", { exact: true })).toBeVisible();
    // With a filter: "1 of 2 destinations".
    await page.getByLabel("Search").fill("locale-2");
    await expect(page.getByText("1 of 2 destinations", { exact: true })).toBeVisible();
  });

  test("French counts zero as singular, as French does", async ({ page, plain }) => {
    const tenant = await tenantWith(plain, 0);
    await page.goto(await link(plain, tenant.id, { locale: "fr-CA" }));
    await expect(page.getByRole("heading", { name: "Destinations", level: 1 })).toBeVisible();
    expect((await html(page)).lang).toBe("fr");
    await expect(page.getByText("0 destination", { exact: true })).toBeVisible();
    await expect(
      page.getByRole("heading", { name: "Aucune destination pour l’instant" }),
    ).toBeVisible();
  });

  test("?locale=ar is right-to-left, with the dual, no sideways scroll at 375 px, and axe-clean", async ({
    page,
    plain,
  }) => {
    const tenant = await tenantWith(plain, 2);
    await page.setViewportSize({ width: 375, height: 800 });
    for (const theme of ["light", "dark"]) {
      await page.goto(await link(plain, tenant.id, { locale: "ar", theme }));
      await expect(page.getByRole("heading", { name: "الوجهات", level: 1 })).toBeVisible();
      expect(await html(page)).toEqual({ lang: "ar", dir: "rtl" });
      // Arabic's dual form, not "2 …".
      await expect(page.getByText("وجهتان", { exact: true })).toBeVisible();
      await expect(page.getByRole("list", { name: "الوجهات" }).getByRole("listitem")).toHaveCount(
        2,
      );
      // The list reads from the right: the heading starts at the right edge of the page.
      const heading = await page.getByRole("heading", { level: 1 }).boundingBox();
      const main = await page.locator("main").boundingBox();
      expect(main!.x + main!.width - (heading!.x + heading!.width)).toBeLessThan(40);
      await expectNoHorizontalScroll(page);
      await expectNoA11yViolations(page);
    }
  });

  test("the Delivery log in German (headings, filters, status, a plural), and in Arabic right-to-left at 375 px, axe-clean", async ({
    page,
    plain,
  }) => {
    const scene = await tenantScenario(plain);
    await scene.failingWebhook(["order.created"]);
    await scene.healthyWebhook("*");
    await scene.publish({ topic: "order.created" });

    await page.goto(await link(plain, scene.tenant.id, { locale: "de" }));
    await page
      .getByRole("navigation", { name: "Portal" })
      .getByRole("link", { name: "Zustellprotokoll" })
      .click();
    await expect(page.getByRole("heading", { name: "Zustellprotokoll", level: 1 })).toBeVisible();
    await expect(page).toHaveTitle("Zustellprotokoll · Ereignisziele");
    const table = page.getByRole("table", {
      name: "Zustellversuche über alle Ziele, neueste zuerst",
    });
    await expect(table.locator("tbody tr")).toHaveCount(2);
    await expect(page.getByText("2 Versuche auf dieser Seite", { exact: true })).toBeVisible();
    await expect(table.getByRole("columnheader")).toHaveText([
      "Zeit",
      "Status",
      "Ziel",
      "Thema",
      "Versuch",
      "Ereignis",
      "Aktionen",
    ]);
    await expect(table.getByText(/^Erfolgreich · 200$/)).toHaveCount(1);
    await expect(table.getByText(/^Fehlgeschlagen · 500$/)).toHaveCount(1);
    await expect(page.getByLabel("Antwortcode")).toBeAttached();
    await expect(page.getByLabel("Zeitraum")).toHaveValue("24h");
    await expect(page.getByLabel("Zeitraum").locator("option:checked")).toHaveText(
      "Letzte 24 Stunden",
    );
    await expect(page.getByLabel("Ereignis-ID")).toBeAttached();
    await expect(page.getByRole("button", { name: "Aktualisieren" })).toBeVisible();
    await expect(
      page.getByRole("button", { name: "Fehlgeschlagene Zustellungen erneut versuchen" }),
    ).toBeVisible();

    await page.goto(await link(plain, scene.tenant.id, { locale: "ar" }));
    await page.getByRole("link", { name: "سجل التسليم", exact: true }).click();
    await page.setViewportSize({ width: 375, height: 800 });
    await expect(page.getByRole("heading", { name: "سجل التسليم", level: 1 })).toBeVisible();
    expect(await html(page)).toEqual({ lang: "ar", dir: "rtl" });
    // Arabic's dual: "two attempts", not "2 …".
    await expect(page.getByText("محاولتان في هذه الصفحة", { exact: true })).toBeVisible();
    await expect(page.getByText(/^نجاح · 200$/)).toHaveCount(1);
    await expectNoHorizontalScroll(page);
    await expectNoA11yViolations(page);
  });

  test("DEFAULT_LOCALE in the portal's settings file, unless the link names one", async ({
    page,
    plain,
  }) => {
    const tenant = await tenantWith(plain, 1);
    await page.route("**/portal-settings.js", (route) =>
      route.fulfill({
        contentType: "application/javascript",
        body: 'window.PORTAL_SETTINGS = { DEFAULT_LOCALE: "es" };',
      }),
    );
    await page.goto(await link(plain, tenant.id, {}));
    await expect(page.getByRole("heading", { name: "Destinos", level: 1 })).toBeVisible();
    await expect(page.getByText("1 destino", { exact: true })).toBeVisible();
    expect((await html(page)).lang).toBe("es");

    await page.goto(await link(plain, tenant.id, { locale: "ja" }));
    await expect(page.getByRole("heading", { name: "配信先", level: 1 })).toBeVisible();
    expect((await html(page)).lang).toBe("ja");
  });

  test("an unknown locale falls back to English without errors", async ({ page, plain }) => {
    const tenant = await tenantWith(plain, 1);
    const problems = collectProblems(page);
    await page.goto(await link(plain, tenant.id, { locale: "xx-YY" }));
    await expect(page.getByRole("heading", { name: "Destinations", level: 1 })).toBeVisible();
    expect(await html(page)).toEqual({ lang: "en", dir: "ltr" });
    await expect(page.getByText("1 destination", { exact: true })).toBeVisible();
    expect(problems).toEqual([]);
  });

  test("another locale's first screen costs one small request; English's none", async ({
    page,
    plain,
  }) => {
    const tenant = await tenantWith(plain, 1);
    const catalogues: string[] = [];
    page.on("request", (request) => {
      const name = new URL(request.url()).pathname.split("/").pop() ?? "";
      if (/^(en|de|fr|es|ja|ar)[.-]/.test(name)) catalogues.push(name);
    });
    // The whole list, its rows' delivery cells too, is worded from the first part:
    // with every later part refused it is still complete.
    await page.route(/\/assets\/\w+\.later-[\w-]+\.js$/, (route) => route.abort());
    await page.goto(await link(plain, tenant.id, {}));
    await expect(page.getByText("1 destination", { exact: true })).toBeVisible();
    await expect(page.getByText("No deliveries in 24 h")).toBeVisible();
    // English is in the first screen's code.
    expect(catalogues).toEqual([]);

    await page.goto(await link(plain, tenant.id, { locale: "ja" }));
    await expect(page.getByText("1件の配信先", { exact: true })).toBeVisible();
    await expect(page.getByRole("heading", { name: "配信先", level: 1 })).toBeVisible();
    await expect(page.getByText("24 時間以内の配信はありません")).toBeVisible();
    expect(catalogues).toEqual([expect.stringMatching(/^ja-.*\.js$/)]);

    // A later screen brings its part.
    await page.unrouteAll();
    await page.getByRole("link", { name: "配信ログ" }).click();
    await expect(page.getByRole("heading", { name: "配信ログ", level: 1 })).toBeVisible();
    expect(catalogues).toEqual([
      expect.stringMatching(/^ja-.*\.js$/),
      expect.stringMatching(/^ja\.later-.*\.js$/),
    ]);
  });
});
