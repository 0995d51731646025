import type { Page } from "@playwright/test";
import {
  card,
  definition,
  destinationAttempts,
  publishMany,
  type ApiAttempt,
} from "./support/activity";
import { expectNoA11yViolations } from "./support/a11y";
import { expectNoHorizontalScroll, openPortal, type SandboxApi } from "./support/destinations";
import { expect, test } from "./support/fixtures";
import { tenantScenario, WEBHOOK_URLS } from "./support/scenario";

const table = (page: Page) =>
  page.getByRole("table", { name: "Delivery attempts across destinations, newest first" });
const rows = (page: Page) => table(page).locator("tbody tr");
const eventCells = (page: Page) => rows(page).locator("td:nth-child(6)");
const statusCells = (page: Page) => rows(page).locator("td:nth-child(2)");
const destinationCells = (page: Page) => rows(page).locator("td:nth-child(3)");

/** Every attempt of the tenant through the admin API (tenant-wide `/attempts`). */
async function tenantAttempts(
  api: SandboxApi,
  tenantId: string,
  query: Record<string, string> = {},
) {
  const params = new URLSearchParams({ tenant_id: tenantId, limit: "1000", ...query });
  const page = await api.request<{ models: ApiAttempt[] }>("GET", `/attempts?${params}`);
  return page.models;
}

