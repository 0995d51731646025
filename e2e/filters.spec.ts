import type { Page } from "@playwright/test";
import { tenantEvents } from "./support/activity";
import { expectNoA11yViolations } from "./support/a11y";
import { createDestination, expectNoHorizontalScroll } from "./support/destinations";
import { expect, serveConfig, test } from "./support/fixtures";
import { tenantScenario, WEBHOOK_URLS } from "./support/scenario";

const FILTER = {
  $or: [{ data: { amount: { $gte: 100 } } }, { data: { tags: "vip" } }],
  metadata: { source: { $neq: "test" } },
};

const editor = (page: Page) => page.getByRole("textbox", { name: "Filter (JSON)" });
const results = (page: Page) => page.getByRole("list", { name: "Filter test results" });
const resultOf = (page: Page, eventId: string) =>
  results(page).getByRole("listitem").filter({ hasText: eventId });

test.describe("Filter help and dry run", () => {
  test.beforeEach(async ({ page }) => {
    await serveConfig(page, { ENABLE_DESTINATION_FILTER: "true" });
  });

  test("a destination's filter, tested on the tenant's recent events of its topics, agrees with what the sandbox delivered", async ({
    page,
    plain,
  }) => {
    const scene = await tenantScenario(plain);
    // The sandbox decides delivery with its own matcher: an event reaches `filtered` only if it matches.
    const filtered = await createDestination(plain, scene.tenant.id, {
      type: "webhook",
      topics: ["order.paid", "order.created"],
      config: { url: WEBHOOK_URLS.healthy },
      filter: FILTER,
    });
    const published = [
      { topic: "order.paid", data: { amount: 250, tags: [] }, metadata: { source: "api" } },
      { topic: "order.paid", data: { amount: 50, tags: ["vip"] } },
      { topic: "order.paid", data: { amount: 50, tags: ["beta"] } },
      { topic: "order.created", data: { amount: 100 }, metadata: { source: "test" } },
      { topic: "order.created", data: { amount: 120 } },
      // Not a topic of the destination: not tested.
      { topic: "user.created", data: { amount: 999 } },
    ];
    for (const body of published) await scene.publish(body);
    const events = (await tenantEvents(plain, scene.tenant.id)).filter(
      (e) => e.topic !== "user.created",
    );
    expect(events).toHaveLength(5);
    const delivered = events.filter((e) => e.matched_destination_ids.includes(filtered.id));
    expect(delivered).toHaveLength(3);

    await scene.open(page, `/destinations/${filtered.id}/settings`);
    await expect(editor(page)).toHaveValue(JSON.stringify(FILTER, null, 2));
    await page.getByRole("button", { name: "Test this filter" }).click();
    await expect(page.getByRole("status").filter({ hasText: "would be delivered" })).toHaveText(
      "3 of 5 recent events would be delivered.",
    );
    await expect(results(page).getByRole("listitem")).toHaveCount(5);
    // Newest first, as the API lists them, each with the sandbox's verdict.
    await expect(results(page).locator("li > div > code")).toHaveText(events.map((e) => e.id));
    for (const event of events) {
      const row = resultOf(page, event.id);
      await expect(row).toContainText(
        event.matched_destination_ids.includes(filtered.id) ? "Would be delivered" : "Filtered out",
      );
    }
    // Why not: the failed condition and its path.
    const [small, fromTest] = [events[2]!, events[1]!];
    expect(small.data).toEqual({ amount: 50, tags: ["beta"] });
    await expect(resultOf(page, small.id)).toContainText(
      "Doesn't match: no $or condition matches (data.amount is 50, not at least 100; data.tags doesn't contain \"vip\")",
    );
    expect(fromTest.metadata).toEqual({ source: "test" });
    await expect(resultOf(page, fromTest.id)).toContainText(
      'Doesn\'t match: metadata.source is "test", which $neq "test" excludes',
    );
    // What the filter sees, on demand.
    await resultOf(page, small.id).getByText("What the filter sees").click();
    await expect(resultOf(page, small.id).locator("pre")).toContainText('"amount": 50');

    // Editing marks the result stale; testing again evaluates the new filter.
    await editor(page).fill('{ "data": { "amount": { "$lt": 100 } } }');
    await expect(page.getByText("The filter changed since this test")).toBeVisible();
    await page.getByRole("button", { name: "Test again" }).click();
    await expect(page.getByRole("status").filter({ hasText: "would be delivered" })).toHaveText(
      "2 of 5 recent events would be delivered.",
    );
    await expect(resultOf(page, fromTest.id)).toContainText(
      "Doesn't match: data.amount is 100, not less than 100",
    );

    // Invalid JSON: a clear message, and no test.
    await editor(page).fill('{ data: { "amount": 1 } }');
    await expect(editor(page)).toHaveAccessibleDescription(
      /Not valid JSON: .*Keys need double quotes: \{ "data": … \}, not \{ data: … \}\./,
    );
    await page.getByRole("button", { name: "Test again" }).click();
    await expect(page.getByRole("status").filter({ hasText: "valid JSON" })).toHaveText(
      "The filter isn't valid JSON, so it can't be tested. Fix it and test again.",
    );
    await expect(results(page)).toHaveCount(0);

    // Conditions that can't work are pointed out.
    await editor(page).fill(
      '{ "data": { "amount": { "$regex": "^1" } }, "$or": { "topic": "a" } }',
    );
    await expect(page.getByText("Saved as is, these conditions won't work as meant")).toBeVisible();
    await expect(
      page.getByText("$regex at data.amount isn't one of Outpost's operators: nothing matches it."),
    ).toBeVisible();
    await expect(page.getByText("$or needs a list of conditions: [ {…}, {…} ].")).toBeVisible();
    // Nothing was saved by testing.
    expect(
      (
        await plain.request<{ filter: unknown }>(
          "GET",
          `/tenants/${scene.tenant.id}/destinations/${filtered.id}`,
        )
      ).filter,
    ).toEqual(FILTER);
  });

  test("the syntax guide has an example for every operator; guide and results are axe-clean in both themes and fit 320 px", async ({
    page,
    plain,
  }) => {
    const scene = await tenantScenario(plain);
    const hook = await scene.healthyWebhook(["order.paid"]);
    await scene.publish({ topic: "order.paid", data: { amount: 10, note: "x".repeat(200) } });
    await scene.publish({ topic: "order.paid", data: { amount: 500 } });

    for (const theme of ["light", "dark"] as const) {
      await scene.open(page, `/destinations/${hook.id}/settings`, theme);
      await page.getByText("Filter syntax and examples").click();
      const guide = page.locator("details").filter({ hasText: "Filter syntax and examples" });
      for (const operator of [
        "$eq",
        "$neq",
        "$gt",
        "$gte",
        "$lt",
        "$lte",
        "$in",
        "$nin",
        "$startsWith",
        "$endsWith",
        "$exist",
        "$or",
        "$and",
        "$not",
      ]) {
        await expect(guide.locator("dt code", { hasText: operator }).first()).toBeVisible();
      }
      await expect(guide.locator("dt")).toHaveCount(17);
      await editor(page).fill('{ "data": { "amount": { "$gte": 100 } } }');
      await page.getByRole("button", { name: "Test this filter" }).click();
      await expect(page.getByRole("status").filter({ hasText: "would be delivered" })).toHaveText(
        "1 of 2 recent events would be delivered.",
      );
      await expectNoA11yViolations(page);
    }
    await page.setViewportSize({ width: 320, height: 800 });
    await expect(results(page).getByRole("listitem")).toHaveCount(2);
    await results(page).getByText("What the filter sees").first().click();
    await expectNoHorizontalScroll(page);
    await expectNoA11yViolations(page);
  });

  test("while creating, the test runs on the tenant's recent events of the chosen topics", async ({
    page,
    plain,
  }) => {
    const scene = await tenantScenario(plain);
    // Events exist without any destination: the tenant's, not a destination's.
    await scene.publish({ topic: "order.paid", data: { amount: 5 } });
    await scene.publish({ topic: "order.paid", data: { amount: 500 } });
    await scene.publish({ topic: "user.created", data: { amount: 700 } });
    const paid = (await tenantEvents(plain, scene.tenant.id, { topic: "order.paid" })).map(
      (e) => e.id,
    );
    expect(paid).toHaveLength(2);

    await scene.open(page, "/destinations/new?type=webhook&step=configure&topics=order.paid");
    await editor(page).fill('{ "data": { "amount": { "$gt": 100 } } }');
    await page.getByRole("button", { name: "Test this filter" }).click();
    await expect(page.getByRole("status").filter({ hasText: "would be delivered" })).toHaveText(
      "1 of 2 recent events would be delivered.",
    );
    await expect(results(page).locator("li > div > code")).toHaveText(paid);
    await expect(resultOf(page, paid[1]!)).toContainText(
      "Doesn't match: data.amount is 5, not greater than 100",
    );
    await expect(page.getByText("Against the 50 latest events of order.paid")).toBeVisible();
    // Focus stays on the button that ran the test.
    await expect(page.getByRole("button", { name: "Test again" })).toBeFocused();
  });
});
