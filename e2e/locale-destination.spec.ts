import type { Page } from "@playwright/test";
import { expectNoA11yViolations } from "./support/a11y";
import { expectNoHorizontalScroll, expectToast } from "./support/destinations";
import { expect, serveConfig, test } from "./support/fixtures";
import { tenantScenario } from "./support/scenario";
import { untranslatedText } from "./support/untranslated";

/*
 * A destination's page in the tenant's language: the overview (header, health,
 * details, credentials) and the settings (sections, the filter's help and test,
 * a save's outcome), in German, and in Arabic right-to-left on a phone.
 */

const html = (page: Page) =>
  page.evaluate(() => ({
    lang: document.documentElement.lang,
    dir: document.documentElement.dir,
  }));

const editor = (page: Page, name: string) => page.getByRole("textbox", { name });

test.describe("a destination in the tenant's language", () => {
  test.beforeEach(async ({ page }) => {
    await serveConfig(page, { ENABLE_DESTINATION_FILTER: "true" });
  });

  test("German: the overview and the settings, a saved filter's toast, the filter test's plural and reason", async ({
    page,
    plain,
  }) => {
    const scene = await tenantScenario(plain);
    const hook = await scene.failingWebhook(["order.created"]);
    await scene.publish({ topic: "order.created", data: { amount: 50 } });
    await scene.publish({ topic: "order.created", data: { amount: 500 } });

    await scene.open(page, `/destinations/${hook.id}?locale=de`);
    expect(await html(page)).toEqual({ lang: "de", dir: "ltr" });
    await expect(page.getByRole("link", { name: "Alle Ziele" })).toBeVisible();
    await expect(page).toHaveTitle(/^Übersicht · .* · Ereignisziele$/);
    const tabs = page.getByRole("navigation", { name: "Ziel" });
    await expect(tabs.getByRole("link")).toHaveText([
      "Übersicht",
      "Zustellungen",
      "Kennzahlen",
      "Einstellungen",
    ]);
    await expect(page.getByRole("button", { name: "Deaktivieren" })).toBeVisible();
    // The failing destination's way forward.
    const failing = page.getByRole("note", { name: "Fehlerhaftes Ziel" });
    await expect(failing).toContainText("Zustellungen an dieses Ziel schlagen fehl.");
    await expect(
      failing.getByRole("link", { name: "Fehlgeschlagene Zustellungen ansehen" }),
    ).toBeVisible();
    for (const title of ["Details", "Konfiguration", "Zugangsdaten", "Ereignisfilter"])
      await expect(page.getByRole("heading", { name: title, exact: true })).toBeVisible();
    await expect(page.locator("dt", { hasText: "Signaturschlüssel" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Signaturschlüssel anzeigen" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Ziel-ID kopieren" })).toBeVisible();
    await expect(
      page.getByText("Kein Filter: Jedes Ereignis der abonnierten Themen wird zugestellt."),
    ).toBeVisible();
    // Dates in German (a month's name, not "Dec").
    const created = page.locator("dt", { hasText: "Erstellt" }).locator("+ dd");
    await expect(created).toHaveText(/\d{4}/);
    expect(await created.textContent()).not.toMatch(
      /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/,
    );

    // Disabling asks first, in German.
    await page.getByRole("button", { name: "Deaktivieren" }).click();
    await expect(page.getByRole("dialog", { name: "Dieses Ziel deaktivieren?" })).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(page.getByRole("dialog")).toHaveCount(0);

    await tabs.getByRole("link", { name: "Einstellungen" }).click();
    await expect(page).toHaveTitle(/^Einstellungen · /);
    for (const title of ["Themen", "Signaturschlüssel", "Ereignisfilter", "Status und Löschen"])
      await expect(page.getByRole("heading", { name: title, exact: true })).toBeVisible();
    await expect(page.getByRole("button", { name: "Schlüssel erneuern" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Ziel löschen" })).toBeVisible();
    await expect(page.getByText("1 ausgewählt", { exact: true })).toBeVisible();

    // The filter: its help, its test (a plural), and the save's outcome.
    const filter = editor(page, "Filter (JSON)");
    await filter.fill('{ data: { "amount": 1 } }');
    await expect(filter).toHaveAccessibleDescription(
      /Kein gültiges JSON: .*Schlüssel brauchen doppelte Anführungszeichen: \{ "data": … \}, nicht \{ data: … \}\./,
    );
    await filter.fill('{ "data": { "amount": { "$gte": 100 } } }');
    await page.getByText("Filtersyntax und Beispiele").click();
    await expect(page.getByText("Passt zum Beispielereignis").first()).toBeVisible();
    await page.getByRole("button", { name: "Diesen Filter testen" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Zustellbar" })).toHaveText(
      "Zustellbar: 1 von 2 aktuellen Ereignissen.",
    );
    const results = page.getByRole("list", { name: "Ergebnisse des Filtertests" });
    await expect(results.getByText("Herausgefiltert")).toHaveCount(1);
    // Why the other event doesn't match, in German.
    await expect(results.getByText(/^Passt nicht:/)).toHaveText(
      "Passt nicht: data.amount ist 50, nicht mindestens 100",
    );
    await page.getByRole("button", { name: "Filter speichern" }).click();
    await expectToast(page, "Filter gespeichert.");
    await expect(page.getByRole("button", { name: "Filter entfernen" })).toBeVisible();
  });

  test("Arabic at 375 px: right-to-left, the dual, no sideways scroll, axe-clean in both themes, nothing of ours in English", async ({
    page,
    plain,
  }) => {
    const scene = await tenantScenario(plain);
    const hook = await scene.failingWebhook(["order.created"]);
    await scene.publish({ topic: "order.created", data: { amount: 50 } });
    await scene.publish({ topic: "order.created", data: { amount: 500 } });
    await page.setViewportSize({ width: 375, height: 800 });

    for (const theme of ["light", "dark"] as const) {
      await scene.open(page, `/destinations/${hook.id}?locale=ar`, theme);
      expect(await html(page)).toEqual({ lang: "ar", dir: "rtl" });
      const tabs = page.getByRole("navigation", { name: "الوجهة" });
      await expect(tabs.getByRole("link", { name: "نظرة عامة" })).toHaveAttribute(
        "aria-current",
        "page",
      );
      await expect(page.getByRole("heading", { name: "التفاصيل", exact: true })).toBeVisible();
      await expect(page.getByRole("note", { name: "وجهة فاشلة" })).toBeVisible();
      await expectNoHorizontalScroll(page);
      await expectNoA11yViolations(page);
      expect(await untranslatedText(page)).toEqual([]);

      await tabs.getByRole("link", { name: "الإعدادات" }).click();
      await expect(page.getByRole("heading", { name: "المواضيع", exact: true })).toBeVisible();
      await editor(page, "عامل التصفية (JSON)").fill('{ "data": { "amount": { "$gte": 100 } } }');
      await page.getByText("صياغة عامل التصفية وأمثلة").click();
      await page.getByRole("button", { name: "اختبار عامل التصفية هذا" }).click();
      // Arabic's dual: "of two recent events", not "2 …".
      await expect(page.getByRole("status").filter({ hasText: "سيُسلَّم" })).toHaveText(
        /^سيُسلَّم \S+ من حدثين حديثين\.$/,
      );
      await expectNoHorizontalScroll(page);
      await expectNoA11yViolations(page);
      // The settings page also shows the schema form, the signature guide, the setup
      // instructions and the metadata editor, which other changes translate: not checked here.
    }
  });
});