test.describe("Delivery log (tenant-wide)", () => {
  test("lists attempts across destinations and filters them by status, code, destination, topic and event, in the URL", async ({
    page,
    plain,
  }) => {
    const scene = await tenantScenario(plain);
    const failing = await scene.failingWebhook(["order.created", "order.paid"]);
    const healthy = await scene.healthyWebhook("*");
    const slow = await scene.webhook(WEBHOOK_URLS.timingOut, ["order.paid"]);
    const created = [];
    for (let i = 0; i < 3; i++) created.push(await scene.publish({ topic: "order.created" }));
    for (let i = 0; i < 2; i++) await scene.publish({ topic: "order.paid" });
    await scene.publish({ topic: "user.created" });

    const all = await tenantAttempts(plain, scene.tenant.id);
    // 3 + 2 to the failing webhook, 6 to the healthy one, 2 to the one timing out.
    expect(all).toHaveLength(13);
    const failed = all.filter((a) => a.status === "failed");
    expect(failed.map((a) => a.code).sort()).toEqual([
      ...Array(5).fill("500"),
      ...Array(2).fill("timeout"),
    ]);

    await openPortal(page, plain, scene.tenant.id);
    await page.getByRole("link", { name: "Delivery log", exact: true }).click();
    await expect(page.getByRole("heading", { name: "Delivery log", level: 1 })).toBeVisible();
    await expect(rows(page)).toHaveCount(13);
    await expect(page.getByText("13 attempts on this page")).toBeVisible();
    // Newest first, exactly as the API lists them, each with its destination.
    await expect(eventCells(page)).toHaveText(all.map((a) => a.event_id));
    const urlOf = {
      [failing.id]: WEBHOOK_URLS.failing,
      [healthy.id]: WEBHOOK_URLS.healthy,
      [slow.id]: WEBHOOK_URLS.timingOut,
    };
    await expect(destinationCells(page)).toHaveText(all.map((a) => urlOf[a.destination_id]!));

    // Status.
    await page.getByRole("combobox", { name: "Status" }).selectOption("failed");
    await expect(page).toHaveURL(/[?&]status=failed/);
    await expect(eventCells(page)).toHaveText(failed.map((a) => a.event_id));
    await expect(statusCells(page)).toHaveText(failed.map((a) => `Failed · ${a.code}`));

    // Code class: 5xx, then timeouts.
    await page.getByRole("combobox", { name: "Response code" }).selectOption("5xx");
    await expect(page).toHaveURL(/[?&]code=5xx/);
    await expect(rows(page)).toHaveCount(5);
    await expect(
      page.getByText("5 of 7 attempts on this page have 5xx server error codes"),
    ).toBeVisible();
    await expect(destinationCells(page)).toHaveText(Array(5).fill(WEBHOOK_URLS.failing));
    await page.getByRole("combobox", { name: "Response code" }).selectOption("timeout");
    await expect(rows(page)).toHaveCount(2);
    await expect(destinationCells(page)).toHaveText(Array(2).fill(WEBHOOK_URLS.timingOut));

    // A reload keeps every filter: they live in the address.
    await page.reload();
    await expect(rows(page)).toHaveCount(2);
    await expect(page.getByRole("combobox", { name: "Response code" })).toHaveValue("timeout");
    await expect(page.getByRole("combobox", { name: "Status" })).toHaveValue("failed");

    // Destination and topic, codes cleared.
    await page.getByRole("combobox", { name: "Response code" }).selectOption("");
    await page.getByRole("combobox", { name: "Status" }).selectOption("");
    await page.getByRole("combobox", { name: "Destination" }).selectOption(healthy.id);
    await expect(page).toHaveURL(new RegExp(`[?&]destination=${healthy.id}`));
    const healthyAttempts = await destinationAttempts(plain, scene.tenant.id, healthy.id);
    await expect(eventCells(page)).toHaveText(healthyAttempts.map((a) => a.event_id));
    await page.getByRole("combobox", { name: "Topic" }).selectOption("order.paid");
    await expect(eventCells(page)).toHaveText(
      healthyAttempts.filter((a) => a.event?.topic === "order.paid").map((a) => a.event_id),
    );

    // An event ID: its attempts to every destination.
    await page.getByRole("combobox", { name: "Destination" }).selectOption("");
    await page.getByRole("combobox", { name: "Topic" }).selectOption("");
    await page.getByRole("textbox", { name: "Event ID" }).fill(created[1]!.id);
    await page.getByRole("button", { name: "Find" }).click();
    await expect(page).toHaveURL(new RegExp(`[?&]event=${created[1]!.id}`));
    await expect(eventCells(page)).toHaveText([created[1]!.id, created[1]!.id]);
    expect((await destinationCells(page).allTextContents()).sort()).toEqual(
      [WEBHOOK_URLS.failing, WEBHOOK_URLS.healthy].sort(),
    );
    // The event links to its page.
    await eventCells(page).first().getByRole("link").click();
    await expect(page.getByRole("heading", { name: "Event", level: 1 })).toBeVisible();
    await page.goBack();
    await expect(page.getByRole("textbox", { name: "Event ID" })).toHaveValue(created[1]!.id);
  });

  test("pages with the API's cursors, 50 a page", async ({ page, plain }) => {
    test.setTimeout(45_000);
    const scene = await tenantScenario(plain);
    await scene.failingWebhook("*");
    await scene.healthyWebhook("*");
    await publishMany(plain, scene.tenant.id, 30, () => ({ topic: "user.created" }));
    const all = await tenantAttempts(plain, scene.tenant.id);
    expect(all).toHaveLength(60);

    await scene.open(page, "/deliveries");
    await expect(eventCells(page)).toHaveText(all.slice(0, 50).map((a) => a.event_id));
    await page
      .getByRole("navigation", { name: "Delivery pages" })
      .getByRole("button", { name: "Older" })
      .click();
    await expect(page).toHaveURL(/[?&]next=/);
    await expect(eventCells(page)).toHaveText(all.slice(50).map((a) => a.event_id));
    await page.getByRole("button", { name: "Newer" }).click();
    await expect(eventCells(page)).toHaveText(all.slice(0, 50).map((a) => a.event_id));
  });

  test("Activity shows each event's outcome per destination", async ({ page, plain }) => {
    const scene = await tenantScenario(plain);
    await scene.failingWebhook(["order.paid", "order.created"]);
    await scene.healthyWebhook(["order.paid", "user.created"]);
    const both = await scene.publish({ topic: "order.paid" });
    const onlyFailing = await scene.publish({ topic: "order.created" });
    const onlyHealthy = await scene.publish({ topic: "user.created" });
    expect(both.destination_ids).toHaveLength(2);

    await scene.open(page, "/activity");
    const events = page.getByRole("table", { name: "Events, newest first" }).locator("tbody tr");
    await expect(events.locator("td:nth-child(4)")).toHaveText([
      onlyHealthy.id,
      onlyFailing.id,
      both.id,
    ]);
    await expect(events.locator("td:nth-child(5)")).toHaveText([
      "1 delivered",
      "1 failing",
      "1 delivered · 1 failing",
    ]);
  });
});

