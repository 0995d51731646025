import type { Locator, Page, Route } from "@playwright/test";
import {
  card,
  definition,
  deliveryRows,
  destinationAttempts,
  eventAttempts,
  rowOfEvent,
  shownEventIds,
} from "./support/activity";
import { expectToast, openPortal } from "./support/destinations";
import { tenantScenario, WEBHOOK_URLS } from "./support/scenario";

const { failing: FAILING, healthy: HEALTHY } = WEBHOOK_URLS;
import { countDocumentLoads, expect, test } from "./support/fixtures";
import { SERVERS } from "./support/servers";

const deliveriesPath = (destinationId: string) => `/destinations/${destinationId}/deliveries`;
const statusCells = (page: Page) => deliveryRows(page).locator("td:nth-child(2)");
const topicCells = (page: Page) => deliveryRows(page).locator("td:nth-child(3)");
const attemptCells = (page: Page) => deliveryRows(page).locator("td:nth-child(4)");

test.describe("destination deliveries", () => {
  test("a failing and a succeeding webhook: each Deliveries tab shows its attempts with status and code", async ({
    page,
    plain,
  }) => {
    const scene = await tenantScenario(plain);
    const { tenant } = scene;
    const failing = await scene.failingWebhook(["order.created", "order.paid"]);
    const healthy = await scene.healthyWebhook(["order.created", "order.paid"]);
    const published = [];
    for (const [i, topic] of ["order.created", "order.paid", "order.created"].entries()) {
      published.push(await scene.publish({ topic, data: { order_id: `ord_${i}`, total: 10 * i } }));
    }
    for (const p of published)
      expect(p.destination_ids.sort()).toEqual([failing.id, healthy.id].sort());

    const failed = await destinationAttempts(plain, tenant.id, failing.id);
    const succeeded = await destinationAttempts(plain, tenant.id, healthy.id);
    expect(failed.map((a) => [a.status, a.code, a.attempt_number, a.manual])).toEqual(
      Array(3).fill(["failed", "500", 1, false]),
    );
    expect(succeeded.map((a) => [a.status, a.code, a.attempt_number, a.manual])).toEqual(
      Array(3).fill(["success", "200", 1, false]),
    );

    // Failing destination: reached through the list and its Deliveries tab.
    await openPortal(page, plain, tenant.id);
    await page.getByRole("link", { name: FAILING, exact: true }).click();
    await page.getByRole("link", { name: "Deliveries", exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${deliveriesPath(failing.id)}$`));
    await expect(page.getByRole("link", { name: "Deliveries", exact: true })).toHaveAttribute(
      "aria-current",
      "page",
    );
    await expect(deliveryRows(page)).toHaveCount(3);
    await expect(page.getByText("3 deliveries on this page")).toBeVisible();
    // Newest first, exactly as the API lists them.
    await expect(shownEventIds(page)).toHaveText(failed.map((a) => a.event_id));
    await expect(statusCells(page)).toHaveText(Array(3).fill("Failed · 500"));
    await expect(topicCells(page)).toHaveText(failed.map((a) => a.event?.topic ?? ""));
    await expect(attemptCells(page)).toHaveText(Array(3).fill("#1"));

    // Succeeding destination.
    await page.getByRole("link", { name: "All destinations" }).click();
    await page.getByRole("link", { name: HEALTHY, exact: true }).click();
    await page.getByRole("link", { name: "Deliveries", exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${deliveriesPath(healthy.id)}$`));
    await expect(shownEventIds(page)).toHaveText(succeeded.map((a) => a.event_id));
    await expect(statusCells(page)).toHaveText(Array(3).fill("Success · 200"));
    await expect(topicCells(page)).toHaveText(succeeded.map((a) => a.event?.topic ?? ""));

    // A webhook that times out: its code is "timeout", and the detail shows the error.
    const slow = await scene.webhook(WEBHOOK_URLS.timingOut, ["order.paid"]);
    const late = await scene.publish({ topic: "order.paid" });
    expect(late.destination_ids.sort()).toEqual([failing.id, healthy.id, slow.id].sort());
    const [timedOut] = await destinationAttempts(plain, tenant.id, slow.id);
    expect(timedOut).toMatchObject({ status: "failed", code: "timeout", event_id: late.id });
    await scene.open(page, deliveriesPath(slow.id));
    await expect(shownEventIds(page)).toHaveText([late.id]);
    await expect(statusCells(page)).toHaveText(["Failed · timeout"]);
    await deliveryRows(page).getByRole("link").first().click();
    await expect(definition(card(page, "Attempt"), "Status")).toHaveText("Failed · timeout");
    await expect(page.getByRole("region", { name: "response body" })).toContainText(
      "timeout: the endpoint did not respond within 30 seconds",
    );
  });

  test("attempt detail: opened from a row and by deep link, with status, event, payload and response", async ({
    page,
    context,
    plain,
  }) => {
    const scene = await tenantScenario(plain);
    const { tenant } = scene;
    const failing = await scene.failingWebhook("*");
    const data = {
      order_id: "ord_7f3a",
      customer: { email: "ada@example.com", tier: "gold" },
      items: [{ sku: "SKU-1", qty: 2 }],
    };
    const event = await scene.publish({
      topic: "order.paid",
      data,
      metadata: { source: "e2e-checkout" },
    });
    const [attempt] = await destinationAttempts(plain, tenant.id, failing.id);
    expect(attempt).toMatchObject({ event_id: event.id, status: "failed", code: "500" });
    const detailPath = `${deliveriesPath(failing.id)}/${attempt!.id}`;

    await context.grantPermissions(["clipboard-read", "clipboard-write"], {
      origin: SERVERS.plain.origin,
    });
    await scene.open(page, deliveriesPath(failing.id));
    await rowOfEvent(page, event.id).getByRole("link").first().click();
    await expect(page).toHaveURL(new RegExp(`${detailPath}$`));

    const checkDetail = async () => {
      const attemptCard = card(page, "Attempt");
      await expect(definition(attemptCard, "Status")).toHaveText("Failed · 500");
      await expect(definition(attemptCard, "Attempt")).toHaveText("#1");
      await expect(definition(attemptCard, "Attempt ID").locator("code")).toHaveText(attempt!.id);
      const eventCard = card(page, "Event");
      await expect(definition(eventCard, "Event ID").locator("code")).toHaveText(event.id);
      await expect(definition(eventCard, "Topic")).toHaveText("order.paid");
      await expect(definition(eventCard, "Metadata")).toContainText("source");
      await expect(definition(eventCard, "Metadata")).toContainText("e2e-checkout");
      const payload = page.getByRole("region", { name: "event payload" });
      await expect(payload).toContainText('"email": "ada@example.com"');
      await expect(payload).toContainText('"sku": "SKU-1"');
      const response = card(page, "Response");
      await expect(response).toContainText("Status 500");
      const body = page.getByRole("region", { name: "response body" });
      await expect(body).toContainText('"error": "internal_server_error"');
      await expect(body).toContainText("The endpoint could not process the event.");
    };
    await checkDetail();

    // Collapse all / Expand all on the payload.
    const payload = page.getByRole("region", { name: "event payload" });
    const email = payload.getByText('"ada@example.com"', { exact: true });
    await expect(email).toBeVisible();
    await page.getByRole("button", { name: "Collapse all of event payload" }).click();
    await expect(email).toBeHidden();
    await expect(payload).toContainText("3 items");
    await page.getByRole("button", { name: "Expand all of event payload" }).click();
    await expect(email).toBeVisible();
    await expect(payload.getByText('"SKU-1"', { exact: true })).toBeVisible();

    // Copy puts the payload, as JSON, on the clipboard.
    await page.getByRole("button", { name: "Copy event payload" }).click();
    await expect(page.getByRole("button", { name: "Copied event payload" })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(JSON.parse(copied)).toEqual(data);

    // Deep link: the same screen straight from its address.
    const fresh = await context.newPage();
    await scene.open(fresh, detailPath);
    await expect(fresh).toHaveURL(new RegExp(`${detailPath}$`));
    page = fresh;
    await checkDetail();
    await page.getByRole("link", { name: "All deliveries" }).click();
    await expect(page).toHaveURL(new RegExp(`${deliveriesPath(failing.id)}$`));
    await expect(deliveryRows(page)).toHaveCount(1);
  });

  test("copy falls back to selecting the JSON and saying so when the clipboard is blocked", async ({
    page,
    plain,
  }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, "clipboard", {
        configurable: true,
        value: { writeText: () => Promise.reject(new DOMException("blocked", "NotAllowedError")) },
      });
    });
    const scene = await tenantScenario(plain);
    const { tenant } = scene;
    const hook = await scene.healthyWebhook("*");
    const data = { invoice: "inv_991", paid: true };
    await scene.publish({ topic: "order.paid", data });
    const [attempt] = await destinationAttempts(plain, tenant.id, hook.id);
    await scene.open(page, `${deliveriesPath(hook.id)}/${attempt!.id}`);
    await expect(definition(card(page, "Attempt"), "Status")).toHaveText("Success · 200");
    await expect(page.getByRole("region", { name: "response body" })).toContainText(
      '"received": true',
    );

    await page.getByRole("button", { name: "Copy event payload" }).click();
    await expect(page.getByText(/Copying isn't allowed here\. The text is selected/)).toBeVisible();
    const selected = await page.evaluate(() => window.getSelection()?.toString() ?? "");
    expect(JSON.parse(selected)).toEqual(data);
  });

  test("retry from the list and from the detail adds manual attempts, shown without a reload", async ({
    page,
    plain,
  }) => {
    const scene = await tenantScenario(plain);
    const { tenant } = scene;
    const failing = await scene.failingWebhook("*");
    const first = await scene.publish({ topic: "order.created", data: { n: 1 } });
    const second = await scene.publish({ topic: "order.paid", data: { n: 2 } });
    const manualOf = async (eventId: string) =>
      (await destinationAttempts(plain, tenant.id, failing.id))
        .filter((a) => a.event_id === eventId && a.manual)
        .map((a) => a.attempt_number)
        .sort();

    await scene.open(page, deliveriesPath(failing.id));
    const loads = countDocumentLoads(page);
    await expect(deliveryRows(page)).toHaveCount(2);

    // From the list.
    await rowOfEvent(page, first.id)
      .getByRole("button", { name: `Retry event ${first.id}` })
      .click();
    await expectToast(page, "Retry queued. The new attempt appears in the list.");
    await expect.poll(() => manualOf(first.id)).toEqual([2]);
    const manualRows = deliveryRows(page).filter({ hasText: "Manual" });
    await expect(deliveryRows(page)).toHaveCount(3);
    await expect(manualRows).toHaveCount(1);
    await expect(manualRows.first()).toContainText(first.id);
    await expect(manualRows.first().locator("td:nth-child(4)")).toHaveText("#2Manual");
    await expect(manualRows.first().locator("td:nth-child(2)")).toHaveText("Failed · 500");
    // The newest attempt is on top.
    await expect(shownEventIds(page)).toHaveText([first.id, second.id, first.id]);

    // Again: the attempt number keeps counting.
    await manualRows
      .first()
      .getByRole("button", { name: `Retry event ${first.id}` })
      .click();
    await expect.poll(() => manualOf(first.id)).toEqual([2, 3]);
    await expect(manualRows).toHaveCount(2);
    await expect(manualRows.locator("td:nth-child(4)")).toHaveText(["#3Manual", "#2Manual"]);

    // From the attempt detail of the second event.
    await rowOfEvent(page, second.id).getByRole("link").first().click();
    await expect(definition(card(page, "Event"), "Event ID").locator("code")).toHaveText(second.id);
    await page.getByRole("button", { name: "Retry", exact: true }).click();
    await expectToast(page, "Retry queued. The new attempt appears in the list.");
    await expect.poll(() => manualOf(second.id)).toEqual([2]);
    await page.getByRole("link", { name: "All deliveries" }).click();
    await expect(deliveryRows(page)).toHaveCount(5);
    await expect(manualRows).toHaveCount(3);
    await expect(manualRows.first()).toContainText(second.id);
    await expect(manualRows.first().locator("td:nth-child(4)")).toHaveText("#2Manual");

    // The manual attempt's own detail says so.
    const api = await destinationAttempts(plain, tenant.id, failing.id);
    expect(api.map((a) => [a.event_id, a.attempt_number, a.manual])).toEqual([
      [second.id, 2, true],
      [first.id, 3, true],
      [first.id, 2, true],
      [second.id, 1, false],
      [first.id, 1, false],
    ]);
    await manualRows.first().getByRole("link").first().click();
    await expect(definition(card(page, "Attempt"), "Attempt")).toHaveText("#2Manual retry");
    await expect(definition(card(page, "Attempt"), "Attempt ID").locator("code")).toHaveText(
      api[0]!.id,
    );
    expect(loads).toEqual([]);
  });

  test("a disabled destination shows retry disabled, with the reason, in the list, the detail and the event", async ({
    page,
    plain,
  }) => {
    const scene = await tenantScenario(plain);
    const { tenant } = scene;
    const failing = await scene.failingWebhook("*");
    const event = await scene.publish({ topic: "user.created", data: { id: "u1" } });
    await plain.request("PUT", `/tenants/${tenant.id}/destinations/${failing.id}/disable`);
    const [attempt] = await destinationAttempts(plain, tenant.id, failing.id);

    await scene.open(page, deliveriesPath(failing.id));
    const note = "Retries are unavailable while the destination is disabled. Enable it to retry.";
    await expect(page.getByText(note)).toBeVisible();
    const listRetry = rowOfEvent(page, event.id).getByRole("button", {
      name: `Retry event ${event.id}`,
    });
    await expect(listRetry).toBeDisabled();
    await expect(listRetry).toHaveAccessibleDescription(note);

    await rowOfEvent(page, event.id).getByRole("link").first().click();
    await expect(definition(card(page, "Attempt"), "Attempt ID").locator("code")).toHaveText(
      attempt!.id,
    );
    const detailRetry = page.getByRole("button", { name: "Retry", exact: true });
    await expect(card(page, "Attempt")).toContainText(note);
    await expect(detailRetry).toBeDisabled();
    await expect(detailRetry).toHaveAccessibleDescription(note);

    await scene.open(page, `/activity/${event.id}`);
    const eventNote = "The destination is disabled; enable it to retry.";
    await expect(page.getByText(eventNote)).toBeVisible();
    const eventRetry = page.getByRole("button", { name: `Retry to ${FAILING}` });
    await expect(eventRetry).toBeDisabled();
    await expect(eventRetry).toHaveAccessibleDescription(eventNote);

    // Nothing was retried.
    expect(await destinationAttempts(plain, tenant.id, failing.id)).toHaveLength(1);
  });
});

