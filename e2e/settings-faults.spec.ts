import type { Locator, Page } from "@playwright/test";
import { expectNoA11yViolations } from "./support/a11y";
import {
  createDestination,
  expectToast,
  getDestination,
  recordDestinationWrites,
  type SandboxApi,
} from "./support/destinations";
import { startFaultProxy, type FaultProxy } from "./support/fault-proxy";
import { expect, serveConfig, test as base } from "./support/fixtures";
import { SERVERS } from "./support/servers";

/*
 * Destination settings under concurrent edits and faults: another tab's (or the
 * server's) change to a whole-replaced field survives my save, or a conflict names it;
 * a 401 mid-edit keeps the typed values through a renewal; Cancel on a hung save says
 * whether it was saved; every Save behaves the same with nothing changed.
 */

const test = base.extend<{ faults: FaultProxy }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern
  faults: async ({}, use) => {
    const proxy = await startFaultProxy(SERVERS.plain.origin);
    await use(proxy);
    await proxy.close();
  },
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const RENEW_URL = "https://host.example/portal-renew";
const HEADER_SECRET = "Bearer header-secret-7781";

/** The settings tab through the proxy, with portal config and settings of the test's choosing. */
async function openSettings(
  page: Page,
  proxy: FaultProxy,
  token: string,
  destinationId: string,
  {
    config = {},
    settings = {},
    theme,
  }: { config?: Record<string, string>; settings?: Record<string, string>; theme?: string } = {},
) {
  await serveConfig(page, { ENABLE_DESTINATION_FILTER: "true", ...config });
  await page.route("**/portal-settings.js", (route) =>
    route.fulfill({
      contentType: "application/javascript",
      body: `window.PORTAL_SETTINGS = ${JSON.stringify(settings)};`,
    }),
  );
  const url = new URL(`/destinations/${destinationId}/settings`, proxy.origin);
  url.searchParams.set("token", token);
  if (theme) url.searchParams.set("theme", theme);
  await page.goto(url.href);
  await expect(page.getByRole("button", { name: "Save topics" })).toBeVisible();
}

/**
 * A webhook's settings whose next PATCH gets stuck: "hang" never reaches the server,
 * "hang-after-forward" is applied there but its answer never comes back.
 */
async function openWithStuckPatch(
  page: Page,
  plain: SandboxApi,
  proxy: FaultProxy,
  url: string,
  kind: "hang" | "hang-after-forward",
) {
  const tenant = await plain.createTenant();
  const hook = await createDestination(plain, tenant.id, {
    type: "webhook",
    topics: ["user.created"],
    config: { url },
  });
  await openSettings(page, proxy, await plain.token(tenant.id), hook.id, {
    settings: { WRITE_TIMEOUT_MS: "60000" },
  });
  proxy.inject({
    method: "PATCH",
    path: destinationApi(tenant.id, hook.id),
    fault: { kind },
    times: 1,
  });
  return { tenant, hook };
}

const topic = (page: Page, name: string) => page.getByRole("checkbox", { name, exact: true });
const destinationApi = (tenantId: string, id: string) =>
  new RegExp(`^/api/v1/tenants/${escape(tenantId)}/destinations/${escape(id)}$`);

/** Save stays focusable, aria-disabled, described as having nothing to save. */
async function expectNothingToSave(save: Locator) {
  await expect(save).toHaveAttribute("aria-disabled", "true");
  await expect(save).toHaveAccessibleDescription("No changes to save");
}

