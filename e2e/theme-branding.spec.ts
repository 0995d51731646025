import type { Page } from "@playwright/test";
import { expectNoA11yViolations } from "./support/a11y";
import { expect, serveConfig, test } from "./support/fixtures";

/** Records the theme the document had when <body> was first parsed — i.e. at first paint. */
async function recordFirstPaintTheme(page: Page) {
  await page.addInitScript(() => {
    const record = () => {
      const root = document.documentElement;
      (window as unknown as { firstPaint: unknown }).firstPaint = {
        theme: root.dataset.theme ?? null,
        scheme: root.style.colorScheme,
      };
    };
    new MutationObserver((_, observer) => {
      if (document.body) {
        record();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
}

const firstPaint = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { firstPaint: { theme: string; scheme: string } }).firstPaint,
  );

const pageBackground = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

const DARK_BG = "rgb(11, 17, 32)";
const LIGHT_BG = "rgb(248, 250, 252)";

test.describe("theme", () => {
  for (const theme of ["dark", "light"] as const) {
    test(`theme=${theme} is in place from the first paint`, async ({ page, plain }) => {
      const tenant = await plain.createTenant();
      await recordFirstPaintTheme(page);
      await page.emulateMedia({ colorScheme: theme === "dark" ? "light" : "dark" });
      await page.goto(await plain.portalUrl(tenant.id, theme));
      await expect(page.getByRole("heading", { name: "Destinations", level: 1 })).toBeVisible();
      expect(await firstPaint(page)).toEqual({ theme, scheme: theme });
      expect(await pageBackground(page)).toBe(theme === "dark" ? DARK_BG : LIGHT_BG);
      await expect(
        page.getByRole("radio", { name: theme === "dark" ? "Dark" : "Light" }),
      ).toBeChecked();
      await expectNoA11yViolations(page);
    });
  }

  for (const scheme of ["dark", "light"] as const) {
    test(`theme=system follows a ${scheme} system scheme from first paint, and live`, async ({
      page,
      plain,
    }) => {
      const tenant = await plain.createTenant();
      await recordFirstPaintTheme(page);
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(await plain.portalUrl(tenant.id, "system"));
      await expect(page.getByRole("heading", { name: "Destinations", level: 1 })).toBeVisible();
      expect((await firstPaint(page)).theme).toBe(scheme);

      const other = scheme === "dark" ? "light" : "dark";
      await page.emulateMedia({ colorScheme: other });
      await expect(page.locator("html")).toHaveAttribute("data-theme", other);
      expect(await pageBackground(page)).toBe(other === "dark" ? DARK_BG : LIGHT_BG);
    });
  }

  test("the toggle switches at once and the choice survives a reload", async ({ page, plain }) => {
    const tenant = await plain.createTenant();
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto(await plain.portalUrl(tenant.id));
    await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
    await page.getByRole("radio", { name: "Dark" }).check();
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");

    await recordFirstPaintTheme(page);
    await page.reload();
    await expect(page.getByRole("heading", { name: "Destinations", level: 1 })).toBeVisible();
    expect((await firstPaint(page)).theme).toBe("dark");
  });

  test("FORCE_THEME overrides the link and hides the toggle", async ({ page, plain }) => {
    await serveConfig(page, { FORCE_THEME: "dark" });
    const tenant = await plain.createTenant();
    await recordFirstPaintTheme(page);
    await page.goto(await plain.portalUrl(tenant.id, "light"));
    await expect(page.getByRole("heading", { name: "Destinations", level: 1 })).toBeVisible();
    expect((await firstPaint(page)).theme).toBe("dark");
    await expect(page.getByRole("radiogroup")).toHaveCount(0);
    await expect(page.getByRole("radio", { name: "Light" })).toHaveCount(0);
  });
});

test.describe("branding and sub-path deployment", () => {
  test("organization name, logo, brand colour and referer link apply; works under /portal/", async ({
    page,
    branded,
  }) => {
    const tenant = await branded.createTenant({ name: "Branded Tenant" });
    const redirectUrl = await branded.portalUrl(tenant.id, "light");
    expect(new URL(redirectUrl).pathname).toBe("/portal/");
    await page.goto(redirectUrl);

    await expect(page.getByRole("heading", { name: "Destinations", level: 1 })).toBeVisible();
    await expect(page).toHaveTitle("Destinations · Globex · Event destinations");
    await expect(page.getByRole("banner").getByRole("img", { name: "Globex" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Back to Globex" })).toHaveAttribute(
      "href",
      "https://globex.example/settings",
    );
    await expect(page.getByText("Powered by")).toHaveCount(0);

    const brand = await page.evaluate(() =>
      getComputedStyle(document.documentElement).getPropertyValue("--brand").trim(),
    );
    expect(brand).not.toBe("#4f46e5");
    expect(brand).toMatch(/^#[0-9a-f]{6}$/);

    await page.getByRole("link", { name: "Tenant" }).click();
    await expect(page).toHaveURL(/\/portal\/tenant$/);
    await expect(page.getByTestId("tenant-id")).toHaveText(tenant.id);
    await page.reload();
    await expect(page.getByTestId("tenant-id")).toHaveText(tenant.id);
    await expectNoA11yViolations(page);

    await page.getByRole("radio", { name: "Dark" }).check();
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    await expectNoA11yViolations(page);
  });

  test("an invalid BRAND_COLOR is ignored, never a blank page", async ({ page, plain }) => {
    await serveConfig(page, {
      BRAND_COLOR: "red; } body { display: none",
      ORGANIZATION_NAME: "Odd Co",
    });
    const tenant = await plain.createTenant();
    await page.goto(await plain.portalUrl(tenant.id, "light"));
    await expect(page.getByRole("heading", { name: "Destinations", level: 1 })).toBeVisible();
    const brand = await page.evaluate(() =>
      getComputedStyle(document.documentElement).getPropertyValue("--brand").trim(),
    );
    expect(brand).toBe("#4f46e5");
  });

  test("a missing config script does not break the page", async ({ page, plain }) => {
    await page.route("**/inject-portal-config.js", (route) =>
      route.fulfill({ status: 404, body: "" }),
    );
    const tenant = await plain.createTenant({ name: "No Config" });
    await page.goto(await plain.portalUrl(tenant.id));
    await expect(page.getByRole("banner")).toContainText("No Config");
    await expect(page.getByText("Powered by")).toBeVisible();
  });
});
