import type { Page } from "@playwright/test";
import {
  deliveryRows,
  destinationAttempts,
  openAt,
  publishMany,
  searchParams,
  shownEventIds,
} from "./support/activity";
import { createDestination, type SandboxApi } from "./support/destinations";
import { expect, test } from "./support/fixtures";

const PAGE_SIZE = 50;
const PER_OUTCOME = 130; // 260 attempts: six pages of 50, 50, 50, 50, 50 and 10

const statusCells = (page: Page) => deliveryRows(page).locator("td:nth-child(2)");
const topicCells = (page: Page) => deliveryRows(page).locator("td:nth-child(3)");
const pager = (page: Page) => page.getByRole("navigation", { name: "Delivery pages" });

/**
 * Clicks Older/Newer, reads the cursor it put in the URL, asks the API for that page
 * (same cursor and filters) and waits until the table shows exactly it; returns its event ids.
 */
async function turnPage(
  page: Page,
  api: SandboxApi,
  tenantId: string,
  destinationId: string,
  direction: "Older" | "Newer",
) {
  const key = direction === "Older" ? "next" : "prev";
  const before = page.url();
  await pager(page).getByRole("button", { name: direction }).click();
  await expect.poll(() => page.url()).not.toBe(before);
  const params = searchParams(page);
  expect(params[key]).toBeTruthy();
  const query: Record<string, string> = { limit: String(PAGE_SIZE), [key]: params[key]! };
  if (params.status) query.status = params.status;
  if (params.topic) query.topic = params.topic;
  const expected = (
    await destinationAttempts(api, tenantId, destinationId, query, { allPages: false })
  ).map((a) => a.event_id);
  await expect(shownEventIds(page)).toHaveText(expected);
  await expect(page.getByText(`${expected.length} deliveries on this page`)).toBeVisible();
  return expected;
}