test.describe("settings: lost updates", () => {
  test("topics someone else changed after the form loaded survive my save", async ({
    page,
    plain,
    faults: proxy,
  }) => {
    const tenant = await plain.createTenant();
    const hook = await createDestination(plain, tenant.id, {
      type: "webhook",
      topics: ["user.created", "order.created"],
      config: { url: "https://hooks.example.com/two-tabs" },
      metadata: { team: "core" },
    });
    await openSettings(page, proxy, await plain.token(tenant.id), hook.id);
    await expect(topic(page, "order.created")).toBeChecked();

    // "The other tab": adds a topic and a metadata key after this form loaded.
    await plain.request("PATCH", `/tenants/${tenant.id}/destinations/${hook.id}`, {
      topics: ["user.created", "order.created", "user.deleted"],
      metadata: { owner: "ana" },
    });

    await topic(page, "order.created").uncheck();
    await topic(page, "order.paid").check();
    await page.getByRole("button", { name: "Save topics" }).click();
    await expectToast(page, "Topics saved.");
    const saved = await getDestination(plain, tenant.id, hook.id);
    expect([...(saved.topics as string[])].sort()).toEqual([
      "order.paid",
      "user.created",
      "user.deleted",
    ]);
    // The form now shows what was saved, their topic included.
    await expect(topic(page, "user.deleted")).toBeChecked();
    await expect(topic(page, "order.created")).not.toBeChecked();

    // A metadata key of mine next to their new key: both stay.
    const metadata = page.getByRole("group", { name: "Metadata", exact: true });
    await metadata.getByRole("textbox", { name: "Value 1", exact: true }).fill("payments");
    await page.getByRole("button", { name: "Save metadata" }).click();
    await expectToast(page, "Metadata saved.");
    expect((await getDestination(plain, tenant.id, hook.id)).metadata).toEqual({
      team: "payments",
      owner: "ana",
    });
  });

  for (const theme of ["light", "dark"] as const) {
    test(`the same part changed on both sides shows a conflict; overwrite or take theirs (${theme})`, async ({
      page,
      plain,
      faults: proxy,
    }) => {
      const tenant = await plain.createTenant();
      const hook = await createDestination(plain, tenant.id, {
        type: "webhook",
        topics: ["user.created"],
        config: { url: "https://hooks.example.com/conflict" },
      });
      await openSettings(page, proxy, await plain.token(tenant.id), hook.id, { theme });
      await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
      const writes = recordDestinationWrites(page);

      // I start typing a filter; then they switch to all topics and set a filter of their own.
      const filter = page.getByRole("textbox", { name: "Filter (JSON)" });
      await filter.fill('{ "data": { "amount": { "$gte": 100 } } }');
      await plain.request("PATCH", `/tenants/${tenant.id}/destinations/${hook.id}`, {
        topics: "*",
        filter: { topic: "order.paid" },
      });
      // Topics: I add one to the list they replaced with all topics.
      await topic(page, "order.paid").check();
      await page.getByRole("button", { name: "Save topics" }).click();
      const conflict = page.getByRole("alert").filter({ hasText: "Someone else changed this" });
      await expect(conflict).toContainText(
        "Topics: yours user.created, order.paid, now all topics",
      );
      await expect(conflict).toContainText("Nothing was saved.");
      expect(writes).toEqual([]);
      expect((await getDestination(plain, tenant.id, hook.id)).topics).toBe("*");
      await expectNoA11yViolations(page);

      await conflict.getByRole("button", { name: "Overwrite with mine" }).click();
      await expectToast(page, "Topics saved.");
      await expect(conflict).toHaveCount(0);
      // The pressed button went away with the notice: focus is on the section's Save.
      await expect(page.getByRole("button", { name: "Save topics" })).toBeFocused();
      expect((await getDestination(plain, tenant.id, hook.id)).topics).toEqual([
        "user.created",
        "order.paid",
      ]);

      // Filter: they set one while I typed another; I take theirs.
      await page.getByRole("button", { name: "Save filter" }).click();
      const filterConflict = page.getByRole("alert").filter({ hasText: "Someone else changed" });
      await expect(filterConflict).toContainText(
        'Filter: yours {"data":{"amount":{"$gte":100}}}, now {"topic":"order.paid"}',
      );
      await filterConflict.getByRole("button", { name: "Use their version" }).click();
      await expect(filterConflict).toHaveCount(0);
      await expect(filter).toHaveValue(/"topic": "order.paid"/);
      await expectNothingToSave(page.getByRole("button", { name: "Save filter" }));
      await expect(page.getByRole("button", { name: "Save filter" })).toBeFocused();
      expect((await getDestination(plain, tenant.id, hook.id)).filter).toEqual({
        topic: "order.paid",
      });
      expect(writes).toHaveLength(1);
    });
  }
});

