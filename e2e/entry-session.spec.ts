import { expectNoA11yViolations } from "./support/a11y";
import {
  countDocumentLoads,
  expect,
  recordApiRequests,
  serveConfig,
  serveHostPage,
  test,
} from "./support/fixtures";
import { SERVERS } from "./support/servers";

test.describe("entry through the redirect URL", () => {
  test("shows the tenant, takes the token off the address bar in one load, and survives a reload", async ({
    page,
    plain,
  }) => {
    const tenant = await plain.createTenant({ name: "Initech Ltd" });
    const redirectUrl = await plain.portalUrl(tenant.id, "dark");
    expect(redirectUrl).toContain("token=");

    const loads = countDocumentLoads(page);
    await page.goto(redirectUrl);
    await expect(page.getByRole("heading", { name: "Destinations", level: 1 })).toBeVisible();
    await expect(page.getByRole("banner")).toContainText("Initech Ltd");

    const url = new URL(page.url());
    expect(url.searchParams.has("token")).toBe(false);
    expect(url.searchParams.get("theme")).toBe("dark");
    expect(loads).toHaveLength(1);
    expect(await page.evaluate(() => window.sessionStorage.getItem("portal:token"))).toBeTruthy();

    await page.reload();
    await expect(page.getByRole("banner")).toContainText("Initech Ltd");
    await page.getByRole("link", { name: "Tenant" }).click();
    await expect(page.getByTestId("tenant-id")).toHaveText(tenant.id);
    expect(new URL(page.url()).pathname).toBe("/tenant");
  });

  test("a new link replaces the session, also for another tenant, and drops the old tenant's data", async ({
    page,
    plain,
  }) => {
    const first = await plain.createTenant({ name: "First Co" });
    const second = await plain.createTenant({ name: "Second Co" });
    await page.goto(await plain.portalUrl(first.id));
    await expect(page.getByRole("banner")).toContainText("First Co");

    await page.goto(await plain.portalUrl(second.id));
    await expect(page.getByRole("banner")).toContainText("Second Co");
    await expect(page.getByRole("banner")).not.toContainText("First Co");
    await page.getByRole("link", { name: "Tenant" }).click();
    await expect(page.getByTestId("tenant-id")).toHaveText(second.id);
  });

  test("keeps path and other parameters when removing the token", async ({ page, plain }) => {
    const tenant = await plain.createTenant();
    const token = await plain.token(tenant.id);
    await page.goto(
      plain.portalPageUrl(token, { theme: "light", view: "compact" }, "tenant") + "#top",
    );
    await expect(page.getByTestId("tenant-id")).toHaveText(tenant.id);
    const url = new URL(page.url());
    expect(url.pathname).toBe("/tenant");
    expect([...url.searchParams.keys()].sort()).toEqual(["theme", "view"]);
    expect(url.hash).toBe("#top");
  });
});

