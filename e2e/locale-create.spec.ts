import type { Page } from "@playwright/test";
import { openAt } from "./support/activity";
import { expectNoA11yViolations } from "./support/a11y";
import {
  destinationIdFrom,
  expectNoHorizontalScroll,
  expectToast,
  listDestinations,
  typeCard,
} from "./support/destinations";
import { expect, test } from "./support/fixtures";
import { untranslatedText } from "./support/untranslated";

/*
 * The create flow in the tenant's language: German step headings, type descriptions,
 * field labels and validation messages (the destination types' texts come from the API
 * in English and are translated where the portal knows them), and Arabic right to left
 * at 375 px, axe-clean in both themes. English: destinations-create.spec.ts.
 */

const html = (page: Page) =>
  page.evaluate(() => ({
    lang: document.documentElement.lang,
    dir: document.documentElement.dir,
  }));

test.describe("create flow, localized", () => {
  test("in German: type step → topics → configure with German labels and errors → created", async ({
    page,
    plain,
  }) => {
    const tenant = await plain.createTenant();
    await openAt(page, plain, tenant.id, "/destinations/new?locale=de");
    expect(await html(page)).toEqual({ lang: "de", dir: "ltr" });
    await expect(page.getByRole("heading", { name: "Ziel hinzufügen", level: 1 })).toBeVisible();
    await expect(
      page.getByRole("heading", { name: "Wohin sollen die Ereignisse gehen?" }),
    ).toBeVisible();
    await expect(page).toHaveTitle(/^Ziel hinzufügen: Typ wählen/);
    const steps = page.getByRole("list", { name: "Schritte" });
    await expect(steps.getByRole("listitem")).toHaveText(["1Typ", "2Themen", "3Konfigurieren"]);
    await expect(page.getByRole("link", { name: "Alle Ziele" })).toBeVisible();

    // Product names stay as sent (and are kept from browser translators); descriptions are German.
    const webhook = typeCard(page, "Webhook");
    await expect(webhook).toContainText(
      "Stellt jedes Ereignis als signierte HTTP-POST-Anfrage an eine URL unter Ihrer Kontrolle zu.",
    );
    await expect(webhook.locator('[translate="no"]', { hasText: /^Webhook$/ })).toBeVisible();
    await expect(typeCard(page, "AWS SQS")).toContainText("Amazon-SQS-Warteschlange");

    await webhook.click();
    await expect(
      page.getByRole("heading", { name: "Welche Ereignisse soll Webhook erhalten?" }),
    ).toBeVisible();
    await expect(page.getByText("Wählen Sie mindestens ein Thema")).toBeVisible();
    // The first switch of the topic picker subscribes to every topic.
    await page.getByRole("main").getByRole("checkbox").first().check();
    await page.getByRole("button", { name: "Weiter" }).click();

    await expect(
      page.getByRole("heading", { name: "Ihr Webhook-Ziel konfigurieren" }),
    ).toBeVisible();
    await expect(page).toHaveTitle(/^Ziel hinzufügen: konfigurieren/);
    await expect(page.getByRole("heading", { name: "Konfiguration" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Metadaten", exact: true })).toBeVisible();
    await expect(page.getByText("Mit * markierte Felder sind Pflichtfelder.")).toBeVisible();
    const url = page.getByRole("textbox", { name: "Webhook-URL" });
    await expect(url).toHaveAccessibleDescription(
      "Die http(s)-Adresse, die die POST-Anfragen empfängt.",
    );

    // The setup instructions are the provider's English, said so in German.
    await expect(
      page.getByText("Die Anleitung Ihres Anbieters, auf Englisch:").first(),
    ).toBeAttached();
    await expect(
      page.locator('[lang="en"][translate="no"]', { hasText: "Receive events over HTTP" }).first(),
    ).toBeAttached();

    // Validation in German, naming the German label.
    await page.getByRole("button", { name: "Ziel anlegen" }).click();
    await expect(url).toBeFocused();
    await expect(page.getByText("Webhook-URL ist erforderlich")).toBeVisible();
    await url.fill("keine url");
    await url.blur();
    await expect(page.getByText("Webhook-URL hat nicht das erwartete Format")).toBeVisible();
    await url.fill("https://hooks.example.com/locale-create");

    await page.getByRole("button", { name: "Ziel anlegen" }).click();
    await expect(page).toHaveURL(/\/destinations\/[^/?]+(\?|$)/);
    await expectToast(page, "Webhook-Ziel angelegt.");
    const [created] = await listDestinations(plain, tenant.id);
    expect(created!.id).toBe(destinationIdFrom(page.url()));
    expect(created!.config).toMatchObject({ url: "https://hooks.example.com/locale-create" });
    expect(await html(page)).toEqual({ lang: "de", dir: "ltr" });
  });

  test("in German, a Kafka form: German labels, select and checkbox, and a German choice error", async ({
    page,
    plain,
  }) => {
    const tenant = await plain.createTenant();
    await openAt(
      page,
      plain,
      tenant.id,
      "/destinations/new?locale=de&type=kafka&step=configure&topics=*",
    );
    await expect(
      page.getByRole("heading", { name: "Ihr Apache Kafka-Ziel konfigurieren" }),
    ).toBeVisible();
    await expect(page.getByRole("textbox", { name: "Broker" })).toBeVisible();
    await expect(page.getByRole("checkbox", { name: "TLS" })).toBeChecked();
    const sasl = page.getByRole("combobox", { name: "SASL-Mechanismus" });
    await expect(sasl).toHaveAttribute("translate", "no");
    await expect(sasl.locator("option").first()).toHaveText("Auswählen…");
    await expect(page.getByRole("heading", { name: "Zugangsdaten" })).toBeVisible();
    await expect(page.getByRole("textbox", { name: "Benutzername" })).toBeVisible();
    await page.getByRole("button", { name: "Ziel anlegen" }).click();
    await expect(page.getByText("SASL-Mechanismus ist erforderlich")).toBeVisible();
    await expect(page.getByText("Passwort ist erforderlich")).toBeVisible();
  });

  test("in Arabic at 375 px: right to left, no sideways scroll, axe-clean in both themes", async ({
    page,
    plain,
  }) => {
    const tenant = await plain.createTenant();
    await page.setViewportSize({ width: 375, height: 800 });
    for (const theme of ["light", "dark"] as const) {
      await openAt(page, plain, tenant.id, "/destinations/new?locale=ar", theme);
      expect(await html(page)).toEqual({ lang: "ar", dir: "rtl" });
      await expect(page.getByRole("heading", { name: "إضافة وجهة", level: 1 })).toBeVisible();
      await expect(page.getByRole("heading", { name: "إلى أين تُرسَل الأحداث؟" })).toBeVisible();
      await expect(typeCard(page, "Webhook")).toContainText("يسلّم كل حدث");
      await expectNoHorizontalScroll(page);
      await expectNoA11yViolations(page);

      await openAt(
        page,
        plain,
        tenant.id,
        "/destinations/new?locale=ar&type=webhook&step=configure&topics=*",
        theme,
      );
      await expect(page.getByRole("heading", { name: "إعداد وجهة Webhook" })).toBeVisible();
      const url = page.getByRole("textbox", { name: "عنوان URL لخطاف الويب" });
      await page.getByRole("button", { name: "إنشاء الوجهة" }).click();
      await expect(url).toBeFocused();
      await expect(page.getByText("الحقل عنوان URL لخطاف الويب مطلوب")).toBeVisible();
      // The form reads from the right: the label's text ends at the input's right edge.
      const edges = await page.evaluate(() => {
        const label = document.querySelector('label[for="config-url"]')!;
        const range = document.createRange();
        range.selectNodeContents(label);
        const input = document.getElementById("config-url")!.getBoundingClientRect();
        const text = range.getBoundingClientRect();
        return {
          textRight: text.right,
          textLeft: text.left,
          inputRight: input.right,
          inputLeft: input.left,
        };
      });
      expect(Math.abs(edges.textRight - edges.inputRight)).toBeLessThan(2);
      expect(edges.textLeft - edges.inputLeft).toBeGreaterThan(50);
      await expectNoHorizontalScroll(page);
      await expectNoA11yViolations(page);

      // Kafka: a select, a checkbox and credentials.
      await openAt(
        page,
        plain,
        tenant.id,
        "/destinations/new?locale=ar&type=kafka&step=configure&topics=*",
        theme,
      );
      await expect(page.getByRole("combobox", { name: "آلية SASL" })).toBeVisible();
      await page.getByRole("button", { name: "إنشاء الوجهة" }).click();
      await expect(page.getByText("الحقل آلية SASL مطلوب")).toBeVisible();
      await expectNoHorizontalScroll(page);
      await expectNoA11yViolations(page);
    }
  });
});

test("no English left on the create steps in Japanese and Arabic (but the provider's marked instructions)", async ({
  page,
  plain,
}) => {
  const tenant = await plain.createTenant();
  const found: string[] = [];
  for (const locale of ["ja", "ar"])
    for (const query of [
      "",
      "&type=webhook&step=configure&topics=*",
      "&type=kafka&step=configure&topics=*",
    ]) {
      await openAt(page, plain, tenant.id, `/destinations/new?locale=${locale}${query}`);
      await expect(page.locator("[data-step-heading]")).toBeVisible();
      if (query) await page.locator('button[type="submit"]').click();
      found.push(...(await untranslatedText(page)).map((text) => `${locale}${query}: ${text}`));
    }
  expect(found).toEqual([]);
});