test.describe("settings: sessions that end mid-edit", () => {
  test("a 401 while saving keeps every dirty section through a renewal via REFRESH_URL; header values are never stored", async ({
    page,
    plain,
    faults: proxy,
  }) => {
    const tenant = await plain.createTenant();
    const hook = await createDestination(plain, tenant.id, {
      type: "webhook",
      topics: ["user.created"],
      config: { url: "https://hooks.example.com/session", custom_headers: '{"X-Env":"prod"}' },
    });
    const fresh = await plain.token(tenant.id);
    await page.route(`${RENEW_URL}**`, (route) =>
      route.fulfill({
        contentType: "text/html",
        body: `<!doctype html><title>Renewing</title><script>location.replace(${JSON.stringify(
          `${proxy.origin}/?token=${fresh}`,
        )})</script>`,
      }),
    );
    await openSettings(page, proxy, await plain.token(tenant.id), hook.id, {
      config: { REFRESH_URL: RENEW_URL, ENABLE_WEBHOOK_CUSTOM_HEADERS: "true" },
    });

    // Three sections edited, one of them with a header value that must never be stored.
    await topic(page, "order.paid").check();
    const url = page.getByRole("textbox", { name: "Webhook URL", exact: true });
    await url.fill("https://hooks.example.com/session-v2");
    const headers = page.getByRole("group", { name: "Custom Headers" });
    await headers.getByRole("button", { name: "Add header" }).click();
    await headers.getByRole("textbox", { name: "Header name 2" }).fill("Authorization");
    await headers.getByRole("textbox", { name: "Header value 2" }).fill(HEADER_SECRET);
    const filter = page.getByRole("textbox", { name: "Filter (JSON)" });
    await filter.fill('{ "topic": "order.paid" }');
    expect(await page.evaluate(() => JSON.stringify(window.sessionStorage))).not.toContain(
      "header-secret",
    );

    // The token is refused while saving the topics.
    proxy.inject({
      method: "GET",
      path: destinationApi(tenant.id, hook.id),
      fault: { kind: "respond", status: 401 },
      times: 1,
    });
    await page.getByRole("button", { name: "Save topics" }).click();

    // Out to the host and back to the same tab, with the drafts.
    await expect.poll(() => proxy.seen).toContain(`GET /?token=${fresh}`);
    await expect(page).toHaveURL(`${proxy.origin}/destinations/${hook.id}/settings`);
    await expect(topic(page, "order.paid")).toBeChecked();
    await expect(url).toHaveValue("https://hooks.example.com/session-v2");
    await expect(filter).toHaveValue('{ "topic": "order.paid" }');
    // Headers are as stored on the server: the typed header value was never kept.
    await expect(headers.getByRole("textbox", { name: "Header value 1" })).toHaveValue("prod");
    await expect(headers.getByRole("textbox", { name: "Header name 2" })).toHaveCount(0);
    const kept = page.getByRole("status").filter({ hasText: "earlier changes were kept" });
    await expect(kept).toHaveCount(3);
    await expect(kept.filter({ hasText: "header values are never stored" })).toHaveCount(1);
    expect(await page.evaluate(() => JSON.stringify(window.sessionStorage))).not.toContain(
      "header-secret",
    );

    await page.getByRole("button", { name: "Save topics" }).click();
    await expectToast(page, "Topics saved.");
    await page.getByRole("button", { name: "Save configuration" }).click();
    await expectToast(page, "Configuration saved.");
    await page.getByRole("button", { name: "Save filter" }).click();
    await expectToast(page, "Filter saved.");
    const saved = await getDestination(plain, tenant.id, hook.id);
    expect(saved.topics).toEqual(["user.created", "order.paid"]);
    expect(saved.config.url).toBe("https://hooks.example.com/session-v2");
    expect(saved.config.custom_headers).toBe('{"X-Env":"prod"}');
    expect(saved.filter).toEqual({ topic: "order.paid" });
    // Saved: nothing is kept any more.
    expect(
      await page.evaluate(() =>
        Object.keys(window.sessionStorage).filter((k) => k.startsWith("portal:settings-draft:")),
      ),
    ).toEqual([]);
  });

  for (const theme of ["light", "dark"] as const) {
    test(`a reload keeps a dirty section and says so (${theme})`, async ({
      page,
      plain,
      faults: proxy,
    }) => {
      const tenant = await plain.createTenant();
      const hook = await createDestination(plain, tenant.id, {
        type: "webhook",
        topics: ["user.created"],
        config: { url: "https://hooks.example.com/reload" },
      });
      await openSettings(page, proxy, await plain.token(tenant.id), hook.id, { theme });
      const metadata = page.getByRole("group", { name: "Metadata", exact: true });
      await metadata.getByRole("button", { name: "Add entry" }).click();
      await metadata.getByRole("textbox", { name: "Key 1", exact: true }).fill("team");
      await metadata.getByRole("textbox", { name: "Value 1", exact: true }).fill("core");
      await page.reload();
      await expect(
        page.getByRole("status").filter({ hasText: "earlier changes were kept" }),
      ).toBeVisible();
      await expect(metadata.getByRole("textbox", { name: "Value 1", exact: true })).toHaveValue(
        "core",
      );
      await expectNoA11yViolations(page);
    });
  }
});

