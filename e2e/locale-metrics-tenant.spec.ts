import type { Locator, Page } from "@playwright/test";
import { expectNoA11yViolations } from "./support/a11y";
import { card, definition, openAt, publish } from "./support/activity";
import {
  createDestination,
  expectNoHorizontalScroll,
  expectToast,
  type SandboxApi,
} from "./support/destinations";
import { expect, test } from "./support/fixtures";
import { untranslatedText } from "./support/untranslated";

/*
 * A destination's metrics and the tenant page in other languages: German words,
 * plurals and number formats; Arabic right to left at 375 px (the charts mirrored),
 * axe-clean in both themes; Japanese counts without plural forms.
 */

const HOOK = "https://hooks.example.com/locale-metrics";

/**
 * A tenant with one webhook that failed once and then delivered twice (1 of 3 failed,
 * so "degraded"), and two healthy webhooks with one delivery each.
 */
async function scenario(api: SandboxApi) {
  const tenant = await api.createTenant({ plan: "enterprise" });
  const hook = await createDestination(api, tenant.id, {
    type: "webhook",
    topics: "*",
    config: { url: `${HOOK}/fail` },
  });
  await publish(api, tenant.id, { topic: "order.created", destination_id: hook.id });
  await api.request("PATCH", `/tenants/${tenant.id}/destinations/${hook.id}`, {
    config: { url: HOOK },
  });
  for (let n = 0; n < 2; n++)
    await publish(api, tenant.id, { topic: "order.paid", destination_id: hook.id });
  for (const name of ["a", "b"]) {
    const healthy = await createDestination(api, tenant.id, {
      type: "webhook",
      topics: "*",
      config: { url: `${HOOK}/${name}` },
    });
    await publish(api, tenant.id, { topic: "user.created", destination_id: healthy.id });
  }
  return { tenant, hook };
}

const html = (page: Page) =>
  page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));

/** A ratio as Intl formats it for `locale` (the page's own formatter, not Node's). */
const ratio = (page: Page, locale: string, value: number) =>
  page.evaluate(
    ([l, v]) =>
      new Intl.NumberFormat(l as string, { style: "percent", maximumFractionDigits: 1 }).format(
        v as number,
      ),
    [locale, value] as const,
  );

/**
 * English left inside `scope` only (untranslatedText over the page, with everything
 * outside `scope` marked as data first): the destination page around the metrics
 * and the shell are other screens' to translate.
 */
async function untranslatedIn(page: Page, scope: Locator) {
  await scope.evaluate((element) => {
    for (let node = element; node.parentElement; node = node.parentElement)
      for (const sibling of node.parentElement.children)
        if (sibling !== node) sibling.setAttribute("translate", "no");
  });
  return (await untranslatedText(page)).filter((found) => !found.startsWith("document title"));
}

/** Intl's spaces (no-break, narrow) as the DOM's text matching sees them. */
const spaced = (text: string) => text.replace(/\s+/g, " ");

