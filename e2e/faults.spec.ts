import type { Page } from "@playwright/test";
import { expectNoA11yViolations } from "./support/a11y";
import { expectNoHorizontalScroll, listDestinations } from "./support/destinations";
import { startFaultProxy, type FaultProxy } from "./support/fault-proxy";
import { expect, test as base } from "./support/fixtures";
import { SERVERS } from "./support/servers";

/** Short deadlines, so a hung request fails within the test's patience. */
const READ_TIMEOUT_MS = 3000;
const WRITE_TIMEOUT_MS = 4000;

const test = base.extend<{ faults: FaultProxy }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern
  faults: async ({}, use) => {
    const proxy = await startFaultProxy(SERVERS.plain.origin);
    await use(proxy);
    await proxy.close();
  },
});

/** The portal through the proxy, with the deadlines above, signed in as `tenantId`. */
async function openThroughProxy(
  page: Page,
  proxy: FaultProxy,
  token: string,
  path = "/",
  settings: Record<string, string> = {},
) {
  await page.route("**/portal-settings.js", (route) =>
    route.fulfill({
      contentType: "application/javascript",
      body: `window.PORTAL_SETTINGS = ${JSON.stringify({
        READ_TIMEOUT_MS: String(READ_TIMEOUT_MS),
        WRITE_TIMEOUT_MS: String(WRITE_TIMEOUT_MS),
        ...settings,
      })};`,
    }),
  );
  const url = new URL(path, proxy.origin);
  url.searchParams.set("token", token);
  await page.goto(url.href);
}

const api = (tenantId: string) => `/api/v1/tenants/${tenantId}`;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

