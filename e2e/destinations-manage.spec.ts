import type { Page } from "@playwright/test";
import {
  createDestination,
  expectToast,
  getDestination,
  listDestinations,
  masked,
  openPortal,
  recordDestinationWrites,
  refuseNextDestinationWrite,
} from "./support/destinations";
import { countDocumentLoads, expect, serveConfig, test } from "./support/fixtures";

const OLD_KEY = "AKIAOLDKEY0000000001";
const NEW_KEY = "ZZNEWKEY000000000002";
const OLD_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
const QUEUE = "https://sqs.eu-west-1.amazonaws.com/123456789012/orders";
const NEW_QUEUE = "https://sqs.eu-west-1.amazonaws.com/123456789012/orders-v2";

const rows = (page: Page) => page.getByRole("list", { name: "Destinations" }).getByRole("listitem");
const rowFor = (page: Page, target: string) =>
  rows(page).filter({ has: page.getByRole("link", { name: target, exact: true }) });
const headerBadge = (page: Page) => page.locator("main header");

test.describe("destination settings", () => {
  test("editing topics, config and one credential sends only what changed", async ({
    page,
    plain,
  }) => {
    const tenant = await plain.createTenant();
    const sqs = await createDestination(plain, tenant.id, {
      type: "aws_sqs",
      topics: ["user.created", "order.created"],
      config: { queue_url: QUEUE },
      credentials: { key: OLD_KEY, secret: OLD_SECRET },
    });
    const writes = recordDestinationWrites(page);
    await openPortal(page, plain, tenant.id);
    await page.getByRole("link", { name: "orders", exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/destinations/${sqs.id}$`));
    await page.getByRole("link", { name: "Settings" }).click();
    await expect(page).toHaveURL(new RegExp(`/destinations/${sqs.id}/settings$`));

    // Topics
    await expect(page.getByRole("checkbox", { name: "order.created", exact: true })).toBeChecked();
    await page.getByRole("checkbox", { name: "order.created", exact: true }).uncheck();
    await page.getByRole("checkbox", { name: "order.paid", exact: true }).check();
    await page.getByRole("button", { name: "Save topics" }).click();
    await expectToast(page, "Topics saved.");
    await expect
      .poll(async () => (await getDestination(plain, tenant.id, sqs.id)).topics)
      .toEqual(["user.created", "order.paid"]);

    // Config: only the changed key goes out.
    const queueUrl = page.getByRole("textbox", { name: "Queue URL", exact: true });
    await expect(queueUrl).toHaveValue(QUEUE);
    await queueUrl.fill(NEW_QUEUE);
    await page.getByRole("button", { name: "Save configuration" }).click();
    await expectToast(page, "Configuration saved.");

    // Credentials: the key is replaced, the secret is left alone.
    const secretGroup = page.getByRole("group", { name: /Secret Access Key/ });
    await expect(secretGroup).toContainText(masked(OLD_SECRET));
    await page.getByRole("button", { name: "Replace Access Key ID" }).click();
    const keyInput = page.getByRole("textbox", { name: "Access Key ID", exact: true });
    await expect(keyInput).toBeFocused();
    await expect(keyInput).toHaveAttribute("type", "password");
    await keyInput.fill(NEW_KEY);
    await page.getByRole("button", { name: "Save credentials" }).click();
    await expectToast(page, "Credentials saved.");

    const saved = await getDestination(plain, tenant.id, sqs.id);
    expect(saved.topics).toEqual(["user.created", "order.paid"]);
    expect(saved.config).toEqual({ queue_url: NEW_QUEUE });
    expect(saved.credentials).toEqual({ key: masked(NEW_KEY), secret: masked(OLD_SECRET) });
    expect(masked(NEW_KEY)).not.toBe(masked(OLD_KEY));
    expect(writes).toEqual([
      {
        method: "PATCH",
        path: `/api/v1/tenants/${tenant.id}/destinations/${sqs.id}`,
        body: { topics: ["user.created", "order.paid"] },
      },
      {
        method: "PATCH",
        path: `/api/v1/tenants/${tenant.id}/destinations/${sqs.id}`,
        body: { config: { queue_url: NEW_QUEUE } },
      },
      {
        method: "PATCH",
        path: `/api/v1/tenants/${tenant.id}/destinations/${sqs.id}`,
        body: { credentials: { key: NEW_KEY } },
      },
    ]);

    // After saving, both credentials show as stored again and the new key is what's stored.
    await expect(page.getByRole("group", { name: /Access Key ID/ })).toContainText(masked(NEW_KEY));
    await expect(secretGroup).toContainText(masked(OLD_SECRET));

    // With nothing changed, Save says so and sends nothing.
    const saveCredentials = page.getByRole("button", { name: "Save credentials" });
    await expect(saveCredentials).toHaveAttribute("aria-disabled", "true");
    await expect(saveCredentials).toHaveAccessibleDescription("No changes to save");
    await saveCredentials.focus();
    await page.keyboard.press("Enter");
    await expect(saveCredentials).toBeFocused();
    expect(writes).toHaveLength(3);
  });

  test("a config change the API refuses shows its message on the field and keeps the edit", async ({
    page,
    plain,
  }) => {
    await serveConfig(page, { ENABLE_WEBHOOK_CUSTOM_HEADERS: "true" });
    const tenant = await plain.createTenant();
    const hook = await createDestination(plain, tenant.id, {
      type: "webhook",
      topics: "*",
      config: { url: "https://hooks.example.com/headers", custom_headers: '{"X-Env":"prod"}' },
    });
    const writes = recordDestinationWrites(page);
    await openPortal(page, plain, tenant.id);
    await page.getByRole("link", { name: "https://hooks.example.com/headers" }).click();
    await page.getByRole("link", { name: "Settings" }).click();

    const headers = page.getByRole("group", { name: "Custom Headers" });
    await expect(headers.getByRole("textbox", { name: "Header name 1" })).toHaveValue("X-Env");
    await expect(headers.getByRole("textbox", { name: "Header value 1" })).toHaveValue("prod");
    await headers.getByRole("button", { name: "Add header" }).click();
    await headers.getByRole("textbox", { name: "Header name 2" }).fill("X-Outpost-Event");
    await headers.getByRole("textbox", { name: "Header value 2" }).fill("spoofed");
    await refuseNextDestinationWrite(
      page,
      "PATCH",
      'custom_headers cannot set the reserved header "X-Outpost-Event"',
    );
    await page.getByRole("button", { name: "Save configuration" }).click();

    await expect(
      headers.getByText('custom_headers cannot set the reserved header "X-Outpost-Event"'),
    ).toBeVisible();
    await expect(page.getByRole("alert").filter({ hasText: "Not saved" })).toBeVisible();
    await expect(headers.getByRole("textbox", { name: "Header name 2" })).toHaveValue(
      "X-Outpost-Event",
    );
    await expect(headers.getByRole("textbox", { name: "Header value 2" })).toHaveValue("spoofed");
    expect((await getDestination(plain, tenant.id, hook.id)).config).toEqual({
      url: "https://hooks.example.com/headers",
      custom_headers: '{"X-Env":"prod"}',
    });

    await headers.getByRole("textbox", { name: "Header name 2" }).fill("X-Region");
    await headers.getByRole("textbox", { name: "Header value 2" }).fill("eu");
    await page.getByRole("button", { name: "Save configuration" }).click();
    await expectToast(page, "Configuration saved.");
    expect((await getDestination(plain, tenant.id, hook.id)).config).toEqual({
      url: "https://hooks.example.com/headers",
      custom_headers: '{"X-Env":"prod","X-Region":"eu"}',
    });
    // Only custom_headers was sent, both times.
    expect(writes.map((w) => w.body)).toEqual([
      { config: { custom_headers: '{"X-Env":"prod","X-Outpost-Event":"spoofed"}' } },
      { config: { custom_headers: '{"X-Env":"prod","X-Region":"eu"}' } },
    ]);
  });

  test("rotating the webhook secret keeps the old one for 24 h; the overview reveals both", async ({
    page,
    plain,
  }) => {
    const tenant = await plain.createTenant();
    const hook = await createDestination(plain, tenant.id, {
      type: "webhook",
      topics: "*",
      config: { url: "https://hooks.example.com/rotate" },
    });
    const oldSecret = hook.credentials.secret!;
    expect(oldSecret).toMatch(/^whsec_/);

    await openPortal(page, plain, tenant.id);
    await page.getByRole("link", { name: "https://hooks.example.com/rotate" }).click();
    const signing = page
      .getByRole("definition")
      .filter({ has: page.getByRole("button", { name: /signing secret$/ }) })
      .first();
    await expect(signing.locator("code")).toHaveText(/^•+$/);
    await expect(page.getByText(oldSecret)).toHaveCount(0);
    await expect(page.getByText("Previous secret")).toHaveCount(0);

    await page.getByRole("link", { name: "Settings" }).click();
    await page.getByRole("button", { name: "Rotate secret" }).click();
    const dialog = page.getByRole("dialog", { name: "Rotate the signing secret?" });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText("stays valid for 24 hours");
    await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
    const before = Date.now();
    await dialog.getByRole("button", { name: "Rotate secret" }).click();
    await expectToast(
      page,
      "New signing secret created. The previous one stays valid for 24 hours.",
    );
    await expect(dialog).toBeHidden();

    const rotated = await getDestination(plain, tenant.id, hook.id);
    const after = Date.now();
    const newSecret = rotated.credentials.secret!;
    expect(newSecret).toMatch(/^whsec_[0-9a-f]{64}$/);
    expect(newSecret).not.toBe(oldSecret);
    expect(rotated.credentials.previous_secret).toBe(oldSecret);
    const invalidAt = Date.parse(rotated.credentials.previous_secret_invalid_at!);
    const DAY = 24 * 3600_000;
    expect(invalidAt).toBeGreaterThanOrEqual(before + DAY - 2000);
    expect(invalidAt).toBeLessThanOrEqual(after + DAY + 2000);

    await page.getByRole("link", { name: "Overview" }).click();
    const current = page.getByRole("definition").filter({
      has: page.getByRole("button", { name: "Reveal signing secret", exact: true }),
    });
    await expect(current.locator("code")).toHaveText(/^•+$/);
    await expect(page.getByText(newSecret)).toHaveCount(0);
    const reveal = current.getByRole("button", { name: "Reveal signing secret", exact: true });
    await expect(reveal).toHaveAttribute("aria-pressed", "false");
    await reveal.click();
    await expect(current.locator("code")).toHaveText(newSecret);
    // Same name, now pressed: the state is said once, by aria-pressed.
    await expect(reveal).toHaveAttribute("aria-pressed", "true");
    await expect(reveal).toBeFocused();
    await reveal.click();
    await expect(current.locator("code")).toHaveText(/^•+$/);

    const previous = page.getByRole("definition").filter({ hasText: "Valid until" });
    await expect(previous).toContainText("(in 24 hours)");
    await expect(previous.locator("code")).toHaveText(/^•+$/);
    await previous.getByRole("button", { name: "Reveal previous signing secret" }).click();
    await expect(previous.locator("code")).toHaveText(oldSecret);
  });

  test("disable and enable from the header; the list follows without a reload", async ({
    page,
    plain,
  }) => {
    const tenant = await plain.createTenant();
    const hook = await createDestination(plain, tenant.id, {
      type: "webhook",
      topics: ["user.created"],
      config: { url: "https://hooks.example.com/toggle" },
    });
    await createDestination(plain, tenant.id, {
      type: "webhook",
      topics: ["order.paid"],
      config: { url: "https://hooks.example.com/other" },
    });
    const loads = countDocumentLoads(page);
    await openPortal(page, plain, tenant.id);
    const target = "https://hooks.example.com/toggle";
    await expect(rowFor(page, target)).toContainText("Active");

    await page.getByRole("link", { name: target }).click();
    await expect(headerBadge(page)).toContainText("Active");
    await page.getByRole("button", { name: "Disable", exact: true }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Disable destination" }).click();
    await expectToast(page, "Destination disabled. No events are delivered to it.");
    await expect(headerBadge(page)).toContainText("Disabled");
    await expect(page.getByRole("button", { name: "Enable", exact: true })).toBeVisible();
    const disabled = await getDestination(plain, tenant.id, hook.id);
    expect(disabled.disabled_at).not.toBeNull();
    expect(Math.abs(Date.parse(disabled.disabled_at!) - Date.now())).toBeLessThan(60_000);

    await page.getByRole("link", { name: "All destinations" }).click();
    await expect(rowFor(page, target)).toContainText("Disabled");
    await expect(rowFor(page, "https://hooks.example.com/other")).toContainText("Active");

    await page.getByRole("link", { name: target }).click();
    await page.getByRole("button", { name: "Enable", exact: true }).click();
    await expectToast(page, "Destination enabled.");
    await expect(headerBadge(page)).toContainText("Active");
    expect((await getDestination(plain, tenant.id, hook.id)).disabled_at).toBeNull();

    await page.getByRole("link", { name: "Destinations", exact: true }).click();
    await expect(rowFor(page, target)).toContainText("Active");
    await expect(rowFor(page, target)).not.toContainText("Disabled");
    expect(loads).toHaveLength(1);
  });

  test("delete asks first: Cancel and Escape keep it, confirming removes it", async ({
    page,
    plain,
  }) => {
    const tenant = await plain.createTenant();
    const doomed = await createDestination(plain, tenant.id, {
      type: "webhook",
      topics: "*",
      config: { url: "https://hooks.example.com/doomed" },
    });
    await createDestination(plain, tenant.id, {
      type: "webhook",
      topics: "*",
      config: { url: "https://hooks.example.com/keeper" },
    });
    await openPortal(page, plain, tenant.id);
    await expect(rows(page)).toHaveCount(2);
    await page.getByRole("link", { name: "https://hooks.example.com/doomed" }).click();
    await page.getByRole("link", { name: "Settings" }).click();

    const openButton = page.getByRole("button", { name: "Delete destination" });
    const dialog = page.getByRole("dialog", { name: "Delete this destination?" });
    await openButton.click();
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText("https://hooks.example.com/doomed");
    await expect(dialog).toContainText("can't be undone");
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(dialog).toBeHidden();
    await expect(openButton).toBeFocused();
    expect((await getDestination(plain, tenant.id, doomed.id)).id).toBe(doomed.id);

    await openButton.click();
    await expect(dialog).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    expect((await getDestination(plain, tenant.id, doomed.id)).id).toBe(doomed.id);

    await openButton.click();
    await dialog.getByRole("button", { name: "Delete destination" }).click();
    await expect(page).toHaveURL(/\/$/);
    await expectToast(page, "Deleted https://hooks.example.com/doomed.");
    await expect(page.getByRole("heading", { name: "Destinations", level: 1 })).toBeVisible();
    await expect(rows(page)).toHaveCount(1);
    await expect(page.getByRole("link", { name: "https://hooks.example.com/doomed" })).toHaveCount(
      0,
    );
    await expect(
      page.getByRole("link", { name: "https://hooks.example.com/keeper" }),
    ).toBeVisible();
    await expect(getDestination(plain, tenant.id, doomed.id)).rejects.toThrow(/→ 404/);
    expect((await listDestinations(plain, tenant.id)).map((d) => d.config.url)).toEqual([
      "https://hooks.example.com/keeper",
    ]);
  });
});
