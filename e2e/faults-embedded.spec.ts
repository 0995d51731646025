import type { Frame, Page } from "@playwright/test";
import { startFaultProxy, type FaultProxy } from "./support/fault-proxy";
import { expect, test as base } from "./support/fixtures";
import { sandboxApi } from "./support/sandbox-api";
import { SERVERS } from "./support/servers";

/*
 * The portal framed by a host (allowlisted origin) and reached through the fault
 * proxy: a 401 mid-edit waits for portal:set-token and keeps the draft; a late 401
 * for the token that set-token replaced never ends the new session.
 */

const HOST_ORIGIN = `http://127.0.0.1:${SERVERS.embedding.port}`;

const test = base.extend<{ faults: FaultProxy; embedding: ReturnType<typeof sandboxApi> }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern
  faults: async ({}, use) => {
    const proxy = await startFaultProxy(SERVERS.embedding.origin);
    await use(proxy);
    await proxy.close();
  },
  // eslint-disable-next-line no-empty-pattern
  embedding: async ({}, use) => use(sandboxApi(SERVERS.embedding)),
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

async function openFramed(page: Page, proxy: FaultProxy, token: string, path: string) {
  await page.route("**/portal-settings.js", (route) =>
    route.fulfill({
      contentType: "application/javascript",
      body: `window.PORTAL_SETTINGS = ${JSON.stringify({ EMBED_ALLOWED_ORIGINS: HOST_ORIGIN })};`,
    }),
  );
  const src = new URL(path, proxy.origin);
  src.searchParams.set("token", token);
  await page.goto(`${HOST_ORIGIN}/api/v1/healthz`);
  await page.setContent(`<!doctype html><html lang="en"><title>Host app</title><main><h1>Host app</h1>
    <iframe id="portal-frame" title="Event destinations" src="${src.href}" style="width:100%;height:700px;border:0"></iframe></main></html>`);
  const frame = await (await page.locator("#portal-frame").elementHandle())?.contentFrame();
  if (!frame) throw new Error("no portal frame");
  return frame;
}

async function setToken(page: Page, proxy: FaultProxy, token: string) {
  await page.evaluate(
    ([data, origin]) =>
      document
        .querySelector<HTMLIFrameElement>("#portal-frame")
        ?.contentWindow?.postMessage(data, origin as string),
    [{ type: "portal:set-token", token }, proxy.origin] as const,
  );
}

const tenantHeading = (frame: Frame) => frame.getByRole("heading", { name: "Tenant", level: 1 });

