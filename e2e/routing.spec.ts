import type { Page, Request } from "@playwright/test";
import { eventAttempts, publish } from "./support/activity";
import { createDestination, type SandboxApi } from "./support/destinations";
import { expect, test } from "./support/fixtures";
import { SERVERS } from "./support/servers";

/** A tenant with one webhook destination and one delivered event. */
async function tenantWithDelivery(api: SandboxApi) {
  const tenant = await api.createTenant();
  const destination = await createDestination(api, tenant.id, {
    type: "webhook",
    topics: "*",
    config: { url: "https://example.com/hooks/routing" },
  });
  const event = await publish(api, tenant.id, { topic: "order.created", data: { n: 1 } });
  let attempts: { id: string }[] = [];
  await expect
    .poll(async () => (attempts = await eventAttempts(api, tenant.id, event.id)).length)
    .toBeGreaterThan(0);
  return { tenant, destination, eventId: event.id, attemptId: attempts[0]!.id };
}

type Setup = Awaited<ReturnType<typeof tenantWithDelivery>>;

/** Every screen: its path below the base, and what proves it rendered. */
function screens({ destination, eventId, attemptId }: Setup) {
  const d = `/destinations/${destination.id}`;
  const h1 = (name: string) => (page: Page) =>
    page.getByRole("heading", { level: 1, name, exact: true });
  const tab = (name: string) => (page: Page) =>
    page.getByRole("navigation", { name: "Destination" }).getByRole("link", { name });
  return [
    { path: "/", shows: h1("Destinations") },
    { path: "/destinations/new", shows: h1("Add a destination") },
    { path: d, shows: tab("Overview"), current: true },
    { path: `${d}/deliveries?status=success`, shows: tab("Deliveries"), current: true },
    {
      path: `${d}/deliveries/${attemptId}`,
      shows: (p: Page) => p.getByText("Attempt ID", { exact: true }),
    },
    { path: `${d}/metrics?range=7d`, shows: tab("Metrics"), current: true },
    { path: `${d}/settings`, shows: tab("Settings"), current: true },
    { path: "/activity?range=7d", shows: h1("Activity") },
    { path: "/deliveries?status=failed&code=5xx", shows: h1("Delivery log") },
    { path: `/activity/${eventId}`, shows: h1("Event") },
    { path: "/tenant", shows: h1("Tenant") },
  ];
}

/** The link to `path` below the server's base, with a fresh token (path and query only). */
async function openWithToken(api: SandboxApi, base: string, tenantId: string, path: string) {
  const url = new URL(`${base.replace(/\/$/, "")}${path}`, "http://x");
  const token = await api.token(tenantId);
  url.searchParams.set("token", token);
  return `${url.pathname}${url.search}`;
}

/** Every request for the portal's own files (assets, config): none may depend on the route. */
function recordPortalFiles(page: Page) {
  const files: string[] = [];
  page.on("request", (request: Request) => {
    const { pathname } = new URL(request.url());
    if (/\.(js|css|svg)$/.test(pathname)) files.push(pathname);
  });
  return files;
}

for (const name of ["plain", "branded"] as const) {
  const server = SERVERS[name];
  const base = server.portalPath;

  test.describe(`served at ${base}`, () => {
    test("every route deep-links, reloads and asks for assets below the base only", async ({
      page,
      plain,
      branded,
    }) => {
      test.slow();
      const api = name === "plain" ? plain : branded;
      const setup = await tenantWithDelivery(api);
      const files = recordPortalFiles(page);
      for (const screen of screens(setup)) {
        const link = await openWithToken(api, base, setup.tenant.id, screen.path);
        await page.goto(`${server.origin}${link}`);
        await expect(screen.shows(page)).toBeVisible();
        if (screen.current)
          await expect(screen.shows(page)).toHaveAttribute("aria-current", "page");
        // The token left the address bar; the route and its view state stayed.
        const expected = new URL(`${base.replace(/\/$/, "")}${screen.path}`, server.origin);
        await expect.poll(() => page.url()).toBe(expected.href);
        await page.reload();
        await expect(screen.shows(page)).toBeVisible();
        await expect.poll(() => page.url()).toBe(expected.href);
      }
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) {
        expect(
          file === `${base}inject-portal-config.js` ||
            file === `${base}portal-settings.js` ||
            file === `${base}favicon.svg` ||
            file.startsWith(`${base}assets/`),
          `${file} is below ${base}`,
        ).toBe(true);
      }
    });

    test("an unknown nested path with a token shows the not-found page and drops the token", async ({
      page,
      plain,
      branded,
    }) => {
      const api = name === "plain" ? plain : branded;
      const tenant = await api.createTenant();
      const files = recordPortalFiles(page);
      const link = await openWithToken(api, base, tenant.id, "/foo/bar?view=1");
      await page.goto(`${server.origin}${link}`);
      await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
      const url = new URL(page.url());
      expect(url.pathname).toBe(`${base}foo/bar`);
      expect(url.searchParams.has("token")).toBe(false);
      expect(url.searchParams.get("view")).toBe("1");
      expect(files.every((file) => file.startsWith(base) && !file.includes("/foo/"))).toBe(true);
      await page.getByRole("link", { name: "Go to destinations" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Destinations" })).toBeVisible();
      expect(new URL(page.url()).pathname).toBe(base);
    });
  });
}

test("the skip link moves focus to main on every screen without navigating", async ({
  page,
  plain,
}) => {
  test.slow();
  const setup = await tenantWithDelivery(plain);
  for (const screen of screens(setup)) {
    await page.goto(
      `${SERVERS.plain.origin}${await openWithToken(plain, "/", setup.tenant.id, screen.path)}`,
    );
    await expect(screen.shows(page)).toBeVisible();
    const before = page.url();
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to content" });
    await expect(skip).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.locator("main#main")).toBeFocused();
    expect(page.url()).toBe(before);
  }
});