test.describe("faults", () => {
  test("a hung read shows Try again within the deadline, and Try again recovers", async ({
    page,
    plain,
    faults: proxy,
  }) => {
    const tenant = await plain.createTenant();
    await plain.request("POST", `/tenants/${tenant.id}/destinations`, {
      type: "webhook",
      topics: "*",
      config: { url: "https://hooks.example.com/hung-read" },
    });
    const list = new RegExp(`^${escape(api(tenant.id))}/destinations$`);
    proxy.inject({ method: "GET", path: list, fault: { kind: "hang" }, times: 1 });

    const started = Date.now();
    await openThroughProxy(page, proxy, await plain.token(tenant.id));
    const retry = page.getByRole("button", { name: "Try again" });
    await expect(retry).toBeVisible({ timeout: READ_TIMEOUT_MS + 4000 });
    const waited = Date.now() - started;
    expect(waited).toBeGreaterThanOrEqual(READ_TIMEOUT_MS);
    expect(waited).toBeLessThan(READ_TIMEOUT_MS + 4000);
    await expect(
      page.getByRole("alert").filter({ hasText: "took too long to answer" }),
    ).toContainText("Couldn't load your destinations");

    await retry.click();
    await expect(page.getByRole("link", { name: "hooks.example.com/hung-read" })).toBeVisible();
    expect(proxy.seen.filter((line) => list.test(line.split(" ")[1]!))).toHaveLength(2);
  });

  test("a create whose answer is lost, then Create again, yields exactly one destination", async ({
    page,
    plain,
    faults: proxy,
  }) => {
    const tenant = await plain.createTenant();
    const create = new RegExp(`^${escape(api(tenant.id))}/destinations$`);
    const check = new RegExp(`^${escape(api(tenant.id))}/destinations/des_[0-9a-f]{32}$`);
    // Every answer to the create is lost (the browser's own replays too), and so is the
    // check that follows it: the portal can't know, and says so.
    proxy.inject({ method: "POST", path: create, fault: { kind: "reset-after-forward" } });
    proxy.inject({
      method: "GET",
      path: check,
      fault: { kind: "respond", status: 500, body: "{}" },
      times: 1,
    });

    await openThroughProxy(
      page,
      proxy,
      await plain.token(tenant.id),
      "/destinations/new?type=webhook&step=configure&topics=*",
    );
    await page
      .getByRole("textbox", { name: "Webhook URL", exact: true })
      .fill("https://hooks.example.com/lost-create");
    const createButton = page.getByRole("button", { name: "Create destination" });
    await createButton.click();
    await expect(
      page.getByRole("alert").filter({ hasText: "whether the destination was created" }),
    ).toContainText("Creating again is safe");
    const posted = proxy.seen.filter((line) => line.startsWith("POST ")).length;
    expect(posted).toBeGreaterThanOrEqual(1);
    // The server did apply it.
    expect(await listDestinations(plain, tenant.id)).toHaveLength(1);

    proxy.clear();
    await createButton.click();
    await expect(page).toHaveURL(/\/destinations\/des_[0-9a-f]{32}$/);
    const [only, ...others] = await listDestinations(plain, tenant.id);
    expect(others).toEqual([]);
    expect(page.url()).toContain(`/destinations/${only!.id}`);
    expect(only!.config.url).toBe("https://hooks.example.com/lost-create");
    expect(proxy.seen.filter((line) => line.startsWith("POST ")).length).toBeGreaterThan(posted);
  });

  test("a 429 with Retry-After says the wait in words, and Retry now retries", async ({
    page,
    plain,
    faults: proxy,
  }) => {
    const tenant = await plain.createTenant();
    await plain.request("POST", `/tenants/${tenant.id}/destinations`, {
      type: "webhook",
      topics: "*",
      config: { url: "https://hooks.example.com/limited" },
    });
    proxy.inject({
      method: "GET",
      path: new RegExp(`^${escape(api(tenant.id))}/destinations$`),
      fault: {
        kind: "respond",
        status: 429,
        headers: { "Retry-After": "120" },
        body: JSON.stringify({ status: 429, message: "rate limited" }),
      },
      times: 1,
    });
    await openThroughProxy(page, proxy, await plain.token(tenant.id));
    await expect(
      page.getByRole("heading", { name: "Too many requests — retrying in 2 minutes" }),
    ).toBeVisible();
    await expectNoA11yViolations(page);
    await page.getByRole("button", { name: "Retry now" }).click();
    await expect(page.getByRole("link", { name: "hooks.example.com/limited" })).toBeVisible();
  });

  test("a save answered with a wrong-shaped 200 is not reported saved; the re-read tells", async ({
    page,
    plain,
    faults: proxy,
  }) => {
    const tenant = await plain.createTenant({ plan: "free" });
    proxy.inject({
      method: "PUT",
      path: new RegExp(`^${escape(api(tenant.id))}$`),
      fault: { kind: "respond", status: 200, body: '{"ok":true}' },
      times: 1,
    });
    await openThroughProxy(page, proxy, await plain.token(tenant.id), "/tenant");
    await page.getByRole("button", { name: "Edit metadata" }).click();
    const editor = page.getByRole("group", { name: "Tenant metadata" });
    await editor.getByRole("textbox", { name: "Value 1", exact: true }).fill("pro");
    await page.getByRole("button", { name: "Save metadata" }).click();
    // The PUT never reached the server: the check says so, and the edit stays open.
    await expect(page.getByRole("alert").filter({ hasText: "wasn't saved" })).toBeVisible();
    await expect(editor.getByRole("textbox", { name: "Value 1", exact: true })).toHaveValue("pro");
    expect(
      (await plain.request<{ metadata: unknown }>("GET", `/tenants/${tenant.id}`)).metadata,
    ).toEqual({ plan: "free" });

    await page.getByRole("button", { name: "Save metadata" }).click();
    await expect(page.getByRole("button", { name: "Edit metadata" })).toBeVisible();
    expect(
      (await plain.request<{ metadata: unknown }>("GET", `/tenants/${tenant.id}`)).metadata,
    ).toEqual({ plan: "pro" });
  });

  test("hostile strings from the API render isolated, linked only over http(s), and fit 320 px", async ({
    page,
    plain,
    faults: proxy,
  }) => {
    const tenant = await plain.createTenant();
    const longId = `des_${"9".repeat(296)}`;
    const longTopic = `order.${"x".repeat(3000)}`;
    const reversed = "order.\u202Edetaerc";
    const hostile = {
      id: longId,
      type: "webhook",
      topics: [reversed, longTopic],
      config: { url: `https://hooks.example.com/${"a".repeat(400)}` },
      credentials: {},
      disabled_at: null,
      created_at: "2026-01-01T00:00:00Z",
      updated_at: "2026-01-01T00:00:00Z",
      target: `hooks.example.com/${"a".repeat(400)}`,
      target_url: "data:text/html,<script>alert(1)</script>",
    };
    proxy.inject({
      method: "GET",
      path: new RegExp(`^${escape(api(tenant.id))}/destinations$`),
      fault: { kind: "respond", status: 200, body: JSON.stringify([hostile]) },
    });
    proxy.inject({
      method: "GET",
      path: new RegExp(`^${escape(api(tenant.id))}/destinations/${longId}$`),
      fault: { kind: "respond", status: 200, body: JSON.stringify(hostile) },
    });
    await page.setViewportSize({ width: 320, height: 800 });

    await openThroughProxy(page, proxy, await plain.token(tenant.id));
    await expect(page.getByRole("heading", { name: "Destinations", level: 1 })).toBeVisible();
    await expect(page.getByRole("link", { name: hostile.target })).toBeVisible();
    await expectNoHorizontalScroll(page);
    expect(await page.locator("a[href^='data:'], a[href^='javascript:']").count()).toBe(0);
    await page.screenshot({ path: test.info().outputPath("hostile-list-320.png"), fullPage: true });

    await page.getByRole("link", { name: hostile.target }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("hooks.example.com/");
    await expectNoHorizontalScroll(page);
    expect(await page.locator("a[href^='data:'], a[href^='javascript:']").count()).toBe(0);
    // The full values are on the page, wrapped, not cut.
    await expect(page.getByText(longId, { exact: true })).toBeVisible();
    const topics = page.getByRole("list", { name: "Topics" });
    await expect(topics.getByText(longTopic, { exact: true })).toBeVisible();
    // U+202E stays inside its own isolate: the label around it reads in order.
    const isolated = await topics
      .getByText(reversed, { exact: true })
      .evaluate((el) => el.tagName === "BDI" || el.closest("bdi") !== null);
    expect(isolated).toBe(true);
    await page.screenshot({
      path: test.info().outputPath("hostile-detail-320.png"),
      fullPage: true,
    });
  });
});
