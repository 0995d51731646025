import { expectNoA11yViolations } from "./support/a11y";
import type { Page } from "@playwright/test";
import { expectToast, typeCard } from "./support/destinations";
import { expect, serveConfig, test } from "./support/fixtures";
import { tenantScenario, WEBHOOK_URLS } from "./support/scenario";

/** The destination's settings, with the topics section's Save focused after saving. */
async function saveTopics(page: Page) {
  await page.getByRole("checkbox", { name: "order.paid", exact: true }).check();
  const save = page.getByRole("button", { name: "Save topics" });
  await save.click();
  await expectToast(page, "Topics saved.");
  await expect(save).toBeFocused();
  return save;
}

/** The focused element and the toasts' box overlap (both in viewport coordinates). */
const focusCovered = (page: Page) =>
  page.evaluate(() => {
    const focused = document.activeElement;
    const toast = document.querySelector("[data-toast]")?.parentElement?.parentElement;
    if (!(focused instanceof HTMLElement) || !toast) return null;
    if (toast.contains(focused)) return false;
    const a = focused.getBoundingClientRect();
    const b = [...toast.querySelectorAll("[data-toast]")].map((t) => t.getBoundingClientRect());
    return b.some(
      (r) => a.left < r.right && a.right > r.left && a.top < r.bottom && a.bottom > r.top,
    );
  });

test.describe("toasts", () => {
  test("a message whose toast has gone stays readable under Recent messages", async ({
    page,
    plain,
  }) => {
    const scene = await tenantScenario(plain);
    const hook = await scene.healthyWebhook(["user.created"]);
    await scene.open(page, `/destinations/${hook.id}/settings`);
    await expect(page.getByText(/^Recent messages/)).toHaveCount(0);
    await saveTopics(page);
    await page.getByRole("button", { name: "Dismiss notification" }).click();
    await expect(page.locator("[data-toast]")).toHaveCount(0);

    const recent = page.locator("details").filter({ hasText: "Recent messages (1)" });
    await recent.getByText("Recent messages (1)").click();
    await expect(recent.getByRole("listitem")).toHaveText([/Done: Topics saved\.$/]);
    await expectNoA11yViolations(page);
  });

  test("Dismiss comes right after the control that raised the toast, and on from there", async ({
    page,
    plain,
  }) => {
    const scene = await tenantScenario(plain);
    const hook = await scene.healthyWebhook(["user.created"]);
    await scene.open(page, `/destinations/${hook.id}/settings`);
    const save = await saveTopics(page);

    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: "Dismiss notification" })).toBeFocused();
    await page.keyboard.press("Shift+Tab");
    await expect(save).toBeFocused();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    // Past the toast: the control after Save in the page's own order.
    const after = await page.evaluate(
      () => document.activeElement?.closest("[data-toast]") === null,
    );
    expect(after).toBe(true);
    await expect(save).not.toBeFocused();

    // Dismissing returns focus to Save instead of dropping it to <body>.
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Tab");
    await page.getByRole("button", { name: "Dismiss notification" }).press("Enter");
    await expect(page.locator("[data-toast]")).toHaveCount(0);
    await expect(save).toBeFocused();
  });

  test("an error stays until dismissed; a success goes after its time", async ({ page, plain }) => {
    const scene = await tenantScenario(plain);
    const hook = await scene.healthyWebhook(["user.created"]);
    await page.clock.install();
    await scene.open(page, `/destinations/${hook.id}/settings`);
    await saveTopics(page);
    await page.getByRole("button", { name: "Save topics" }).blur();
    await page.mouse.move(0, 0);
    await page.clock.runFor(8_000);
    await expect(page.getByRole("status").filter({ hasText: "Topics saved." })).toHaveCount(0);

    await page.route(`**/destinations/${hook.id}`, (route) =>
      route.request().method() === "PATCH"
        ? route.fulfill({
            status: 500,
            contentType: "application/json",
            body: '{"message":"boom"}',
          })
        : route.fallback(),
    );
    await page.getByRole("checkbox", { name: "order.created", exact: true }).check();
    await page.getByRole("button", { name: "Save topics" }).click();
    const error = page.getByRole("alert").filter({ hasText: "Not saved" });
    await expect(error).toBeVisible();
    await page.clock.runFor(60_000);
    await expect(error).toBeVisible();
  });

  for (const width of [320, 1280]) {
    test(`no focus stop is covered by a toast at ${width} px`, async ({ page, plain }) => {
      await page.setViewportSize({ width, height: 640 });
      const scene = await tenantScenario(plain);
      const hook = await scene.healthyWebhook(["user.created"]);
      await page.clock.install();
      await scene.open(page, `/destinations/${hook.id}/settings`);
      await saveTopics(page);
      await page.evaluate(() => (document.activeElement as HTMLElement).blur());
      await page.keyboard.press("Tab"); // from the top of the document
      const covered: string[] = [];
      for (let stop = 0; stop < 60; stop++) {
        if ((await focusCovered(page)) === true) {
          covered.push(
            await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80) ?? ""),
          );
        }
        await page.keyboard.press("Tab");
      }
      expect(covered).toEqual([]);
      await expect(page.locator("[data-toast]")).toHaveCount(1);
    });
  }
});