test.describe("retry edge cases and missing records", () => {
  test("disabling and enabling on the destination page updates the Deliveries tab's retry at once", async ({
    page,
    plain,
  }) => {
    const scene = await tenantScenario(plain);
    const { tenant } = scene;
    const failing = await scene.failingWebhook("*");
    const event = await scene.publish({ topic: "order.paid" });
    await scene.open(page, deliveriesPath(failing.id));
    const retry = rowOfEvent(page, event.id).getByRole("button", {
      name: `Retry event ${event.id}`,
    });
    const note = page.getByText(
      "Retries are unavailable while the destination is disabled. Enable it to retry.",
    );
    await expect(retry).toBeEnabled();
    await expect(note).toHaveCount(0);

    await page.getByRole("button", { name: "Disable", exact: true }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Disable destination" }).click();
    await expectToast(page, "Destination disabled. No events are delivered to it.");
    await expect(note).toBeVisible();
    await expect(retry).toBeDisabled();

    await page.getByRole("button", { name: "Enable", exact: true }).click();
    await expectToast(page, "Destination enabled.");
    await expect(note).toHaveCount(0);
    await expect(retry).toBeEnabled();
    await retry.click();
    await expect(deliveryRows(page).filter({ hasText: "Manual" })).toHaveCount(1);
    const api = await destinationAttempts(plain, tenant.id, failing.id);
    expect(api.map((a) => [a.attempt_number, a.manual])).toEqual([
      [2, true],
      [1, false],
    ]);
  });

  test("a retry the API refuses says why and adds nothing", async ({ page, plain }) => {
    const scene = await tenantScenario(plain);
    const { tenant } = scene;
    const failing = await scene.failingWebhook(["order.paid", "order.created"]);
    const event = await scene.publish({ topic: "order.paid" });
    await scene.open(page, deliveriesPath(failing.id));
    const retry = rowOfEvent(page, event.id).getByRole("button", {
      name: `Retry event ${event.id}`,
    });
    await expect(retry).toBeEnabled();

    // Disabled behind the page's back.
    await plain.request("PUT", `/tenants/${tenant.id}/destinations/${failing.id}/disable`);
    await retry.click();
    await expect(
      page.getByText("Retry not possible: the destination is disabled. Enable it first."),
    ).toBeVisible();
    // The refusal reloads the destination, so the page now shows it disabled.
    await expect(retry).toBeDisabled();
    await expect(
      page.getByText("Retries are unavailable while the destination is disabled."),
    ).toBeVisible();

    // Enabled again, but no longer subscribed to the event's topic.
    await plain.request("PUT", `/tenants/${tenant.id}/destinations/${failing.id}/enable`);
    await plain.request("PATCH", `/tenants/${tenant.id}/destinations/${failing.id}`, {
      topics: ["order.created"],
    });
    await page.reload();
    await expect(retry).toBeEnabled();
    await retry.click();
    await expect(
      page.getByText("Retry failed: Destination does not match the event topic"),
    ).toBeVisible();
    await expect(retry).toBeEnabled();
    expect(await destinationAttempts(plain, tenant.id, failing.id)).toHaveLength(1);
    await expect(deliveryRows(page)).toHaveCount(1);
  });

  test("deep links to a missing attempt, event or destination say so", async ({ page, plain }) => {
    const scene = await tenantScenario(plain);
    const { tenant } = scene;
    const first = await scene.healthyWebhook("*");
    const second = await scene.failingWebhook(["user.created"]);
    await scene.publish({ topic: "user.created" });
    const [ofSecond] = await destinationAttempts(plain, tenant.id, second.id);

    // An attempt of another destination, under this one's address.
    await scene.open(page, `${deliveriesPath(first.id)}/${ofSecond!.id}`);
    await expect(page.getByRole("heading", { name: "Attempt not found" })).toBeVisible();
    await page.getByRole("link", { name: "All deliveries" }).click();
    await expect(deliveryRows(page)).toHaveCount(1);

    await scene.open(page, `${deliveriesPath(first.id)}/atm_does_not_exist`);
    await expect(page.getByRole("heading", { name: "Attempt not found" })).toBeVisible();

    await scene.open(page, "/activity/evt_does_not_exist");
    await expect(page.getByRole("heading", { name: "Event not found" })).toBeVisible();
    await page.getByRole("link", { name: "All activity" }).click();
    await expect(
      page.getByRole("table", { name: "Events, newest first" }).locator("tbody tr"),
    ).toHaveCount(1);

    // A destination ID the tenant doesn't have: the same not-found, naming what is missing.
    await scene.open(page, "/destinations/des_does_not_exist");
    await expect(
      page.getByRole("heading", { level: 1, name: "Destination not found" }),
    ).toBeVisible();
    await expect(page).toHaveTitle(/^Destination not found · /);
    await expect(
      page.getByText("No destination of your tenant has the ID des_does_not_exist"),
    ).toBeVisible();
    await page.getByRole("link", { name: "Go to destinations" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Destinations" })).toBeVisible();
  });

  test("auto-refresh picks up new deliveries by itself", async ({ page, plain }) => {
    const scene = await tenantScenario(plain);
    const hook = await scene.healthyWebhook("*");
    const first = await scene.publish({ topic: "order.paid" });
    await page.clock.install();
    await scene.open(page, deliveriesPath(hook.id));
    await expect(shownEventIds(page)).toHaveText([first.id]);
    await page.getByRole("checkbox", { name: "Auto-refresh" }).check();
    await expect(page).toHaveURL(/[?&]live=1/);

    // Requests for this destination's attempts, counted from now on.
    let fetches = 0;
    page.on("request", (r) => {
      if (r.url().includes(`/destinations/${hook.id}/attempts?`)) fetches += 1;
    });
    const second = await scene.publish({ topic: "order.created" });
    // After the 10 s interval the new delivery shows, without a click.
    await page.clock.runFor(10_500);
    await expect(shownEventIds(page)).toHaveText([second.id, first.id]);
    expect(fetches).toBe(1);

    // Off again: no more polling. A click on Refresh (whose request comes after any
    // timer's) then shows what arrived meanwhile.
    await page.getByRole("checkbox", { name: "Auto-refresh" }).uncheck();
    await expect(page).not.toHaveURL(/[?&]live=1/);
    const third = await scene.publish({ topic: "order.created" });
    await page.clock.runFor(35_000);
    await expect(shownEventIds(page)).toHaveText([second.id, first.id]);
    await page.getByRole("button", { name: "Refresh", exact: true }).click();
    await expect(shownEventIds(page)).toHaveText([third.id, second.id, first.id]);
    expect(fetches).toBe(2);
  });
});

test.describe("deliveries: empty, loading and error states", () => {
  test("a destination with no attempts shows the empty state", async ({ page, plain }) => {
    const scene = await tenantScenario(plain);
    const quiet = await scene.healthyWebhook(["order.paid"]);
    // An event of another topic reaches no destination.
    const other = await scene.publish({ topic: "user.created" });
    expect(other.destination_ids).toEqual([]);
    await scene.open(page, deliveriesPath(quiet.id));
    await expect(page.getByRole("heading", { name: "No deliveries match" })).toBeVisible();
    await expect(
      page.getByText("Nothing was delivered to this destination in the last 24 hours."),
    ).toBeVisible();
    await expect(deliveryRows(page)).toHaveCount(0);
    await expect(page.getByRole("navigation", { name: "Delivery pages" })).toHaveCount(0);
  });

  test("a skeleton shows while the attempts load, then the rows", async ({ page, plain }) => {
    const scene = await tenantScenario(plain);
    const hook = await scene.healthyWebhook("*");
    const event = await scene.publish({ topic: "order.paid" });
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let seen = 0;
    await page.route(`**/destinations/${hook.id}/attempts?**`, async (route) => {
      seen += 1;
      await held;
      await route.continue();
    });
    await scene.open(page, deliveriesPath(hook.id));
    await expect.poll(() => seen).toBe(1);
    const section = page.locator("section").filter({
      has: page.getByRole("heading", { name: "Deliveries", exact: true }),
    });
    await expect(section.locator(".animate-pulse")).toBeVisible();
    await expect(deliveryRows(page)).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "No deliveries match" })).toHaveCount(0);
    release();
    await expect(shownEventIds(page)).toHaveText([event.id]);
    await expect(section.locator(".animate-pulse")).toHaveCount(0);
  });

  test("an API failure shows the error with a working Try again", async ({ page, plain }) => {
    const scene = await tenantScenario(plain);
    const hook = await scene.failingWebhook("*");
    const event = await scene.publish({ topic: "order.paid" });
    let failures = 0;
    const fail = async (route: Route) => {
      failures += 1;
      await route.fulfill({
        status: 500,
        contentType: "application/json",
        body: JSON.stringify({ status: 500, message: "attempts store is unavailable" }),
      });
    };
    await page.route(`**/destinations/${hook.id}/attempts?**`, fail);
    await scene.open(page, deliveriesPath(hook.id));
    // 5xx are retried with backoff before the error shows.
    const alert = page.getByRole("alert").filter({ hasText: "Couldn't load deliveries" });
    await expect(alert).toBeVisible({ timeout: 15_000 });
    await expect(alert).toContainText("attempts store is unavailable");
    expect(failures).toBeGreaterThan(1);

    await page.unroute(`**/destinations/${hook.id}/attempts?**`, fail);
    await alert.getByRole("button", { name: "Try again" }).click();
    await expect(alert).toHaveCount(0);
    await expect(shownEventIds(page)).toHaveText([event.id]);
    await expect(statusCells(page)).toHaveText(["Failed · 500"]);
  });

  test("a single failed request is retried without showing an error", async ({ page, plain }) => {
    const scene = await tenantScenario(plain);
    const hook = await scene.healthyWebhook("*");
    const event = await scene.publish({ topic: "order.paid" });
    let calls = 0;
    await page.route(`**/destinations/${hook.id}/attempts?**`, async (route) => {
      calls += 1;
      if (calls === 1) await route.fulfill({ status: 500, body: "{}" });
      else await route.continue();
    });
    await scene.open(page, deliveriesPath(hook.id));
    await expect(shownEventIds(page)).toHaveText([event.id]);
    expect(calls).toBe(2);
    await expect(page.getByText("Couldn't load deliveries")).toHaveCount(0);
  });
});