test.describe("settings: Cancel while saving", () => {
  test("Cancel on a save the server never got says Not saved and keeps the edit", async ({
    page,
    plain,
    faults: proxy,
  }) => {
    const { tenant, hook } = await openWithStuckPatch(
      page,
      plain,
      proxy,
      "https://hooks.example.com/hung",
      "hang",
    );
    await topic(page, "order.paid").check();
    const save = page.getByRole("button", { name: "Save topics" });
    await save.click();
    await expect(page.getByRole("button", { name: "Saving…" })).toBeFocused();
    await expect.poll(() => proxy.seen.some((line) => line.startsWith("PATCH "))).toBe(true);
    await page.getByRole("button", { name: "Cancel" }).click();

    await expectToast(page, "Not saved: the save was cancelled before the server applied it.");
    await expect(save).toBeFocused();
    await expect(topic(page, "order.paid")).toBeChecked();
    expect((await getDestination(plain, tenant.id, hook.id)).topics).toEqual(["user.created"]);
    await expect(save).not.toHaveAttribute("aria-disabled");
    await save.click();
    await expectToast(page, "Topics saved.");
    expect((await getDestination(plain, tenant.id, hook.id)).topics).toEqual([
      "user.created",
      "order.paid",
    ]);
  });

  test("Cancel on a save that reached the server says Saved", async ({
    page,
    plain,
    faults: proxy,
  }) => {
    const { tenant, hook } = await openWithStuckPatch(
      page,
      plain,
      proxy,
      "https://hooks.example.com/stuck",
      "hang-after-forward",
    );
    const metadata = page.getByRole("group", { name: "Metadata", exact: true });
    await metadata.getByRole("button", { name: "Add entry" }).click();
    await metadata.getByRole("textbox", { name: "Key 1", exact: true }).fill("team");
    await metadata.getByRole("textbox", { name: "Value 1", exact: true }).fill("core");
    await page.getByRole("button", { name: "Save metadata" }).click();
    // The server applied it; its answer never comes.
    await expect
      .poll(async () => (await getDestination(plain, tenant.id, hook.id)).metadata)
      .toEqual({ team: "core" });
    await expect(page.getByRole("button", { name: "Saving…" })).toBeVisible();
    await page.getByRole("button", { name: "Cancel" }).click();

    await expectToast(page, "Saved: the change had reached the server before you cancelled.");
    await expectNothingToSave(page.getByRole("button", { name: "Save metadata" }));
    await expect(page.getByRole("button", { name: "Save metadata" })).toBeFocused();
    await expect(metadata.getByRole("textbox", { name: "Value 1", exact: true })).toHaveValue(
      "core",
    );
  });
});

