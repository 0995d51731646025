import { expectNoA11yViolations } from "./support/a11y";
import { expect, test } from "./support/fixtures";

test.describe("layout", () => {
  for (const theme of ["light", "dark"] as const) {
    test(`every shell screen is axe-clean in ${theme}`, async ({ page, plain }) => {
      test.slow(); // several screens, each checked by axe: slow on a busy machine
      const tenant = await plain.createTenant({ name: "Axe Corp" });
      await page.goto(await plain.portalUrl(tenant.id, theme));
      await expect(page.getByRole("heading", { name: "Destinations", level: 1 })).toBeVisible();
      await expectNoA11yViolations(page);

      for (const [link, heading] of [
        ["Activity", "Activity"],
        ["Tenant", "Tenant"],
      ] as const) {
        await page.getByRole("link", { name: link, exact: true }).click();
        await expect(page.getByRole("heading", { name: heading, level: 1 })).toBeVisible();
        await expect(page.getByRole("link", { name: link, exact: true })).toHaveAttribute(
          "aria-current",
          "page",
        );
        await expectNoA11yViolations(page);
      }

      await page.goto(`${new URL(page.url()).origin}/does/not/exist`);
      await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
      await expectNoA11yViolations(page);
    });
  }

  test("keyboard: the skip link moves focus to the content, nav links are reachable", async ({
    page,
    plain,
  }) => {
    const tenant = await plain.createTenant();
    await page.goto(await plain.portalUrl(tenant.id));
    await expect(page.getByRole("heading", { name: "Destinations", level: 1 })).toBeVisible();
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to content" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press("Enter");
    await expect(page.locator("main")).toBeFocused();
  });

  test("fits a 320 px wide screen without horizontal scrolling", async ({ page, plain }) => {
    const tenant = await plain.createTenant({ name: "A tenant with a rather long name indeed" });
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(await plain.portalUrl(tenant.id));
    await expect(page.getByRole("heading", { name: "Destinations", level: 1 })).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