test.describe("tenant-wide activity", () => {
  test("events are listed and filtered by destination and topic; an event's detail retries per destination", async ({
    page,
    plain,
  }) => {
    const scene = await tenantScenario(plain);
    const { tenant } = scene;
    const failing = await scene.failingWebhook(["order.created", "order.paid"]);
    const healthy = await scene.healthyWebhook(["order.paid", "user.created"]);
    const created = await scene.publish({ topic: "order.created", data: { n: 1 } });
    const paid = await scene.publish({
      topic: "order.paid",
      data: { order_id: "ord_paid_42", amount: 4200 },
    });
    const user1 = await scene.publish({ topic: "user.created", data: { n: 3 } });
    const user2 = await scene.publish({ topic: "user.created", data: { n: 4 } });
    // An event from three days ago: outside the default 24 hours.
    const old = await scene.publish({
      topic: "user.created",
      time: new Date(Date.now() - 3 * 86_400_000).toISOString(),
    });
    expect(created.destination_ids).toEqual([failing.id]);
    expect(paid.destination_ids.sort()).toEqual([failing.id, healthy.id].sort());
    expect(user1.destination_ids).toEqual([healthy.id]);

    const table = page.getByRole("table", { name: "Events, newest first" });
    const rows = table.locator("tbody tr");
    const ids = rows.locator("td:nth-child(4)");

    await openPortal(page, plain, tenant.id);
    await page.getByRole("link", { name: "Activity", exact: true }).click();
    await expect(page.getByRole("heading", { name: "Activity", level: 1 })).toBeVisible();
    await expect(ids).toHaveText([user2.id, user1.id, paid.id, created.id]);
    await expect(rows.locator("td:nth-child(2)")).toHaveText([
      "user.created",
      "user.created",
      "order.paid",
      "order.created",
    ]);
    await expect(rows.locator("td:nth-child(3)")).toHaveText(["1", "1", "2", "1"]);

    // By destination.
    await page.getByRole("combobox", { name: "Destination" }).selectOption(failing.id);
    await expect(page).toHaveURL(new RegExp(`[?&]destination=${failing.id}`));
    await expect(ids).toHaveText([paid.id, created.id]);
    // And topic.
    await page.getByRole("combobox", { name: "Topic" }).selectOption("order.paid");
    await expect(ids).toHaveText([paid.id]);
    await page.getByRole("combobox", { name: "Destination" }).selectOption(healthy.id);
    await expect(ids).toHaveText([paid.id]);
    await page.getByRole("combobox", { name: "Topic" }).selectOption("order.created");
    await expect(page.getByRole("heading", { name: "No events match" })).toBeVisible();
    await page.getByRole("combobox", { name: "Destination" }).selectOption("");
    await expect(ids).toHaveText([created.id]);
    await page.getByRole("combobox", { name: "Topic" }).selectOption("user.created");
    await expect(ids).toHaveText([user2.id, user1.id]);
    await page.getByRole("combobox", { name: "Time range" }).selectOption("7d");
    await expect(ids).toHaveText([user2.id, user1.id, old.id]);
    await expect(page).toHaveURL(/[?&]topic=user\.created/);
    await expect(page).toHaveURL(/[?&]range=7d/);
    await page.reload();
    await expect(page.getByRole("combobox", { name: "Topic" })).toHaveValue("user.created");
    await expect(page.getByRole("combobox", { name: "Time range" })).toHaveValue("7d");
    await expect(ids).toHaveText([user2.id, user1.id, old.id]);
    await page.getByRole("combobox", { name: "Time range" }).selectOption("24h");
    await page.getByRole("combobox", { name: "Topic" }).selectOption("");
    await expect(ids).toHaveText([user2.id, user1.id, paid.id, created.id]);

    // The event delivered to both destinations.
    await rows.filter({ hasText: paid.id }).getByRole("link").click();
    await expect(page).toHaveURL(new RegExp(`/activity/${paid.id}$`));
    const eventCard = card(page, "Event");
    await expect(definition(eventCard, "Event ID").locator("code")).toHaveText(paid.id);
    await expect(definition(eventCard, "Topic")).toHaveText("order.paid");
    await expect(page.getByRole("region", { name: "event payload" })).toContainText(
      '"order_id": "ord_paid_42"',
    );
    const toFailing = page.getByRole("list", { name: `Attempts to ${FAILING}` });
    const toHealthy = page.getByRole("list", { name: `Attempts to ${HEALTHY}` });
    await expect(toFailing.getByRole("listitem")).toHaveCount(1);
    await expect(toFailing.getByRole("listitem")).toContainText("Failed · 500");
    await expect(toFailing.getByRole("listitem")).toContainText("#1");
    await expect(toHealthy.getByRole("listitem")).toHaveCount(1);
    await expect(toHealthy.getByRole("listitem")).toContainText("Success · 200");

    // Retry to the failing destination only.
    await page.getByRole("button", { name: `Retry to ${FAILING}` }).click();
    await expectToast(page, "Retry queued. The new attempt appears in the list.");
    await expect
      .poll(async () =>
        (await eventAttempts(plain, tenant.id, paid.id))
          .map((a) => `${a.destination_id}#${a.attempt_number}${a.manual ? "m" : ""}`)
          .sort(),
      )
      .toEqual([`${failing.id}#1`, `${failing.id}#2m`, `${healthy.id}#1`].sort());
    await expect(toFailing.getByRole("listitem")).toHaveCount(2);
    await expect(toFailing.getByRole("listitem").nth(1)).toContainText("#2");
    await expect(toFailing.getByRole("listitem").nth(1)).toContainText("Manual");
    await expect(toHealthy.getByRole("listitem")).toHaveCount(1);

    // An attempt links to its detail.
    const manual = (await eventAttempts(plain, tenant.id, paid.id)).find((a) => a.manual)!;
    await toFailing.getByRole("listitem").nth(1).getByRole("link").click();
    await expect(page).toHaveURL(
      new RegExp(`/destinations/${failing.id}/deliveries/${manual.id}$`),
    );
    await expect(definition(card(page, "Attempt"), "Attempt")).toHaveText("#2Manual retry");
  });
});

