import type { Page } from "@playwright/test";
import { startFaultProxy, type FaultProxy } from "./support/fault-proxy";
import { expect, serveConfig, test as base } from "./support/fixtures";
import { sandboxApi } from "./support/sandbox-api";
import { SERVERS } from "./support/servers";
import { expectToast } from "./support/destinations";

/*
 * Sessions and concurrent edits never eat input: a 401 mid-edit keeps the typed
 * values through a renewal (standalone via REFRESH_URL, embedded via portal:set-token),
 * and two tabs' metadata edits both survive or the second one sees the conflict.
 */

const test = base.extend<{ faults: FaultProxy; embedding: ReturnType<typeof sandboxApi> }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern
  faults: async ({}, use) => {
    const proxy = await startFaultProxy(SERVERS.plain.origin);
    await use(proxy);
    await proxy.close();
  },
  // eslint-disable-next-line no-empty-pattern
  embedding: async ({}, use) => use(sandboxApi(SERVERS.embedding)),
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const RENEW_URL = "https://host.example/portal-renew";

async function editFirstValue(page: Page, value: string) {
  await page.getByRole("button", { name: "Edit metadata" }).click();
  const editor = page.getByRole("group", { name: "Tenant metadata" });
  await editor.getByRole("textbox", { name: "Value 1", exact: true }).fill(value);
  return editor;
}

test.describe("sessions and concurrent edits", () => {
  test("a 401 mid-edit keeps the typed values through a renewal via REFRESH_URL", async ({
    page,
    plain,
    faults: proxy,
  }) => {
    const tenant = await plain.createTenant({ plan: "free" });
    const fresh = await plain.token(tenant.id);
    await serveConfig(page, { REFRESH_URL: RENEW_URL });
    // The host's refresh endpoint: signs the user in again and sends them back with a new link.
    await page.route(`${RENEW_URL}**`, (route) =>
      route.fulfill({
        contentType: "text/html",
        body: `<!doctype html><title>Renewing</title><script>location.replace(${JSON.stringify(
          `${proxy.origin}/?token=${fresh}`,
        )})</script>`,
      }),
    );
    const url = new URL("/tenant", proxy.origin);
    url.searchParams.set("token", await plain.token(tenant.id));
    await page.goto(url.href);

    const editor = await editFirstValue(page, "enterprise");
    await editor.getByRole("button", { name: "Add entry" }).click();
    await editor.getByRole("textbox", { name: "Key 2", exact: true }).fill("seats");
    await editor.getByRole("textbox", { name: "Value 2", exact: true }).fill("40");
    // The token is refused while saving (revoked, expired on the server's clock).
    proxy.inject({
      method: "GET",
      path: new RegExp(`^/api/v1/tenants/${escape(tenant.id)}$`),
      fault: { kind: "respond", status: 401 },
      times: 1,
    });
    await page.getByRole("button", { name: "Save metadata" }).click();

    // Out to the host and back, on the same screen, with the draft.
    await expect(page).toHaveURL(`${proxy.origin}/tenant`);
    await expect(
      page.getByRole("status").filter({ hasText: "earlier changes were kept" }),
    ).toBeVisible();
    await expect(editor.getByRole("textbox", { name: "Value 1", exact: true })).toHaveValue(
      "enterprise",
    );
    await expect(editor.getByRole("textbox", { name: "Value 2", exact: true })).toHaveValue("40");
    expect(proxy.seen).toContain(`GET /?token=${fresh}`);

    await page.getByRole("button", { name: "Save metadata" }).click();
    await expectToast(page, "Metadata saved.");
    const saved = await plain.request<{ metadata: unknown }>("GET", `/tenants/${tenant.id}`);
    expect(saved.metadata).toEqual({ plan: "enterprise", seats: "40" });
  });

  test("two tabs' edits of different keys both survive", async ({ context, plain }) => {
    const tenant = await plain.createTenant({ plan: "free", region: "eu" });
    const [a, b] = [await context.newPage(), await context.newPage()];
    for (const tab of [a, b]) {
      await tab.goto(plain.portalPageUrl(await plain.token(tenant.id), {}, "tenant"));
      await tab.getByRole("button", { name: "Edit metadata" }).click();
    }
    // Tab A changes plan, tab B (which never saw that) adds a key.
    const rows = (tab: Page) => tab.getByRole("group", { name: "Tenant metadata" });
    const planValue = async (tab: Page) => {
      const keys = await rows(tab)
        .getByRole("textbox", { name: /^Key \d+$/ })
        .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
      return rows(tab).getByRole("textbox", {
        name: `Value ${keys.indexOf("plan") + 1}`,
        exact: true,
      });
    };
    await (await planValue(a)).fill("pro");
    await a.getByRole("button", { name: "Save metadata" }).click();
    await expectToast(a, "Metadata saved.");

    await rows(b).getByRole("button", { name: "Add entry" }).click();
    await rows(b).getByRole("textbox", { name: "Key 3", exact: true }).fill("owner");
    await rows(b).getByRole("textbox", { name: "Value 3", exact: true }).fill("ana");
    await b.getByRole("button", { name: "Save metadata" }).click();
    await expectToast(b, "Metadata saved.");

    const saved = await plain.request<{ metadata: unknown }>("GET", `/tenants/${tenant.id}`);
    expect(saved.metadata).toEqual({ plan: "pro", region: "eu", owner: "ana" });
  });

  test("two tabs changing the same key: the second sees the conflict, then decides", async ({
    context,
    plain,
  }) => {
    const tenant = await plain.createTenant({ plan: "free" });
    const [a, b] = [await context.newPage(), await context.newPage()];
    for (const tab of [a, b])
      await tab.goto(plain.portalPageUrl(await plain.token(tenant.id), {}, "tenant"));
    await editFirstValue(a, "pro");
    const editorB = await editFirstValue(b, "enterprise");
    await a.getByRole("button", { name: "Save metadata" }).click();
    await expectToast(a, "Metadata saved.");

    await b.getByRole("button", { name: "Save metadata" }).click();
    const conflict = b.getByRole("alert").filter({ hasText: "Someone else changed" });
    await expect(conflict).toContainText("plan: yours “enterprise”, now “pro”");
    await expect(editorB.getByRole("textbox", { name: "Value 1", exact: true })).toHaveValue(
      "enterprise",
    );
    let saved = await plain.request<{ metadata: unknown }>("GET", `/tenants/${tenant.id}`);
    expect(saved.metadata).toEqual({ plan: "pro" });

    // Saving again after seeing it keeps B's value, knowingly.
    await b.getByRole("button", { name: "Save metadata" }).click();
    await expectToast(b, "Metadata saved.");
    saved = await plain.request<{ metadata: unknown }>("GET", `/tenants/${tenant.id}`);
    expect(saved.metadata).toEqual({ plan: "enterprise" });
  });
});