test.describe("health in words", () => {
  test("a failing destination says Failing with its reason on the list, the header and the tenant page; a healthy one says Healthy", async ({
    page,
    plain,
  }) => {
    const scene = await tenantScenario(plain);
    const failing = await scene.failingWebhook(["order.created"]);
    const healthy = await scene.healthyWebhook(["order.created"]);
    const slow = await scene.webhook(WEBHOOK_URLS.timingOut, ["order.created"]);
    for (let i = 0; i < 12; i++) await scene.publish({ topic: "order.created" });
    const failed = await destinationAttempts(plain, scene.tenant.id, failing.id);
    expect(failed).toHaveLength(12);
    // The latest failed attempt's code, as the API has it: what "last error" must say.
    expect(failed[0]!.code).toBe("500");
    expect((await destinationAttempts(plain, scene.tenant.id, slow.id))[0]!.code).toBe("timeout");
    expect(
      (await destinationAttempts(plain, scene.tenant.id, healthy.id)).map((a) => a.status),
    ).toEqual(Array(12).fill("success"));

    await openPortal(page, plain, scene.tenant.id);
    const rowOf = (url: string) =>
      page
        .getByRole("listitem")
        .filter({ has: page.getByRole("link", { name: url, exact: true }) });
    await expect(rowOf(WEBHOOK_URLS.failing)).toContainText("Failing");
    await expect(rowOf(WEBHOOK_URLS.failing)).toContainText("12 failed");
    // The list says the last error too, seen and read out with the health.
    await expect(
      rowOf(WEBHOOK_URLS.failing).getByText("last error 500", { exact: true }),
    ).toBeVisible();
    await expect(rowOf(WEBHOOK_URLS.failing)).toContainText(
      "Health: Failing: 12 of 12 deliveries failed in the last 24 h · last error 500",
    );
    await expect(
      rowOf(WEBHOOK_URLS.timingOut).getByText("last error timeout", { exact: true }),
    ).toBeVisible();
    await expect(rowOf(WEBHOOK_URLS.healthy)).toContainText("Healthy");
    await expect(rowOf(WEBHOOK_URLS.healthy)).toContainText(
      "All 12 deliveries succeeded in the last 24 h",
    );
    await expect(rowOf(WEBHOOK_URLS.healthy)).not.toContainText("Failing");
    await expect(rowOf(WEBHOOK_URLS.healthy)).not.toContainText("last error");

    // Header: the state, the reason with the last error, and a banner with the way forward.
    await page.getByRole("link", { name: WEBHOOK_URLS.failing, exact: true }).click();
    await expect(
      page.getByText("12 of 12 deliveries failed in the last 24 h · last error 500", {
        exact: true,
      }),
    ).toBeVisible();
    const banner = page.getByRole("note", { name: "Failing destination" });
    await expect(banner).toContainText("This destination is failing.");
    await banner.getByRole("link", { name: "See failed deliveries" }).click();
    await expect(page).toHaveURL(
      new RegExp(`/destinations/${failing.id}/deliveries\\?status=failed`),
    );
    await expect(page.getByRole("button", { name: "Retry failed deliveries" })).toBeEnabled();

    await scene.open(page, `/destinations/${healthy.id}`);
    await expect(
      page.getByText("All 12 deliveries succeeded in the last 24 h", { exact: true }),
    ).toBeVisible();
    await expect(page.getByRole("note", { name: "Failing destination" })).toHaveCount(0);

    // Tenant overview: counts and the destinations needing attention, with reason and last error.
    await page.getByRole("link", { name: "Tenant", exact: true }).click();
    await expect(page.getByTestId("health-counts")).toHaveText("2 failing · 1 healthy");
    const health = card(page, "Destination health");
    await expect(health.getByRole("link", { name: WEBHOOK_URLS.failing })).toBeVisible();
    await expect(
      health.getByText("12 of 12 deliveries failed in the last 24 h · last error 500", {
        exact: true,
      }),
    ).toBeVisible();
    await expect(
      health.getByText("12 of 12 deliveries failed in the last 24 h · last error timeout", {
        exact: true,
      }),
    ).toBeVisible();
    await expect(health.getByRole("link", { name: WEBHOOK_URLS.healthy })).toHaveCount(0);
  });
});