test.describe("metrics and tenant page in other languages", () => {
  test("German: headings, a range, a table, plurals and German number formats", async ({
    page,
    plain,
  }) => {
    const { tenant, hook } = await scenario(plain);
    await openAt(page, plain, tenant.id, `/destinations/${hook.id}/metrics?locale=de`);
    expect(await html(page)).toEqual({ lang: "de", dir: "ltr" });

    const summary = page.getByRole("region", { name: "Übersicht" });
    await expect(definition(summary, "Zustellungen")).toHaveText("3");
    await expect(definition(summary, "Erfolgreich")).toHaveText("2");
    await expect(definition(summary, "Fehlgeschlagen")).toHaveText("1");
    await expect(definition(summary, "Empfangene Ereignisse")).toHaveText("3");
    // German percentages: a decimal comma and a (no-break) space before the sign.
    const third = await ratio(page, "de", 1 / 3);
    expect(spaced(third)).toBe("33,3 %");
    await expect(definition(summary, "Fehlerquote")).toHaveText(third);
    // The plural: "3 erste Versuche".
    await expect(summary).toContainText("3 erste Versuche");

    await expect(page.getByRole("heading", { name: "Zustellungen im Zeitverlauf" })).toBeVisible();
    await expect(card(page, "Zustellungen im Zeitverlauf")).toContainText(
      "Je Stunde, letzte 24 Stunden",
    );
    await expect(page.getByRole("heading", { name: "Fehlerquote", level: 3 })).toBeVisible();
    await expect(
      page.getByRole("img", {
        name: /^Zustellungen in den letzten 24 Stunden: 2 erfolgreich, 1 fehlgeschlagen, Höchstwert /,
      }),
    ).toBeVisible();
    await expect(
      page.getByRole("img", { name: new RegExp(`^Fehlerquote in den letzten 24 Stunden: `) }),
    ).toBeVisible();
    await expect(page.getByRole("group", { name: /^Zustellungsdiagramm\./ })).toBeVisible();

    await page.getByText("Als Tabelle anzeigen", { exact: true }).click();
    const table = page.getByRole("table", {
      name: "Zustellungen je Stunde in den letzten 24 Stunden",
    });
    await expect(table.locator("thead th")).toHaveText([
      "Zeit",
      "Erfolgreich",
      "Fehlgeschlagen",
      "Fehlerquote",
    ]);
    await expect(table.locator("tfoot th")).toHaveText("Gesamt");
    await expect(table.locator("tfoot td")).toHaveText(["2", "1", third]);

    // Response codes: one delivery, two deliveries (sr text), in German percentages.
    const codes = card(page, "Antwortcodes").getByRole("listitem");
    await expect(codes).toHaveCount(2);
    await expect(codes.nth(0)).toContainText(`2 Zustellungen, ${await ratio(page, "de", 2 / 3)}`);
    await expect(codes.nth(1)).toContainText(`1 Zustellung, ${third}`);
    await expect(page.getByRole("heading", { name: "Themen" })).toBeVisible();
    await expect(
      page.getByRole("table", { name: "Zustellungen nach Thema" }).getByRole("columnheader"),
    ).toHaveText(["Thema", "Zustellungen", "Fehlgeschlagen", "Fehlerquote"]);

    // The range picker: Intl's German units; another range, its own words.
    await expect(page.getByRole("radio", { name: "24 Stunden" })).toBeChecked();
    await page.getByRole("radio", { name: "7 Tage" }).check();
    await expect(
      // (Its table is folded again: the new range's numbers load afresh.)
      page.getByRole("table", {
        name: "Zustellungen je 6 Stunden in den letzten 7 Tagen",
        includeHidden: true,
      }),
    ).toBeAttached();
    await expect(card(page, "Antwortcodes")).toContainText(
      "Zustellungen nach Antwortcode, letzte 7 Tage",
    );
    await expect(page.getByRole("button", { name: "Aktualisieren" })).toBeVisible();

    // The tenant page.
    await openAt(page, plain, tenant.id, "/tenant?locale=de");
    await expect(page.getByRole("heading", { name: "Mandant", level: 1 })).toBeVisible();
    await expect(page).toHaveTitle("Mandant · Ereignisziele");
    expect(await html(page)).toEqual({ lang: "de", dir: "ltr" });
    for (const heading of ["Details", "Zustand der Ziele", "Metadaten"])
      await expect(page.getByRole("heading", { name: heading, exact: true })).toBeVisible();
    await expect(definition(page, "Mandanten-ID")).toContainText(tenant.id);
    await expect(definition(page, "Ziele")).toHaveText("3");
    await expect(page.getByTestId("health-counts")).toHaveText(
      "1 Ziel beeinträchtigt · 2 Ziele fehlerfrei",
    );
    await expect(
      page.getByRole("link", { name: "Alle fehlgeschlagenen Zustellungen" }),
    ).toBeVisible();

    await page.getByRole("button", { name: "Metadaten bearbeiten" }).click();
    await expect(page.getByRole("group", { name: "Mandanten-Metadaten" })).toBeVisible();
    await page.getByRole("textbox", { name: "Wert 1", exact: true }).fill("free");
    await page.getByRole("button", { name: "Metadaten speichern" }).click();
    await expectToast(page, "Metadaten gespeichert.");
  });

  test("Arabic at 375 px: right to left, the charts mirrored, no sideways scroll, axe-clean in both themes", async ({
    page,
    plain,
  }) => {
    const { tenant, hook } = await scenario(plain);
    await page.setViewportSize({ width: 375, height: 800 });
    for (const theme of ["light", "dark"] as const) {
      await openAt(page, plain, tenant.id, `/destinations/${hook.id}/metrics?locale=ar`, theme);
      expect(await html(page)).toEqual({ lang: "ar", dir: "rtl" });
      const summary = page.getByRole("region", { name: "ملخّص" });
      await expect(definition(summary, "عمليات التسليم")).toHaveText(
        await page.evaluate(() => new Intl.NumberFormat("ar").format(3)),
      );
      await expect(definition(summary, "معدل الأخطاء")).toHaveText(await ratio(page, "ar", 1 / 3));
      await expect(page.getByRole("heading", { name: "عمليات التسليم بمرور الوقت" })).toBeVisible();
      // Arabic's dual: "two deliveries" for the 200s, "one delivery" for the 500.
      const codes = card(page, "رموز الاستجابة").getByRole("listitem");
      await expect(codes.nth(0)).toContainText("عمليتا تسليم");
      await expect(codes.nth(1)).toContainText("عملية تسليم واحدة");

      // Mirrored: the count axis stands right of the bars, the newest bar's label at the left.
      const chart = page.getByRole("img", { name: /^عمليات التسليم في آخر 24 ساعة: / });
      const bars = (await chart.boundingBox())!;
      const axis = (await page.locator("figure [aria-hidden=true].h-48").boundingBox())!;
      expect(axis.x).toBeGreaterThanOrEqual(bars.x + bars.width - 1);
      const ticks = page.locator("figure .mt-1 span");
      const newest = (await ticks.last().boundingBox())!;
      expect(newest.x - bars.x).toBeLessThan(4);

      await page.getByText("عرض كجدول", { exact: true }).click();
      await expect(
        page.getByRole("table", { name: "عمليات التسليم كل ساعة في آخر 24 ساعة" }),
      ).toBeVisible();
      await expectNoHorizontalScroll(page);
      await expectNoA11yViolations(page);
      expect(await untranslatedIn(page, summary.locator("xpath=.."))).toEqual([]);

      await openAt(page, plain, tenant.id, "/tenant?locale=ar", theme);
      await expect(page.getByRole("heading", { name: "المستأجر", level: 1 })).toBeVisible();
      expect(await html(page)).toEqual({ lang: "ar", dir: "rtl" });
      // The dual again: "two healthy destinations".
      await expect(page.getByTestId("health-counts")).toHaveText(
        "وجهة واحدة متعثّرة · وجهتان سليمتان",
      );
      await expect(page.getByRole("heading", { name: "حالة الوجهات" })).toBeVisible();
      await expectNoHorizontalScroll(page);
      await expectNoA11yViolations(page);
      expect(await untranslatedIn(page, page.getByRole("region", { name: "المستأجر" }))).toEqual(
        [],
      );
    }
  });

  test("Japanese counts have no plural forms", async ({ page, plain }) => {
    const { tenant, hook } = await scenario(plain);
    await openAt(page, plain, tenant.id, `/destinations/${hook.id}/metrics?locale=ja`);
    expect((await html(page)).lang).toBe("ja");
    const summary = page.getByRole("region", { name: "概要" });
    await expect(summary).toContainText("初回試行 3 件");
    await expect(definition(summary, "エラー率")).toHaveText(await ratio(page, "ja", 1 / 3));
    const codes = card(page, "レスポンスコード").getByRole("listitem");
    await expect(codes.nth(0)).toContainText("2 件の配信");
    await expect(codes.nth(1)).toContainText("1 件の配信");
    await expect(page.getByRole("radio", { name: "24 時間" })).toBeChecked();
    await page.getByText("表で表示", { exact: true }).click();
    await expect(
      page.getByRole("table", { name: "過去 24 時間の 1 時間ごとの配信" }),
    ).toBeVisible();
    expect(await untranslatedIn(page, summary.locator("xpath=.."))).toEqual([]);

    await openAt(page, plain, tenant.id, "/tenant?locale=ja");
    await expect(page.getByRole("heading", { name: "テナント", level: 1 })).toBeVisible();
    await expect(page.getByTestId("health-counts")).toHaveText("不安定 1 件 · 正常 2 件");
    await expect(page.getByRole("heading", { name: "メタデータ" })).toBeVisible();
    expect(await untranslatedIn(page, page.getByRole("region", { name: "テナント" }))).toEqual([]);
  });
});
