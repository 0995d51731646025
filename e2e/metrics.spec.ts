import type { Page } from "@playwright/test";
import {
  attemptCodes,
  attemptTotals,
  card,
  definition,
  deliveryRows,
  destinationAttempts,
  eventCount,
  openAt,
  publish,
  publishMany,
} from "./support/activity";
import { createDestination, openPortal } from "./support/destinations";
import { expect, test } from "./support/fixtures";

const HOOK = "https://hooks.example.com/metrics";

/** A ratio formatted the way the page formats it (its locale, one decimal). */
const ratio = (page: Page, value: number) =>
  page.evaluate(
    (v) =>
      new Intl.NumberFormat(undefined, { style: "percent", maximumFractionDigits: 1 }).format(v),
    value,
  );

/** The window the page asked the series for (`time[start]`, `time[end]`), read off its request. */
function seriesWindow(url: string) {
  const params = new URL(url).searchParams;
  return { start: params.get("time[start]")!, end: params.get("time[end]")! };
}

test.describe("destination metrics", () => {
  test("summary, chart, table and response codes equal the API's numbers for the last 24 hours", async ({
    page,
    plain,
  }) => {
    const tenant = await plain.createTenant();
    const hook = await createDestination(plain, tenant.id, {
      type: "webhook",
      topics: "*",
      config: { url: `${HOOK}/fail` },
    });
    const other = await createDestination(plain, tenant.id, {
      type: "webhook",
      topics: "*",
      config: { url: `${HOOK}/other` },
    });
    // 3 failed deliveries, then the endpoint is fixed: 5 successful ones, and a manual
    // retry of a failed event (now successful). The other destination gets its own events.
    const failedEvents = await publishMany(plain, tenant.id, 3, () => ({
      topic: "order.created",
      destination_id: hook.id,
    }));
    await plain.request("PATCH", `/tenants/${tenant.id}/destinations/${hook.id}`, {
      config: { url: HOOK },
    });
    await publishMany(plain, tenant.id, 5, () => ({
      topic: "order.paid",
      destination_id: hook.id,
    }));
    await plain.request("POST", "/retry", { event_id: failedEvents[0], destination_id: hook.id });
    await publish(plain, tenant.id, { topic: "user.created", destination_id: other.id });
    await publish(plain, tenant.id, { topic: "user.created", destination_id: other.id });
    expect(await destinationAttempts(plain, tenant.id, hook.id)).toHaveLength(9);

    const seriesRequest = page.waitForRequest(
      (r) => r.url().includes("/metrics/attempts?") && r.url().includes("granularity="),
    );
    await openPortal(page, plain, tenant.id);
    await page.getByRole("link", { name: HOOK, exact: true }).click();
    await page.getByRole("link", { name: "Metrics", exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/destinations/${hook.id}/metrics$`));
    const request = await seriesRequest;
    expect(new URL(request.url()).searchParams.get("granularity")).toBe("1h");
    const window = seriesWindow(request.url());
    // The 24 h window, widened to whole hours.
    const span = Date.parse(window.end) - Date.parse(window.start);
    expect(span).toBeGreaterThanOrEqual(24 * 3_600_000);
    expect(span).toBeLessThanOrEqual(25 * 3_600_000);

    // The API's own totals for the same window (admin, scoped to the tenant).
    const totals = await attemptTotals(plain, tenant.id, window, { destination_id: hook.id });
    expect(totals).toEqual({
      count: 9,
      successful_count: 6,
      failed_count: 3,
      error_rate: 3 / 9,
    });
    const events = await eventCount(plain, tenant.id, window, hook.id);
    expect(events).toBe(8);
    const errorRate = await ratio(page, totals.error_rate);

    const summary = page.getByRole("region", { name: "Summary" });
    await expect(definition(summary, "Deliveries")).toHaveText(String(totals.count));
    await expect(definition(summary, "Successful")).toHaveText(String(totals.successful_count));
    await expect(definition(summary, "Failed")).toHaveText(String(totals.failed_count));
    await expect(definition(summary, "Error rate")).toHaveText(errorRate);
    await expect(definition(summary, "Events received")).toHaveText(String(events));
    await expect(definition(summary, "Retries")).toHaveText("1");
    await expect(summary).toContainText("8 first attempts");

    // The chart says what it shows.
    await expect(
      page.getByRole("img", {
        name: new RegExp(
          `^Deliveries over the last 24 hours: ${totals.successful_count} successful, ${totals.failed_count} failed, peak at `,
        ),
      }),
    ).toBeVisible();

    // The table alternative: hidden until asked for; its totals are the API's.
    const table = page.getByRole("table", { name: "Deliveries per hour over the last 24 hours" });
    await expect(table).toBeHidden();
    await page.getByText("Show as table", { exact: true }).click();
    await expect(table).toBeVisible();
    const total = table.locator("tfoot tr");
    await expect(total.locator("th")).toHaveText("Total");
    await expect(total.locator("td")).toHaveText([
      String(totals.successful_count),
      String(totals.failed_count),
      errorRate,
    ]);
    // Its rows add up to the same totals.
    const rows = table.locator("tbody tr");
    expect(await rows.count()).toBeGreaterThanOrEqual(24);
    const cells = await rows.evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent ?? "")),
    );
    const sum = (column: number) => cells.reduce((n, row) => n + Number(row[column]), 0);
    expect([sum(0), sum(1)]).toEqual([totals.successful_count, totals.failed_count]);

    // Response codes of the webhook: 200 and 500, as the API counts them.
    const codes = await attemptCodes(plain, tenant.id, window, hook.id);
    expect(codes).toEqual({ "200": 6, "500": 3 });
    const breakdown = card(page, "Response codes").getByRole("listitem");
    await expect(breakdown).toHaveCount(2);
    await expect(breakdown.nth(0)).toContainText("200");
    await expect(breakdown.nth(0)).toContainText("6 deliveries, 66.7%");
    await expect(breakdown.nth(1)).toContainText("500");
    await expect(breakdown.nth(1)).toContainText("3 deliveries, 33.3%");
  });

  test("a failing webhook's codes show 500; the 1 h range reads its own window", async ({
    page,
    plain,
  }) => {
    const tenant = await plain.createTenant();
    const hook = await createDestination(plain, tenant.id, {
      type: "webhook",
      topics: "*",
      config: { url: `${HOOK}/fail-always` },
    });
    await publishMany(plain, tenant.id, 4, () => ({ topic: "order.paid" }));

    await openAt(page, plain, tenant.id, `/destinations/${hook.id}/metrics`);
    const summary = page.getByRole("region", { name: "Summary" });
    await expect(definition(summary, "Failed")).toHaveText("4");
    await expect(definition(summary, "Successful")).toHaveText("0");
    await expect(definition(summary, "Error rate")).toHaveText(await ratio(page, 1));
    const breakdown = card(page, "Response codes").getByRole("listitem");
    await expect(breakdown).toHaveCount(1);
    await expect(breakdown).toContainText("500");
    await expect(breakdown).toContainText("4 deliveries, 100%");

    const hourly = page.waitForRequest(
      (r) => r.url().includes("/metrics/attempts?") && r.url().includes("granularity=5m"),
    );
    await page.getByRole("radio", { name: "1 hour" }).check();
    await expect(page).toHaveURL(/[?&]range=1h/);
    const window = seriesWindow((await hourly).url());
    const totals = await attemptTotals(plain, tenant.id, window, { destination_id: hook.id });
    expect(totals).toMatchObject({ count: 4, failed_count: 4, successful_count: 0 });
    await expect(
      page.getByRole("img", { name: /^Deliveries over the last hour: 0 successful, 4 failed/ }),
    ).toBeVisible();
    await expect(definition(summary, "Deliveries")).toHaveText(String(totals.count));
    await page.reload();
    await expect(page.getByRole("radio", { name: "1 hour" })).toBeChecked();
    await expect(definition(summary, "Failed")).toHaveText("4");
  });

  test("Refresh, and a retry made on the Deliveries tab, update the numbers", async ({
    page,
    plain,
  }) => {
    const tenant = await plain.createTenant();
    const hook = await createDestination(plain, tenant.id, {
      type: "webhook",
      topics: "*",
      config: { url: `${HOOK}/fail-refresh` },
    });
    const [first] = await publishMany(plain, tenant.id, 3, () => ({ topic: "order.paid" }));
    await openAt(page, plain, tenant.id, `/destinations/${hook.id}/metrics`);
    const summary = page.getByRole("region", { name: "Summary" });
    await expect(definition(summary, "Deliveries")).toHaveText("3");

    // New deliveries show after Refresh.
    await publish(plain, tenant.id, { topic: "order.created" });
    await page.getByRole("button", { name: "Refresh" }).click();
    await expect(definition(summary, "Deliveries")).toHaveText("4");
    await expect(definition(summary, "Events received")).toHaveText("4");

    // A manual retry on the Deliveries tab counts as a retry here, without Refresh.
    await page.getByRole("link", { name: "Deliveries", exact: true }).click();
    await page.getByRole("button", { name: `Retry event ${first}` }).click();
    await expect(deliveryRows(page)).toHaveCount(5);
    await page.getByRole("link", { name: "Metrics", exact: true }).click();
    await expect(definition(summary, "Deliveries")).toHaveText("5");
    await expect(definition(summary, "Retries")).toHaveText("1");
    await expect(definition(summary, "Failed")).toHaveText("5");
    await expect(definition(summary, "Events received")).toHaveText("4");
    const now = Date.now();
    const window = {
      start: new Date(now - 25 * 3_600_000).toISOString(),
      end: new Date(now + 3_600_000).toISOString(),
    };
    expect(await attemptTotals(plain, tenant.id, window, { destination_id: hook.id })).toEqual({
      count: 5,
      successful_count: 0,
      failed_count: 5,
      error_rate: 1,
    });
  });

  test("a destination without deliveries says so", async ({ page, plain }) => {
    const tenant = await plain.createTenant();
    const hook = await createDestination(plain, tenant.id, {
      type: "webhook",
      topics: ["order.paid"],
      config: { url: HOOK },
    });
    await openAt(page, plain, tenant.id, `/destinations/${hook.id}/metrics`);
    const summary = page.getByRole("region", { name: "Summary" });
    await expect(definition(summary, "Deliveries")).toHaveText("0");
    await expect(
      card(page, "Deliveries over time").getByRole("heading", {
        name: "No deliveries in the last 24 hours",
      }),
    ).toBeVisible();
    await expect(
      card(page, "Response codes").getByRole("heading", {
        name: "No deliveries in the last 24 hours",
      }),
    ).toBeVisible();
  });
});