test.describe("small screens", () => {
  test("at 320 px the delivery screens reflow without scrolling the page sideways", async ({
    page,
    plain,
  }) => {
    await page.setViewportSize({ width: 320, height: 720 });
    const scene = await tenantScenario(plain);
    const { tenant } = scene;
    const hook = await scene.failingWebhook("*");
    const event = await scene.publish({
      topic: "order.paid",
      data: { note: "a long value ".repeat(20), nested: { deeper: { key: "x".repeat(60) } } },
    });
    const [attempt] = await destinationAttempts(plain, tenant.id, hook.id);
    const screens: [string, string, Locator][] = [
      ["deliveries", deliveriesPath(hook.id), deliveryRows(page)],
      [
        "attempt detail",
        `${deliveriesPath(hook.id)}/${attempt!.id}`,
        page.getByRole("region", { name: "response body" }),
      ],
      [
        "activity",
        "/activity",
        page.getByRole("table", { name: "Events, newest first" }).locator("tbody tr"),
      ],
      [
        "event detail",
        `/activity/${event.id}`,
        page.getByRole("list", { name: `Attempts to ${FAILING}` }),
      ],
      [
        "metrics",
        `/destinations/${hook.id}/metrics`,
        page.getByRole("img", { name: /^Deliveries over the last 24 hours/ }),
      ],
    ];
    for (const [name, path, content] of screens) {
      await scene.open(page, path);
      await expect(content).toBeVisible();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect.soft(overflow, `horizontal page overflow on ${name}`).toBeLessThanOrEqual(0);
    }
  });
});