test("Back and Forward walk the history, and focus follows to each new page's heading", async ({
  page,
  plain,
}) => {
  const { tenant } = await tenantWithDelivery(plain);
  await page.goto(await plain.portalUrl(tenant.id));
  const destinations = page.getByRole("heading", { level: 1, name: "Destinations" });
  await expect(destinations).toBeVisible();
  // First load: nothing is moved.
  await expect(destinations).not.toBeFocused();

  await page
    .getByRole("navigation", { name: "Portal" })
    .getByRole("link", { name: "Activity" })
    .click();
  const activity = page.getByRole("heading", { level: 1, name: "Activity" });
  await expect(activity).toBeFocused();
  await expect(page.locator("[aria-live=polite][aria-atomic=true]")).toHaveText(/^Activity · /);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);

  await page
    .getByRole("navigation", { name: "Portal" })
    .getByRole("link", { name: "Tenant" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Tenant" })).toBeFocused();

  await page.goBack();
  await expect(activity).toBeFocused();
  await page.goBack();
  await expect(destinations).toBeFocused();
  await page.goForward();
  await expect(activity).toBeFocused();
  expect(new URL(page.url()).pathname).toBe("/activity");
});

test("each create step focuses its heading", async ({ page, plain }) => {
  const tenant = await plain.createTenant();
  await page.goto(await plain.portalUrl(tenant.id));
  await page
    .getByRole("link", { name: /add destination/i })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Add a destination" })).toBeFocused();
  await page.getByRole("link", { name: /^Webhook/ }).click();
  await expect(page.getByRole("heading", { level: 2, name: /Which events should/ })).toBeFocused();
  await page.getByRole("checkbox", { name: /^All topics/ }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(
    page.getByRole("heading", { level: 2, name: /Configure your Webhook/ }),
  ).toBeFocused();
  await page.goBack();
  await expect(page.getByRole("heading", { level: 2, name: /Which events should/ })).toBeFocused();
});

test("a screen whose code failed to download is retried into a working screen", async ({
  page,
  plain,
}) => {
  const tenant = await plain.createTenant();
  let aborted = 0;
  await page.route(/\/assets\/activity-page-[\w-]+\.js$/, (route) => {
    if (aborted++ === 0) return route.abort("failed");
    return route.continue();
  });
  await page.goto(await plain.portalUrl(tenant.id));
  await expect(page.getByRole("heading", { level: 1, name: "Destinations" })).toBeVisible();
  await page
    .getByRole("navigation", { name: "Portal" })
    .getByRole("link", { name: "Activity" })
    .click();
  await expect(
    page.getByRole("alert").filter({ hasText: "Part of the page couldn't be downloaded" }),
  ).toBeVisible();
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Activity" })).toBeVisible();
  // Downloaded again after the failure, not served from a cached rejection.
  expect(aborted).toBeGreaterThan(1);
});

test("a screen whose code is gone after a deploy offers a reload", async ({ page, plain }) => {
  const tenant = await plain.createTenant();
  await page.route(/\/assets\/tenant-page-[\w-]+\.js$/, (route) =>
    route.fulfill({ status: 404, contentType: "text/plain", body: "Not Found" }),
  );
  await page.goto(await plain.portalUrl(tenant.id));
  await expect(page.getByRole("heading", { level: 1, name: "Destinations" })).toBeVisible();
  await page
    .getByRole("navigation", { name: "Portal" })
    .getByRole("link", { name: "Tenant" })
    .click();
  await expect(page.getByRole("heading", { name: "The portal was updated" })).toBeVisible();
  await page.unroute(/\/assets\/tenant-page-[\w-]+\.js$/);
  await page.getByRole("button", { name: "Reload" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tenant" })).toBeVisible();
});

test("Back from an attempt restores the filtered deliveries list", async ({ page, plain }) => {
  const { tenant, destination } = await tenantWithDelivery(plain);
  const list = `/destinations/${destination.id}/deliveries?status=success&topic=order.created&range=7d`;
  await page.goto(`${SERVERS.plain.origin}${await openWithToken(plain, "/", tenant.id, list)}`);
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows).toHaveCount(2);
  const filtered = page.url();

  // The link back up to the list keeps the filters the list was shown with.
  await rows.nth(1).getByRole("link").first().click();
  await expect(page.getByText("Attempt ID", { exact: true })).toBeVisible();
  await page.getByRole("link", { name: "All deliveries" }).click();
  await expect(rows).toHaveCount(2);
  expect(page.url()).toBe(filtered);
  await expect(page.getByRole("combobox", { name: "Status" })).toHaveValue("success");

  // So does the browser's Back.
  await rows.nth(1).getByRole("link").first().click();
  await expect(page.getByText("Attempt ID", { exact: true })).toBeVisible();
  await page.goBack();
  await expect(rows).toHaveCount(2);
  expect(page.url()).toBe(filtered);
});