/** WCAG contrast of two computed colours (rgb()/rgba() strings), in the page. */
function contrastOf(page: Page, selector: string, property: "backgroundColor" | "accentColor") {
  return page.evaluate(
    ([selector, property]) => {
      const parse = (value: string) => (value.match(/[\d.]+/g) ?? []).map(Number);
      const luminance = ([r = 0, g = 0, b = 0]: number[]) => {
        const [R, G, B] = [r, g, b].map((v) => {
          const c = v / 255;
          return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * R! + 0.7152 * G! + 0.0722 * B!;
      };
      const element = document.querySelector<HTMLElement>(selector);
      if (!element) throw new Error(`no ${selector}`);
      const fill = parse(getComputedStyle(element)[property as "backgroundColor"]);
      // What it sits on: the nearest ancestor with an opaque background.
      let ground: number[] = [255, 255, 255];
      for (let node = element.parentElement; node; node = node.parentElement) {
        const value = parse(getComputedStyle(node).backgroundColor);
        if (value.length === 3 || (value.length === 4 && value[3] === 1)) {
          ground = value;
          break;
        }
      }
      const [hi, lo] = [luminance(fill), luminance(ground)].sort((a, b) => b - a);
      return (hi! + 0.05) / (lo! + 0.05);
    },
    [selector, property] as const,
  );
}

test.describe("brand colour states", () => {
  for (const brand of ["#ffffff", "#ffff00", "#777777", "#000000"]) {
    for (const theme of ["light", "dark"] as const) {
      test(`with brand ${brand} in ${theme}, checked, selected and completed states stand out by 3:1`, async ({
        page,
        plain,
      }) => {
        await serveConfig(page, { BRAND_COLOR: brand });
        const scene = await tenantScenario(plain);
        const hook = await scene.healthyWebhook(["user.created"]);

        await scene.open(page, "/destinations/new?type=webhook&step=topics", theme);
        await page.getByRole("checkbox", { name: "user.created", exact: true }).check();
        expect(
          await contrastOf(page, 'input[type="checkbox"]:checked', "accentColor"),
          "checked box",
        ).toBeGreaterThanOrEqual(3);
        expect(
          await contrastOf(page, "header [data-selected]", "backgroundColor"),
          "theme",
        ).toBeGreaterThanOrEqual(3);

        await page.getByRole("button", { name: "Continue" }).click();
        await expect(page.locator("[data-done]")).toHaveCount(2);
        expect(
          await contrastOf(page, "[data-done]", "backgroundColor"),
          "step done",
        ).toBeGreaterThanOrEqual(3);

        await scene.open(page, `/destinations/${hook.id}/metrics`, theme);
        await expect(page.getByRole("group", { name: "Time range" })).toBeVisible();
        expect(
          await contrastOf(page, "main [data-selected]", "backgroundColor"),
          "selected range",
        ).toBeGreaterThanOrEqual(3);
      });
    }
  }
});

test.describe("forced colours", () => {
  test.use({ forcedColors: "active" });

  for (const theme of ["light", "dark"] as const) {
    test(`the current nav item, the selected theme and completed steps stay marked (${theme})`, async ({
      page,
      plain,
    }, testInfo) => {
      const scene = await tenantScenario(plain);
      await scene.healthyWebhook(["user.created"]);
      await scene.open(page, "/destinations/new?type=webhook&step=configure&topics=*", theme);
      // The create flow's chunk (and its step indicator) may still be on its way.
      await expect(page.locator("[data-done]")).toHaveCount(2);
      const styles = await page.evaluate(() => {
        const style = (el: Element | null) => (el ? getComputedStyle(el) : null);
        const nav = [...document.querySelectorAll("header nav a")].map((a) => ({
          current: a.getAttribute("aria-current") === "page",
          color: style(a)!.borderBottomColor,
          width: style(a)!.borderBottomWidth,
        }));
        const probe = document.createElement("div");
        document.body.append(probe);
        probe.style.color = "Highlight";
        const highlight = style(probe)!.color;
        probe.style.color = "Canvas";
        const canvas = style(probe)!.color;
        probe.remove();
        return {
          nav,
          highlight,
          canvas,
          selected: style(document.querySelector("header [data-selected]"))!.backgroundColor,
          done: [...document.querySelectorAll("[data-done]")].map(
            (el) => style(el)!.backgroundColor,
          ),
          currentStep: style(document.querySelector('[aria-current="step"] > [aria-hidden]'))!
            .borderColor,
        };
      });
      const current = styles.nav.filter((item) => item.current);
      expect(current).toHaveLength(1);
      expect(current[0]).toMatchObject({ color: styles.highlight, width: "2px" });
      for (const other of styles.nav.filter((item) => !item.current))
        expect(other.color).toBe(styles.canvas);
      expect(styles.selected).toBe(styles.highlight);
      expect(styles.done).toEqual([styles.highlight, styles.highlight]);
      expect(styles.currentStep).toBe(styles.highlight);
      await testInfo.attach(`forced-colours-${theme}`, {
        body: await page.screenshot(),
        contentType: "image/png",
      });
    });
  }
});

test("the current nav item is underlined in the brand's outline colour", async ({
  page,
  plain,
}) => {
  const scene = await tenantScenario(plain);
  await scene.open(page, "/");
  const current = page.getByRole("banner").getByRole("link", { name: "Destinations" });
  await expect(current).toHaveAttribute("aria-current", "page");
  await expect(current).toHaveCSS("border-bottom-width", "2px");
  const outline = await page.evaluate(() =>
    getComputedStyle(document.documentElement).getPropertyValue("--brand-outline").trim(),
  );
  expect(outline).toBe("#4f46e5");
  await expect(current).toHaveCSS("border-bottom-color", "rgb(79, 70, 229)");
});

test("the title names the destination's tab and the create step", async ({ page, plain }) => {
  const scene = await tenantScenario(plain);
  const hook = await scene.healthyWebhook(["user.created"]);
  const target = WEBHOOK_URLS.healthy.replace(/[.?*+^$()[\]{}|\\/]/g, "\\$&");
  await scene.open(page, `/destinations/${hook.id}`);
  await expect(page).toHaveTitle(new RegExp(`^Overview · ${target} · `));
  for (const tab of ["Deliveries", "Metrics", "Settings"]) {
    await page
      .getByRole("navigation", { name: "Destination" })
      .getByRole("link", { name: tab })
      .click();
    await expect(page).toHaveTitle(new RegExp(`^${tab} · ${target} · `));
  }

  await scene.open(page, "/destinations/new");
  await expect(page).toHaveTitle(/^Add destination: choose a type · /);
  await typeCard(page, "Webhook").click();
  await expect(page).toHaveTitle(/^Add destination: choose topics · /);
});