test.describe("settings: Save with nothing changed", () => {
  test("every section's Save (and the tenant's) is aria-disabled with 'No changes to save'", async ({
    page,
    plain,
    faults: proxy,
  }) => {
    const tenant = await plain.createTenant({ plan: "free" });
    const sqs = await createDestination(plain, tenant.id, {
      type: "aws_sqs",
      topics: ["user.created"],
      config: { queue_url: "https://sqs.eu-west-1.amazonaws.com/123456789012/same" },
      credentials: { key: "AKIASAMEKEY000000001", secret: "same-secret-value-0001" },
    });
    const writes = recordDestinationWrites(page);
    await openSettings(page, proxy, await plain.token(tenant.id), sqs.id);

    const saves = page.getByRole("main").getByRole("button", { name: /^Save / });
    await expect(saves).toHaveText([
      "Save topics",
      "Save configuration",
      "Save credentials",
      "Save filter",
      "Save metadata",
    ]);
    for (const save of await saves.all()) {
      await expectNothingToSave(save);
      await save.focus();
      await page.keyboard.press("Enter");
      await expect(save).toBeFocused();
    }
    // A change makes its own Save available, and only that one.
    await topic(page, "order.paid").check();
    await expect(page.getByRole("button", { name: "Save topics" })).not.toHaveAttribute(
      "aria-disabled",
    );
    await expectNothingToSave(page.getByRole("button", { name: "Save metadata" }));
    await topic(page, "order.paid").uncheck();
    await expectNothingToSave(page.getByRole("button", { name: "Save topics" }));
    expect(writes).toEqual([]);

    // The tenant's metadata form behaves the same.
    await page.getByRole("link", { name: "Tenant", exact: true }).click();
    await page.getByRole("button", { name: "Edit metadata" }).click();
    const saveTenant = page.getByRole("button", { name: "Save metadata" });
    await expectNothingToSave(saveTenant);
    await page
      .getByRole("group", { name: "Tenant metadata" })
      .getByRole("textbox", { name: "Value 1", exact: true })
      .fill("pro");
    await expect(saveTenant).not.toHaveAttribute("aria-disabled");
  });

  test("an empty filter on a destination that never had one is no change: nothing sent, no 'Filter removed.'", async ({
    page,
    plain,
    faults: proxy,
  }) => {
    const tenant = await plain.createTenant();
    const hook = await createDestination(plain, tenant.id, {
      type: "webhook",
      topics: "*",
      config: { url: "https://hooks.example.com/no-filter" },
    });
    const writes = recordDestinationWrites(page);
    await openSettings(page, proxy, await plain.token(tenant.id), hook.id);
    const filter = page.getByRole("textbox", { name: "Filter (JSON)" });
    const save = page.getByRole("button", { name: "Save filter" });
    await expectNothingToSave(save);
    await expect(page.getByRole("button", { name: "Remove filter" })).toHaveCount(0);
    // Typed and cleared again (whitespace only): still nothing to save.
    await filter.fill("  \n ");
    await expectNothingToSave(save);
    await filter.press("Control+Enter");
    await save.focus();
    await page.keyboard.press("Enter");
    await expect(save).toBeFocused();
    await expect(page.getByText("Filter removed.")).toHaveCount(0);
    expect(writes).toEqual([]);

    // A real filter, then removing it, does say so.
    await filter.fill('{ "topic": "order.paid" }');
    await save.click();
    await expectToast(page, "Filter saved.");
    await page.getByRole("button", { name: "Remove filter" }).click();
    await expectToast(page, "Filter removed.");
    expect(Object.keys((await getDestination(plain, tenant.id, hook.id)).filter ?? {})).toEqual([]);
    expect(writes.map((w) => w.body)).toEqual([
      { filter: { topic: "order.paid" } },
      { filter: null },
    ]);
  });
});