test.describe("new screens are axe-clean and fit 320 px", () => {
  for (const theme of ["light", "dark"] as const) {
    test(`Delivery log, failing header and tenant health (${theme})`, async ({ page, plain }) => {
      test.setTimeout(45_000);
      const scene = await tenantScenario(plain);
      const failing = await scene.failingWebhook("*");
      await scene.healthyWebhook("*");
      for (let i = 0; i < 3; i++) await scene.publish({ topic: "order.paid" });

      for (const width of [1280, 320]) {
        await page.setViewportSize({ width, height: 800 });
        // The list with its health and last error.
        await scene.open(page, "/", theme);
        await expect(page.getByText("last error 500", { exact: true })).toBeVisible();
        await expectNoA11yViolations(page);
        await expectNoHorizontalScroll(page);

        await scene.open(page, "/deliveries?status=failed", theme);
        await expect(rows(page)).toHaveCount(3);
        await expectNoA11yViolations(page);
        await expectNoHorizontalScroll(page);

        await scene.open(page, `/destinations/${failing.id}`, theme);
        await expect(page.getByRole("note", { name: "Failing destination" })).toBeVisible();
        await expectNoA11yViolations(page);
        await expectNoHorizontalScroll(page);

        await scene.open(page, "/tenant", theme);
        await expect(page.getByTestId("health-counts")).toHaveText("1 failing · 1 healthy");
        await expectNoA11yViolations(page);
        await expectNoHorizontalScroll(page);
      }
      await page.screenshot({
        path: `test-results/deliveries-tenant-320-${theme}.png`,
        fullPage: true,
      });
    });
  }
});