test.describe("embedded sessions", () => {
  test("a 401 mid-edit keeps the typed values through portal:set-token", async ({
    page,
    embedding,
    faults: proxy,
  }) => {
    const tenant = await embedding.createTenant({ plan: "free" });
    const frame = await openFramed(page, proxy, await embedding.token(tenant.id), "/tenant");
    await frame.getByRole("button", { name: "Edit metadata" }).click();
    const editor = frame.getByRole("group", { name: "Tenant metadata" });
    await editor.getByRole("textbox", { name: "Value 1", exact: true }).fill("enterprise");
    proxy.inject({
      method: "GET",
      path: new RegExp(`^/api/v1/tenants/${escape(tenant.id)}$`),
      fault: { kind: "respond", status: 401 },
      times: 1,
    });
    await frame.getByRole("button", { name: "Save metadata" }).click();
    await expect(frame.getByRole("heading", { name: "Your session has ended" })).toBeVisible();

    await setToken(page, proxy, await embedding.token(tenant.id));
    await expect(tenantHeading(frame)).toBeVisible();
    await expect(
      frame.getByRole("status").filter({ hasText: "earlier changes were kept" }),
    ).toBeVisible();
    await expect(editor.getByRole("textbox", { name: "Value 1", exact: true })).toHaveValue(
      "enterprise",
    );
    await frame.getByRole("button", { name: "Save metadata" }).click();
    await expect(frame.getByRole("button", { name: "Edit metadata" })).toBeVisible();
    const saved = await embedding.request<{ metadata: unknown }>("GET", `/tenants/${tenant.id}`);
    expect(saved.metadata).toEqual({ plan: "enterprise" });
  });

  test("a 401 mid-edit of a settings section keeps the typed values through portal:set-token", async ({
    page,
    embedding,
    faults: proxy,
  }) => {
    const tenant = await embedding.createTenant();
    const hook = await embedding.request<{ id: string }>(
      "POST",
      `/tenants/${tenant.id}/destinations`,
      {
        type: "webhook",
        topics: ["user.created"],
        config: { url: "https://hooks.example.com/embedded-settings" },
        metadata: { team: "core" },
      },
    );
    const frame = await openFramed(
      page,
      proxy,
      await embedding.token(tenant.id),
      `/destinations/${hook.id}/settings`,
    );
    const metadata = frame.getByRole("group", { name: "Metadata", exact: true });
    await metadata.getByRole("textbox", { name: "Value 1", exact: true }).fill("payments");
    await metadata.getByRole("button", { name: "Add entry" }).click();
    await metadata.getByRole("textbox", { name: "Key 2", exact: true }).fill("owner");
    await metadata.getByRole("textbox", { name: "Value 2", exact: true }).fill("ana");
    proxy.inject({
      method: "GET",
      path: new RegExp(`^/api/v1/tenants/${escape(tenant.id)}/destinations/${escape(hook.id)}$`),
      fault: { kind: "respond", status: 401 },
      times: 1,
    });
    await frame.getByRole("button", { name: "Save metadata" }).click();
    await expect(frame.getByRole("heading", { name: "Your session has ended" })).toBeVisible();

    await setToken(page, proxy, await embedding.token(tenant.id));
    await expect(
      frame.getByRole("status").filter({ hasText: "earlier changes were kept" }),
    ).toBeVisible();
    await expect(metadata.getByRole("textbox", { name: "Value 1", exact: true })).toHaveValue(
      "payments",
    );
    await expect(metadata.getByRole("textbox", { name: "Value 2", exact: true })).toHaveValue(
      "ana",
    );
    await frame.getByRole("button", { name: "Save metadata" }).click();
    await expect(frame.getByRole("status").filter({ hasText: "Metadata saved." })).toBeVisible();
    const saved = await embedding.request<{ metadata: unknown }>(
      "GET",
      `/tenants/${tenant.id}/destinations/${hook.id}`,
    );
    expect(saved.metadata).toEqual({ team: "payments", owner: "ana" });
  });

  test("a late 401 for the token set-token replaced never ends the new session", async ({
    page,
    embedding,
    faults: proxy,
  }) => {
    const tenant = await embedding.createTenant({ plan: "free" });
    // The first tenant read, made with the old token, is refused — but only after the
    // host has already handed over a new token.
    proxy.inject({
      method: "GET",
      path: new RegExp(`^/api/v1/tenants/${escape(tenant.id)}$`),
      fault: { kind: "respond", status: 401, delayMs: 2500 },
      times: 1,
    });
    const frame = await openFramed(page, proxy, await embedding.token(tenant.id), "/tenant");
    await expect.poll(() => proxy.seen.some((line) => line.startsWith("GET /api/v1/"))).toBe(true);
    await setToken(
      page,
      proxy,
      await embedding.signToken({ sub: tenant.id, expiresInSeconds: 3600 }),
    );
    await expect.poll(() => proxy.answered.length, { timeout: 10_000 }).toBe(1);

    // The old request fails on its own; the session it didn't belong to stays.
    const failed = frame.getByRole("alert").filter({ hasText: "Couldn't load your tenant" });
    await expect(failed).toBeVisible();
    await expect(frame.getByRole("heading", { name: "Your session has ended" })).toHaveCount(0);
    await failed.getByRole("button", { name: "Try again" }).click();
    await expect(frame.getByTestId("tenant-id")).toHaveText(tenant.id);
  });
});
