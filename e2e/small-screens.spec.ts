import type { Locator, Page } from "@playwright/test";
import { expectNoA11yViolations } from "./support/a11y";
import { expect, test } from "./support/fixtures";
import { tenantScenario } from "./support/scenario";

const PHONE = { width: 375, height: 667 };

/** The box is inside the viewport: nothing to its side or below the fold. */
async function expectInViewport(page: Page, target: Locator) {
  const box = await target.boundingBox();
  expect(box, "the element has a box").not.toBeNull();
  const { width, height } = page.viewportSize()!;
  // Within a pixel: scroll offsets are whole pixels, text widths are not.
  expect(box!.x).toBeGreaterThanOrEqual(-1);
  expect(box!.x + box!.width).toBeLessThanOrEqual(width + 1);
  expect(box!.y + box!.height).toBeLessThanOrEqual(height);
}

const pageScrollsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

test.use({ viewport: PHONE });

test.describe("small screens (375 × 667)", () => {
  test("the list's filters fold behind a counted Filters button; the first destination is above the fold", async ({
    page,
    plain,
  }) => {
    const scene = await tenantScenario(plain);
    await scene.healthyWebhook(["user.created"]);
    await scene.failingWebhook(["order.paid"]);
    await scene.open(page, "/");

    const rows = page.getByRole("list", { name: "Destinations" }).getByRole("listitem");
    await expect(rows).toHaveCount(2);
    await expectInViewport(page, rows.first());
    await expect(page.getByLabel("Search")).toBeVisible();
    await expect(page.getByLabel("Status")).toBeHidden();

    const filters = page.getByRole("button", { name: /^Filters/ });
    await expect(filters).toHaveAttribute("aria-expanded", "false");
    await filters.click();
    await expect(filters).toHaveAttribute("aria-expanded", "true");
    await page.getByLabel("Status").selectOption("active");
    await page.getByLabel("Topic").selectOption("order.paid");
    await expect(rows).toHaveCount(1);
    // The count says how many are set once the panel is folded again.
    await filters.click();
    await expect(page.getByLabel("Status")).toBeHidden();
    await expect(filters).toHaveAccessibleName("Filters 2 active");
    expect(await pageScrollsSideways(page)).toBe(false);
  });

  test("a destination's deliveries stack their rows with Retry in view, and the event linked", async ({
    page,
    plain,
  }) => {
    const scene = await tenantScenario(plain);
    const hook = await scene.failingWebhook(["order.paid"]);
    const event = await scene.publish({ topic: "order.paid", data: { n: 1 } });
    await scene.open(page, `/destinations/${hook.id}/deliveries`);

    const table = page.getByRole("table", { name: "Delivery attempts, newest first" });
    const row = table.locator("tbody tr").first();
    await expect(row).toContainText("Failed · 500");
    const retry = row.getByRole("button", { name: `Retry event ${event.id}` });
    await retry.scrollIntoViewIfNeeded();
    await expectInViewport(page, retry);
    // The table itself doesn't scroll sideways either: its rows are stacked.
    const scroller = table.locator("xpath=..");
    expect(await scroller.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    expect(await pageScrollsSideways(page)).toBe(false);
    // The visible label names the value the hidden column header gives to a screen reader.
    await expect(row.locator('td[data-label="Event"]')).toHaveText(event.id);
    await expect(table.getByRole("columnheader", { name: "Event" })).toBeAttached();

    await retry.click();
    await expect(table.locator("tbody tr").filter({ hasText: "Manual" })).toHaveCount(1);
  });

  test("the portal nav and a destination's tabs scroll to the current item and keep the page still", async ({
    page,
    plain,
  }) => {
    await page.setViewportSize({ width: 320, height: 667 });
    const scene = await tenantScenario(plain);
    const hook = await scene.healthyWebhook(["user.created"]);
    await scene.open(page, `/destinations/${hook.id}/settings`);

    const tabs = page.getByRole("navigation", { name: "Destination" });
    const settings = tabs.getByRole("link", { name: "Settings" });
    await expect(settings).toHaveAttribute("aria-current", "page");
    const tabsBox = (await tabs.boundingBox())!;
    const settingsBox = (await settings.boundingBox())!;
    expect(settingsBox.x).toBeGreaterThanOrEqual(tabsBox.x);
    expect(settingsBox.x + settingsBox.width).toBeLessThanOrEqual(tabsBox.x + tabsBox.width + 1);

    await page
      .getByRole("navigation", { name: "Portal" })
      .getByRole("link", { name: "Tenant" })
      .click();
    const tenant = page
      .getByRole("navigation", { name: "Portal" })
      .getByRole("link", { name: "Tenant" });
    await expect(tenant).toHaveAttribute("aria-current", "page");
    await expectInViewport(page, tenant);
    expect(await pageScrollsSideways(page)).toBe(false);
  });

  test("while creating, the setup instructions come before the fields and Create", async ({
    page,
    plain,
  }) => {
    const scene = await tenantScenario(plain);
    await scene.open(page, "/destinations/new?type=webhook&step=configure&topics=user.created");
    const instructions = page.getByRole("heading", { name: "Setup instructions" });
    const create = page.getByRole("button", { name: "Create destination" });
    await expect(create).toBeVisible();
    await expect(instructions).toBeVisible();
    const order = await instructions.evaluate(
      (heading, button) =>
        heading.compareDocumentPosition(button as Node) & Node.DOCUMENT_POSITION_FOLLOWING,
      await create.elementHandle(),
    );
    expect(order).toBeTruthy();
    const folded = page.locator("details").filter({ hasText: "Show the instructions" });
    await expect(folded).not.toHaveAttribute("open");
    await folded.getByText("Show the instructions").click();
    await expect(folded).toHaveAttribute("open", "");
    // The wide screen's copy beside the form is not shown (nor announced) twice.
    await expect(page.getByRole("complementary", { name: /setup instructions/ })).toBeHidden();
  });

  for (const theme of ["light", "dark"] as const) {
    test(`folded filters and stacked rows are axe-clean (${theme})`, async ({ page, plain }) => {
      const scene = await tenantScenario(plain);
      const hook = await scene.failingWebhook(["order.paid"]);
      await scene.publish({ topic: "order.paid", data: {} });
      await scene.open(page, "/", theme);
      await page.getByRole("button", { name: "Filters", exact: true }).click();
      await expectNoA11yViolations(page);
      await scene.open(page, `/destinations/${hook.id}/deliveries`, theme);
      await expect(page.locator("tbody tr").first()).toContainText("Failed");
      await expectNoA11yViolations(page);
      await page
        .getByRole("navigation", { name: "Portal" })
        .getByRole("link", { name: "Delivery log" })
        .click();
      await expect(page.locator("tbody tr").first()).toContainText("Failed");
      await expectNoA11yViolations(page);
    });
  }
});