test("deliveries: 260 attempts filtered by status, topic and time, paged 50 at a time without gaps", async ({
  page,
  plain,
}) => {
  test.setTimeout(60_000);
  const tenant = await plain.createTenant();
  const hook = await createDestination(plain, tenant.id, {
    type: "webhook",
    topics: ["order.created", "order.paid"],
    config: { url: "https://hooks.example.com/fail-bulk" },
  });
  const topicOf = (i: number) => (i % 2 === 0 ? "order.created" : "order.paid");
  await publishMany(plain, tenant.id, PER_OUTCOME, (i) => ({
    topic: topicOf(i),
    data: { n: i },
  }));
  // The endpoint is fixed: later deliveries succeed.
  await plain.request("PATCH", `/tenants/${tenant.id}/destinations/${hook.id}`, {
    config: { url: "https://hooks.example.com/bulk" },
  });
  await publishMany(plain, tenant.id, PER_OUTCOME, (i) => ({
    topic: topicOf(i),
    data: { n: PER_OUTCOME + i },
  }));

  const all = await destinationAttempts(plain, tenant.id, hook.id);
  const total = 2 * PER_OUTCOME;
  expect(all).toHaveLength(total);
  expect(all.filter((a) => a.status === "failed")).toHaveLength(PER_OUTCOME);
  expect(new Set(all.map((a) => a.event_id)).size).toBe(total);
  const allIds = all.map((a) => a.event_id);

  await openAt(page, plain, tenant.id, `/destinations/${hook.id}/deliveries`);

  // First page: the 50 newest, in the API's order.
  await expect(shownEventIds(page)).toHaveText(allIds.slice(0, PAGE_SIZE));
  await expect(page.getByText(`${PAGE_SIZE} deliveries on this page`)).toBeVisible();
  await expect(pager(page).getByRole("button", { name: "Newer" })).toBeDisabled();

  // Older all the way: every attempt once, in order.
  const walked = [...allIds.slice(0, PAGE_SIZE)];
  const sizes = [PAGE_SIZE];
  while (await pager(page).getByRole("button", { name: "Older" }).isEnabled()) {
    const ids = await turnPage(page, plain, tenant.id, hook.id, "Older");
    walked.push(...ids);
    sizes.push(ids.length);
  }
  expect(sizes).toEqual([50, 50, 50, 50, 50, 10]);
  expect(new Set(walked).size).toBe(walked.length);
  expect(walked).toEqual(allIds);
  await expect(pager(page).getByRole("button", { name: "Newer" })).toBeEnabled();

  // Newer all the way back, page by page.
  const back: string[][] = [];
  while (await pager(page).getByRole("button", { name: "Newer" }).isEnabled()) {
    back.unshift(await turnPage(page, plain, tenant.id, hook.id, "Newer"));
  }
  expect(back.flat()).toEqual(allIds.slice(0, total - 10));
  expect(back[0]).toEqual(allIds.slice(0, PAGE_SIZE));
  await expect(pager(page).getByRole("button", { name: "Older" })).toBeEnabled();

  // Go to page 2, then filter: the cursor is dropped, filters go to the URL.
  await turnPage(page, plain, tenant.id, hook.id, "Older");
  await page.getByRole("combobox", { name: "Status" }).selectOption("failed");
  await expect.poll(() => searchParams(page)).toEqual({ status: "failed" });
  const failed = all.filter((a) => a.status === "failed").map((a) => a.event_id);
  await expect(shownEventIds(page)).toHaveText(failed.slice(0, PAGE_SIZE));
  await expect(statusCells(page)).toHaveText(Array(PAGE_SIZE).fill("Failed · 500"));

  await page.getByRole("combobox", { name: "Status" }).selectOption("success");
  await expect.poll(() => searchParams(page)).toEqual({ status: "success" });
  const succeeded = all.filter((a) => a.status === "success").map((a) => a.event_id);
  await expect(shownEventIds(page)).toHaveText(succeeded.slice(0, PAGE_SIZE));
  await expect(statusCells(page)).toHaveText(Array(PAGE_SIZE).fill("Success · 200"));

  // Failed + order.paid: 65 attempts, two pages.
  await page.getByRole("combobox", { name: "Status" }).selectOption("failed");
  await page.getByRole("combobox", { name: "Topic" }).selectOption("order.paid");
  await expect.poll(() => searchParams(page)).toEqual({ status: "failed", topic: "order.paid" });
  const failedPaid = all
    .filter((a) => a.status === "failed" && a.event?.topic === "order.paid")
    .map((a) => a.event_id);
  expect(failedPaid).toHaveLength(PER_OUTCOME / 2);
  await expect(shownEventIds(page)).toHaveText(failedPaid.slice(0, PAGE_SIZE));
  await expect(topicCells(page)).toHaveText(Array(PAGE_SIZE).fill("order.paid"));
  await expect(statusCells(page)).toHaveText(Array(PAGE_SIZE).fill("Failed · 500"));
  const secondPage = await turnPage(page, plain, tenant.id, hook.id, "Older");
  expect(secondPage).toEqual(failedPaid.slice(PAGE_SIZE));
  await expect(pager(page).getByRole("button", { name: "Older" })).toBeDisabled();

  // "Last hour" still holds them all.
  await page.getByRole("combobox", { name: "Time range" }).selectOption("1h");
  await expect
    .poll(() => searchParams(page))
    .toEqual({ status: "failed", topic: "order.paid", range: "1h" });
  await expect(shownEventIds(page)).toHaveText(failedPaid.slice(0, PAGE_SIZE));

  // The filters survive a reload.
  await page.reload();
  await expect(page.getByRole("combobox", { name: "Status" })).toHaveValue("failed");
  await expect(page.getByRole("combobox", { name: "Topic" })).toHaveValue("order.paid");
  await expect(page.getByRole("combobox", { name: "Time range" })).toHaveValue("1h");
  await expect(shownEventIds(page)).toHaveText(failedPaid.slice(0, PAGE_SIZE));

  // A custom range that ends before they happened: nothing matches.
  await page.getByRole("combobox", { name: "Time range" }).selectOption("custom");
  await page.getByLabel("From", { exact: true }).fill("2020-01-01T00:00");
  await page.getByLabel("To", { exact: true }).fill("2020-01-02T00:00");
  await expect
    .poll(() => searchParams(page))
    .toEqual({
      status: "failed",
      topic: "order.paid",
      range: "custom",
      from: "2020-01-01T00:00",
      to: "2020-01-02T00:00",
    });
  await expect(page.getByRole("heading", { name: "No deliveries match" })).toBeVisible();
  await expect(page.getByText("Try another status, topic or time range.")).toBeVisible();
  await expect(deliveryRows(page)).toHaveCount(0);
  await page.reload();
  await expect(page.getByLabel("From", { exact: true })).toHaveValue("2020-01-01T00:00");
  await expect(page.getByLabel("To", { exact: true })).toHaveValue("2020-01-02T00:00");
  await expect(page.getByRole("heading", { name: "No deliveries match" })).toBeVisible();

  // A custom range around now holds them again; a reversed one is refused.
  const local = (ms: number) => {
    const d = new Date(ms - new Date(ms).getTimezoneOffset() * 60_000);
    return d.toISOString().slice(0, 16);
  };
  const now = Date.now();
  await page.getByLabel("From", { exact: true }).fill(local(now - 3_600_000));
  await page.getByLabel("To", { exact: true }).fill(local(now + 3_600_000));
  await expect(shownEventIds(page)).toHaveText(failedPaid.slice(0, PAGE_SIZE));
  await page.getByLabel("From", { exact: true }).fill(local(now + 7_200_000));
  await expect(
    page.getByRole("alert").filter({ hasText: "The start must be before the end." }),
  ).toBeVisible();
  await expect(deliveryRows(page)).toHaveCount(0);

  // Back to the default range, no filters: the 50 newest again.
  await page.getByRole("combobox", { name: "Time range" }).selectOption("24h");
  await page.getByRole("combobox", { name: "Status" }).selectOption("");
  await page.getByRole("combobox", { name: "Topic" }).selectOption("");
  await expect.poll(() => searchParams(page)).toEqual({ range: "24h" });
  await expect(shownEventIds(page)).toHaveText(allIds.slice(0, PAGE_SIZE));
});