test.describe("no valid session", () => {
  const cases = [
    { name: "expired", heading: "This link has expired" },
    { name: "malformed", heading: "This link is not valid" },
    { name: "missing", heading: "Open the portal from your account" },
  ] as const;

  for (const { name, heading } of cases) {
    test(`a ${name} token shows an explanation, calls no API and does not loop`, async ({
      page,
      plain,
    }) => {
      const tenant = await plain.createTenant();
      const token =
        name === "expired"
          ? await plain.signToken({ sub: tenant.id, expiresInSeconds: -60 })
          : name === "malformed"
            ? "not-a-jwt"
            : null;
      const api = recordApiRequests(page);
      const loads = countDocumentLoads(page);
      await page.goto(token ? plain.portalPageUrl(token) : `${SERVERS.plain.origin}/`);
      await expect(page.getByRole("heading", { name: heading })).toBeVisible();
      await expect(
        page.getByText("Open the portal again from the app you came from."),
      ).toBeVisible();
      await page.waitForTimeout(500);
      expect(api).toEqual([]);
      expect(loads).toHaveLength(1);
      expect(new URL(page.url()).searchParams.has("token")).toBe(false);
      await expectNoA11yViolations(page);
    });
  }

  test("a token without a tenant (no sub) is refused before reaching the API", async ({
    page,
    plain,
  }) => {
    const token = await plain.signToken({ expiresInSeconds: 3600 });
    const api = recordApiRequests(page);
    await page.goto(plain.portalPageUrl(token));
    await expect(page.getByRole("heading", { name: "This link is not valid" })).toBeVisible();
    // A broken link is not an expired one: the reason says so.
    await expect(page.getByText("The link is incomplete or was changed")).toBeVisible();
    await expect(page.getByText("work for a limited time")).toHaveCount(0);
    expect(api).toEqual([]);
  });

  test("redirects to REFRESH_URL once, and shows the message instead of looping", async ({
    page,
    plain,
  }) => {
    await serveConfig(page, {
      REFRESH_URL: "https://host.example/portal/refresh",
      REFERER_URL: "https://host.example/settings",
      ORGANIZATION_NAME: "Host Co",
    });
    await serveHostPage(page, "https://host.example/portal/refresh", "Host refresh");
    const tenant = await plain.createTenant();
    const expired = await plain.signToken({ sub: tenant.id, expiresInSeconds: -5 });

    await page.goto(plain.portalPageUrl(expired));
    await page.waitForURL("https://host.example/portal/refresh");
    await expect(page.getByRole("heading", { name: "Host refresh" })).toBeVisible();

    // The host sent the user straight back with a link that still doesn't work: no second redirect.
    await page.goto(plain.portalPageUrl(expired));
    await expect(page.getByRole("heading", { name: "This link has expired" })).toBeVisible();
    await expect(page.getByText("Open the portal again from Host Co.")).toBeVisible();
    await expect(page.getByRole("link", { name: "Go to Host Co" })).toHaveAttribute(
      "href",
      "https://host.example/portal/refresh",
    );
  });

  test("without REFRESH_URL, sends the user back to REFERER_URL", async ({ page, plain }) => {
    await serveConfig(page, { REFERER_URL: "https://host.example/settings", REFRESH_URL: "" });
    await serveHostPage(page, "https://host.example/settings", "Host settings");
    await page.goto(`${SERVERS.plain.origin}/`);
    await page.waitForURL("https://host.example/settings");
    await expect(page.getByRole("heading", { name: "Host settings" })).toBeVisible();
    void plain;
  });

  test("a 401 in the middle of a session ends it", async ({ page, plain }) => {
    const tenant = await plain.createTenant({ name: "Short Lived" });
    await page.goto(await plain.portalUrl(tenant.id));
    await expect(page.getByRole("banner")).toContainText("Short Lived");

    // Deleting the tenant makes the API answer 401 to its token.
    await plain.request("DELETE", `/tenants/${tenant.id}`);
    await page.getByRole("link", { name: "Activity" }).click();
    await expect(page.getByRole("heading", { name: "Your session has ended" })).toBeVisible();
    expect(await page.evaluate(() => window.sessionStorage.getItem("portal:token"))).toBeNull();

    await page.reload();
    await expect(
      page.getByRole("heading", { name: "Open the portal from your account" }),
    ).toBeVisible();
  });

  test("warns shortly before the token expires and offers to renew", async ({ page, plain }) => {
    await serveConfig(page, { REFRESH_URL: "https://host.example/portal/refresh" });
    const tenant = await plain.createTenant();
    const token = await plain.signToken({ sub: tenant.id, expiresInSeconds: 170 });
    await page.goto(plain.portalPageUrl(token));
    const banner = page.getByRole("status").filter({ hasText: "Your session ends in" });
    await expect(banner).toContainText("Your session ends in 3 minutes");
    await expect(banner.getByRole("link", { name: "Renew session" })).toHaveAttribute(
      "href",
      "https://host.example/portal/refresh",
    );
  });
});