test.describe("attempt detail, times and disabling", () => {
  test("attempt detail: status and code in one place, copyable IDs, the event linked, previous and next attempt; times with seconds, zone and ISO", async ({
    page,
    plain,
  }) => {
    const scene = await tenantScenario(plain);
    const failing = await scene.failingWebhook(["order.created"]);
    const event = await scene.publish({ topic: "order.created" });
    await plain.request("POST", "/retry", { event_id: event.id, destination_id: failing.id });
    await plain.request("POST", "/retry", { event_id: event.id, destination_id: failing.id });
    const attempts = await destinationAttempts(plain, scene.tenant.id, failing.id);
    expect(attempts.map((a) => a.manual)).toEqual([true, true, false]);
    const [third, second, first] = attempts;

    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    await scene.open(page, `/destinations/${failing.id}/deliveries/${second!.id}`);
    const attempt = card(page, "Attempt");
    await expect(definition(attempt, "Status")).toHaveText("Failed · 500");
    await expect(attempt.locator("dt")).not.toContainText(["Response code"]);
    // The time: seconds and a zone on screen, the exact instant on hover.
    const time = definition(attempt, "Time").locator("time");
    await expect(time).toHaveText(/\d{1,2}:\d{2}:\d{2}.*(UTC|GMT|[A-Z]{2,5}|[+-]\d)/);
    await expect(time).toHaveAttribute("title", new Date(second!.time).toISOString());

    await attempt.getByRole("button", { name: "Copy attempt ID" }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(second!.id);

    const siblings = page.getByRole("navigation", { name: "Attempts of this event" });
    await expect(siblings).toContainText("Attempt 2 of 3 for this event");
    await siblings.getByRole("link", { name: "Next attempt" }).click();
    await expect(definition(attempt, "Attempt ID").locator("code")).toHaveText(third!.id);
    await expect(siblings).toContainText("Attempt 3 of 3 for this event");
    await siblings.getByRole("link", { name: "Previous attempt" }).click();
    await siblings.getByRole("link", { name: "Previous attempt" }).click();
    await expect(definition(attempt, "Attempt ID").locator("code")).toHaveText(first!.id);
    await expect(siblings.getByRole("link", { name: "Previous attempt" })).toHaveCount(0);

    const eventCard = card(page, "Event");
    await eventCard.getByRole("button", { name: "Copy event ID" }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(event.id);
    await definition(eventCard, "Event ID").getByRole("link", { name: event.id }).click();
    await expect(page).toHaveURL(new RegExp(`/activity/${event.id}$`));
    await expect(page.getByRole("heading", { name: "Event", level: 1 })).toBeVisible();
  });

  test("Disable asks first and says what happens to events meanwhile", async ({ page, plain }) => {
    const scene = await tenantScenario(plain);
    const hook = await scene.healthyWebhook("*");
    const state = async () =>
      (
        await plain.request<{ disabled_at: string | null }>(
          "GET",
          `/tenants/${scene.tenant.id}/destinations/${hook.id}`,
        )
      ).disabled_at;

    await scene.open(page, `/destinations/${hook.id}`);
    await page.getByRole("button", { name: "Disable", exact: true }).click();
    const confirm = page.getByRole("dialog", { name: "Disable this destination?" });
    await expect(confirm).toContainText(
      "Events published while it is disabled are not delivered to it",
    );
    await expectNoA11yViolations(page);
    await confirm.getByRole("button", { name: "Cancel" }).click();
    await expect(confirm).toBeHidden();
    await expect(page.getByRole("button", { name: "Disable", exact: true })).toBeFocused();
    expect(await state()).toBeNull();

    await page.getByRole("button", { name: "Disable", exact: true }).click();
    await confirm.getByRole("button", { name: "Disable destination" }).click();
    await expect(page.getByRole("button", { name: "Enable", exact: true })).toBeVisible();
    await expect.poll(state).not.toBeNull();
  });
});

test.describe("signature verification guide", () => {
  test("webhook settings explain Outpost's default signatures with copyable code, and Standard Webhooks when the portal says so", async ({
    page,
    plain,
  }) => {
    const scene = await tenantScenario(plain);
    const hook = await scene.healthyWebhook("*");
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);

    await scene.open(page, `/destinations/${hook.id}/settings`);
    const guide = card(page, "Verify webhook signatures");
    await expect(guide).toContainText("x-outpost-signature");
    await expect(guide).toContainText("v0=<new>,<previous>");
    const code = guide.getByRole("region", { name: "Node.js verification code" });
    await expect(code).toContainText('createHmac("sha256", secret).update(rawBody)');
    await guide.getByRole("button", { name: "Copy Node.js verification code" }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain("export function verifyOutpostSignature(rawBody, header, secret)");
    await guide.getByRole("radio", { name: "Python" }).check();
    await expect(guide.getByRole("region", { name: "Python verification code" })).toContainText(
      "def verify_outpost_signature(",
    );
    await guide.getByRole("radio", { name: "Go" }).check();
    await expect(guide.getByRole("region", { name: "Go verification code" })).toContainText(
      "func VerifyOutpostSignature(",
    );
    // Setup instructions stay reachable after creation.
    const setup = card(page, "Setup instructions");
    await setup.getByText("Show the instructions").click();
    await expect(setup.locator(".markdown")).not.toBeEmpty();
    await expectNoA11yViolations(page);

    // A deployment in Standard Webhooks mode.
    await page.route("**/portal-settings.js", (route) =>
      route.fulfill({
        contentType: "application/javascript",
        body: 'window.PORTAL_SETTINGS = { WEBHOOK_SIGNATURE_MODE: "standard" };',
      }),
    );
    await scene.open(page, `/destinations/${hook.id}/settings`);
    await expect(guide).toContainText("Standard Webhooks");
    await expect(guide.getByRole("region", { name: "Node.js verification code" })).toContainText(
      "export function verifyStandardWebhook(",
    );
    await expect(guide).not.toContainText("x-outpost-signature");
  });
});

test.describe("per-topic metrics", () => {
  test("the metrics tab counts deliveries, failures and error rate per topic", async ({
    page,
    plain,
  }) => {
    const scene = await tenantScenario(plain);
    const failing = await scene.failingWebhook(["order.paid", "user.created"]);
    for (let i = 0; i < 3; i++) await scene.publish({ topic: "order.paid" });
    await scene.publish({ topic: "user.created" });
    expect(await destinationAttempts(plain, scene.tenant.id, failing.id)).toHaveLength(4);

    await scene.open(page, `/destinations/${failing.id}/metrics`);
    const table = page.getByRole("table", { name: "Deliveries by topic" });
    await expect(table.locator("tbody tr")).toHaveText([
      /^order\.paid\s*3\s*3\s*100\s?%$/,
      /^user\.created\s*1\s*1\s*100\s?%$/,
    ]);
  });
});
