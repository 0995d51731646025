import { expectNoA11yViolations } from "./support/a11y";
import {
  allTopicsCheckbox,
  createDestination,
  expectNoHorizontalScroll,
  expectToast,
  openPortal,
  typeCard,
} from "./support/destinations";
import { expect, serveConfig, test } from "./support/fixtures";

test.describe("destinations and tenant screens are axe-clean", () => {
  for (const theme of ["light", "dark"] as const) {
    test(`create flow: every step, with errors showing, then the new overview (${theme})`, async ({
      page,
      plain,
    }) => {
      test.slow(); // several screens, each checked by axe: slow on a busy machine
      await serveConfig(page, {
        ENABLE_WEBHOOK_CUSTOM_HEADERS: "true",
        ENABLE_DESTINATION_FILTER: "true",
      });
      const tenant = await plain.createTenant({ name: `Axe ${theme}` });
      await openPortal(page, plain, tenant.id, theme);
      await expect(page.locator("html")).toHaveAttribute("data-theme", theme);

      // List: empty state
      await expect(page.getByRole("heading", { name: "No destinations yet" })).toBeVisible();
      await expectNoA11yViolations(page);

      // Type step
      await page.getByRole("link", { name: "Add your first destination" }).click();
      await expect(page.getByRole("heading", { name: "Where should events go?" })).toBeVisible();
      await expectNoA11yViolations(page);

      // Topics step, with a group partly chosen
      await typeCard(page, "Webhook").click();
      await page.getByRole("checkbox", { name: "order.paid", exact: true }).check();
      await expect(page.getByText("1 selected")).toBeVisible();
      await expectNoA11yViolations(page);

      // Configure step, then with rows and every kind of error showing
      await page.getByRole("button", { name: "Continue" }).click();
      const url = page.getByRole("textbox", { name: "Webhook URL", exact: true });
      await expect(url).toBeVisible();
      await expectNoA11yViolations(page);
      const headers = page.getByRole("group", { name: "Custom Headers" });
      await headers.getByRole("button", { name: "Add header" }).click();
      await headers.getByRole("textbox", { name: "Header name 1" }).fill("X-Env");
      await headers.getByRole("textbox", { name: "Header value 1" }).fill("prod");
      const metadata = page.getByRole("group", { name: "Metadata", exact: true });
      await metadata.getByRole("button", { name: "Add entry" }).click();
      await metadata.getByRole("textbox", { name: "Key 1" }).fill("team");
      const filter = page.getByRole("textbox", { name: "Filter (JSON)" });
      await filter.fill("{ not json");
      await url.fill("not a url");
      await url.press("Enter");
      await expect(url).toHaveAttribute("aria-invalid", "true");
      await expect(page.getByRole("alert").filter({ hasText: "wasn't created" })).toBeVisible();
      await expectNoA11yViolations(page);

      // Created: the overview with the toast showing
      await url.fill("https://hooks.example.com/axe");
      await filter.fill('{ "data": { "ok": true } }');
      await page.getByRole("button", { name: "Create destination" }).click();
      await expectToast(page, "Webhook destination created.");
      await expect(
        page.getByRole("heading", { name: "https://hooks.example.com/axe" }),
      ).toBeVisible();
      await expectNoA11yViolations(page);
    });

    test(`destination detail: overview, settings and their dialogs (${theme})`, async ({
      page,
      plain,
    }) => {
      test.slow(); // several screens, each checked by axe: slow on a busy machine
      await serveConfig(page, {
        ENABLE_WEBHOOK_CUSTOM_HEADERS: "true",
        ENABLE_DESTINATION_FILTER: "true",
      });
      const tenant = await plain.createTenant();
      const hook = await createDestination(plain, tenant.id, {
        type: "webhook",
        topics: ["user.created", "order.paid"],
        config: { url: "https://hooks.example.com/detail", custom_headers: '{"X-Env":"prod"}' },
        filter: { data: { amount: { $gte: 100 } } },
        metadata: { team: "billing" },
        delivery_metadata: { source: "portal" },
      });
      await plain.request("PATCH", `/tenants/${tenant.id}/destinations/${hook.id}`, {
        credentials: { rotate_secret: true },
      });
      await createDestination(plain, tenant.id, {
        type: "aws_sqs",
        topics: "*",
        config: { queue_url: "https://sqs.us-east-1.amazonaws.com/123456789012/axe-queue" },
        credentials: { key: "AKIAAXEKEY0000000001", secret: "axe-secret-value-000001" },
      });
      await openPortal(page, plain, tenant.id, theme);

      // Overview with current and previous secrets, one revealed
      await page.getByRole("link", { name: "https://hooks.example.com/detail" }).click();
      await page.getByRole("button", { name: "Reveal signing secret", exact: true }).click();
      await expect(page.getByText("Valid until")).toBeVisible();
      await expectNoA11yViolations(page);

      // Settings, and its dialogs
      await page.getByRole("link", { name: "Settings" }).click();
      await expect(page.getByRole("button", { name: "Save topics" })).toBeVisible();
      await expectNoA11yViolations(page);
      await page.getByRole("button", { name: "Rotate secret" }).click();
      const rotate = page.getByRole("dialog", { name: "Rotate the signing secret?" });
      await expect(rotate).toBeVisible();
      await expectNoA11yViolations(page);
      await rotate.getByRole("button", { name: "Cancel" }).click();
      await page.getByRole("button", { name: "Delete destination" }).click();
      const remove = page.getByRole("dialog", { name: "Delete this destination?" });
      await expect(remove).toBeVisible();
      await expectNoA11yViolations(page);
      await page.keyboard.press("Escape");
      await expect(remove).toBeHidden();

      // Another type: disabled, and a stored credential being replaced
      await page.getByRole("link", { name: "All destinations" }).click();
      await page.getByRole("link", { name: "axe-queue" }).click();
      await page.getByRole("button", { name: "Disable", exact: true }).click();
      await page.getByRole("dialog").getByRole("button", { name: "Disable destination" }).click();
      await expect(page.locator("main header")).toContainText("Disabled");
      await expectNoA11yViolations(page);
      await page.getByRole("link", { name: "Settings" }).click();
      await page.getByRole("button", { name: "Replace Secret Access Key" }).click();
      await expect(
        page.getByRole("textbox", { name: "Secret Access Key", exact: true }),
      ).toBeFocused();
      await expectNoA11yViolations(page);
    });

    test(`list with rows and filters, tenant page and its editor (${theme})`, async ({
      page,
      plain,
    }) => {
      test.slow(); // several screens, each checked by axe: slow on a busy machine
      const tenant = await plain.createTenant({ name: `Axe ${theme}`, plan: "pro" });
      const sqs = await createDestination(plain, tenant.id, {
        type: "aws_sqs",
        topics: ["user.created"],
        config: { queue_url: "https://sqs.us-east-1.amazonaws.com/123456789012/list-queue" },
        credentials: { key: "AKIAAXEKEY0000000001", secret: "axe-secret-value-000001" },
      });
      await plain.request("PUT", `/tenants/${tenant.id}/destinations/${sqs.id}/disable`);
      await createDestination(plain, tenant.id, {
        type: "webhook",
        topics: "*",
        config: { url: "https://hooks.example.com/list" },
      });
      await openPortal(page, plain, tenant.id, theme);
      await expect(page.getByRole("link", { name: "list-queue" })).toBeVisible();
      await expect(page.getByText("No deliveries in 24 h").first()).toBeVisible();
      await expectNoA11yViolations(page);

      await page.getByRole("combobox", { name: "Type" }).selectOption({ label: "Apache Kafka" });
      await expect(page.getByRole("heading", { name: "No destinations match" })).toBeVisible();
      await expectNoA11yViolations(page);

      await page.getByRole("link", { name: "Tenant", exact: true }).click();
      await expect(page.getByTestId("tenant-id")).toHaveText(tenant.id);
      await expectNoA11yViolations(page);
      await page.getByRole("button", { name: "Edit metadata" }).click();
      await expect(page.getByRole("group", { name: "Tenant metadata" })).toBeVisible();
      await expectNoA11yViolations(page);
    });
  }

  test("320 px wide: list, configure step and overview don't scroll sideways", async ({
    page,
    plain,
  }) => {
    const tenant = await plain.createTenant({ name: "Narrow Screens Incorporated" });
    const long = await createDestination(plain, tenant.id, {
      type: "webhook",
      topics: ["user.created", "user.updated", "order.paid"],
      config: {
        url: "https://hooks.a-rather-long-subdomain.example.com/api/v2/incoming/webhooks/outpost-events",
      },
      metadata: { "a-fairly-long-metadata-key": "and-an-even-longer-metadata-value-to-wrap" },
    });
    await page.setViewportSize({ width: 320, height: 640 });
    await openPortal(page, plain, tenant.id);
    await expect(page.getByRole("link", { name: long.config.url! })).toBeVisible();
    await expectNoHorizontalScroll(page);

    await page.getByRole("link", { name: "Add destination" }).click();
    await typeCard(page, "AWS Kinesis").click();
    await allTopicsCheckbox(page).check();
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.getByRole("textbox", { name: "Stream Name", exact: true })).toBeVisible();
    const region = page.getByRole("textbox", { name: "AWS Region", exact: true });
    await region.fill("nowhere");
    await region.press("Enter");
    await expect(page.getByRole("textbox", { name: "Stream Name", exact: true })).toHaveAttribute(
      "aria-invalid",
      "true",
    );
    await expectNoHorizontalScroll(page);

    await page.getByRole("link", { name: "All destinations" }).click();
    await page.getByRole("link", { name: long.config.url! }).click();
    await expect(page.getByRole("heading", { name: long.config.url!, level: 1 })).toBeVisible();
    await page.getByRole("button", { name: "Reveal signing secret", exact: true }).click();
    await expectNoHorizontalScroll(page);
  });

  test("320 px wide: the settings tab doesn't scroll sideways", async ({ page, plain }) => {
    const tenant = await plain.createTenant();
    const hook = await createDestination(plain, tenant.id, {
      type: "webhook",
      topics: ["user.created"],
      config: { url: "https://hooks.example.com/narrow" },
    });
    await page.setViewportSize({ width: 320, height: 640 });
    await openPortal(page, plain, tenant.id);
    await page.getByRole("link", { name: hook.config.url! }).click();
    await page.getByRole("link", { name: "Settings" }).click();
    await expect(page.getByRole("button", { name: "Save configuration" })).toBeVisible();
    // The "Discard changes" + "Save configuration" row doesn't wrap.
    await expectNoHorizontalScroll(page);
  });
});
