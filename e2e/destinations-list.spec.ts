import type { Page } from "@playwright/test";
import { createDestination, openPortal } from "./support/destinations";
import { expect, test } from "./support/fixtures";

const list = (page: Page) => page.getByRole("list", { name: "Destinations" });
const rowLinks = (page: Page) => list(page).getByRole("link", { name: /^(?!Open in provider)/ });
/** The targets of the rows shown, in any order (rows created in the same millisecond tie). */
const expectRows = async (page: Page, targets: string[]) =>
  expect
    .poll(async () => (await rowLinks(page).allTextContents()).sort())
    .toEqual([...targets].sort());
const params = (page: Page) => Object.fromEntries(new URL(page.url()).searchParams);

const BILLING = "https://hooks.example.com/billing";
const AUDIT = "audit-queue";
const KAFKA = "k1.example.com:9092 / events";

test.describe("destinations list", () => {
  test("search and filters narrow the rows, live in the URL and survive a reload", async ({
    page,
    plain,
  }) => {
    const tenant = await plain.createTenant();
    const billing = await createDestination(plain, tenant.id, {
      type: "webhook",
      topics: ["order.paid"],
      config: { url: BILLING },
    });
    const audit = await createDestination(plain, tenant.id, {
      type: "aws_sqs",
      topics: "*",
      config: { queue_url: `https://sqs.us-east-1.amazonaws.com/123456789012/${AUDIT}` },
      credentials: { key: "AKIALISTKEY000000001", secret: "list-secret-value-0001" },
    });
    await plain.request("PUT", `/tenants/${tenant.id}/destinations/${audit.id}/disable`);
    const kafka = await createDestination(plain, tenant.id, {
      type: "kafka",
      topics: ["user.created"],
      config: {
        brokers: "k1.example.com:9092,k2.example.com:9092",
        topic: "events",
        sasl_mechanism: "plain",
      },
      credentials: { username: "list-user", password: "list-password-01" },
    });

    await openPortal(page, plain, tenant.id);
    const count = page.getByText(/^\d+( of \d+)? destinations?$/);
    await expect(count).toHaveText("3 destinations");
    await expectRows(page, [KAFKA, AUDIT, BILLING]);
    // Rows are real links to the destination.
    for (const [name, id] of [
      [BILLING, billing.id],
      [AUDIT, audit.id],
      [KAFKA, kafka.id],
    ]) {
      await expect(list(page).getByRole("link", { name, exact: true })).toHaveAttribute(
        "href",
        `/destinations/${id}`,
      );
    }
    await expect(list(page).getByRole("listitem").filter({ hasText: AUDIT })).toContainText(
      "Disabled",
    );

    // Search: target, type label or id.
    const search = page.getByRole("searchbox", { name: "Search" });
    await search.fill("billing");
    await expectRows(page, [BILLING]);
    await expect(count).toHaveText("1 of 3 destinations");
    expect(params(page)).toEqual({ q: "billing" });
    await search.fill("kafka");
    await expectRows(page, [KAFKA]);
    await search.fill(audit.id);
    await expectRows(page, [AUDIT]);
    await search.fill("");
    await expectRows(page, [KAFKA, AUDIT, BILLING]);
    expect(params(page)).toEqual({});

    // Status
    const status = page.getByRole("combobox", { name: "Status" });
    await status.selectOption({ label: "Disabled" });
    await expectRows(page, [AUDIT]);
    await status.selectOption({ label: "Active" });
    await expectRows(page, [KAFKA, BILLING]);
    expect(params(page)).toEqual({ status: "active" });

    // Type, combined with status
    const type = page.getByRole("combobox", { name: "Type" });
    await type.selectOption({ label: "Webhook" });
    await expectRows(page, [BILLING]);
    expect(params(page)).toEqual({ status: "active", type: "webhook" });
    await page.reload();
    await expectRows(page, [BILLING]);
    await expect(status).toHaveValue("active");
    await expect(type).toHaveValue("webhook");
    await expect(count).toHaveText("1 of 3 destinations");

    // Nothing matches
    await type.selectOption({ label: "AWS SQS" });
    await expect(page.getByRole("heading", { name: "No destinations match" })).toBeVisible();
    await expect(list(page)).toHaveCount(0);
    await expect(count).toHaveText("0 of 3 destinations");
    await page.reload();
    await expect(page.getByRole("heading", { name: "No destinations match" })).toBeVisible();
    expect(params(page)).toEqual({ status: "active", type: "aws_sqs" });
    await page.getByRole("button", { name: "Clear filters" }).click();
    await expectRows(page, [KAFKA, AUDIT, BILLING]);
    expect(params(page)).toEqual({});
    await expect(status).toHaveValue("");
    await expect(type).toHaveValue("");

    // Topic: a destination on all topics receives every topic.
    const topic = page.getByRole("combobox", { name: "Topic" });
    await topic.selectOption("order.paid");
    await expectRows(page, [AUDIT, BILLING]);
    expect(params(page)).toEqual({ topic: "order.paid" });
    await page.reload();
    await expect(topic).toHaveValue("order.paid");
    await expectRows(page, [AUDIT, BILLING]);
    await topic.selectOption("user.created");
    await expectRows(page, [KAFKA, AUDIT]);

    // Following a row keeps the filters for the way back.
    await list(page).getByRole("link", { name: KAFKA }).click();
    await expect(page).toHaveURL(new RegExp(`/destinations/${kafka.id}$`));
    await page.goBack();
    await expect(topic).toHaveValue("user.created");
    await expectRows(page, [KAFKA, AUDIT]);
  });

  test("pages of 50: two quick Nexts go two pages on, the URL and history hold the page, a search starts again at page 1", async ({
    page,
    plain,
  }) => {
    const tenant = await plain.createTenant();
    const targets = Array.from(
      { length: 110 },
      (_, i) => `https://hooks.example.com/paged/${String(i).padStart(3, "0")}`,
    );
    for (let i = 0; i < targets.length; i += 10) {
      await Promise.all(
        targets
          .slice(i, i + 10)
          .map((url) =>
            createDestination(plain, tenant.id, { type: "webhook", topics: "*", config: { url } }),
          ),
      );
    }

    await openPortal(page, plain, tenant.id);
    const pages = page.getByRole("navigation", { name: "Destination pages" });
    const position = pages.getByText(/^Page \d+ of \d+$/);
    const next = pages.getByRole("button", { name: "Next" });
    await expect(position).toHaveText("Page 1 of 3");
    await expect(rowLinks(page)).toHaveCount(50);
    const first = await rowLinks(page).allTextContents();

    // The second click comes before the rows of page 2 have rendered: it still goes on to 3.
    await next.click();
    await next.click();
    await expect(position).toHaveText("Page 3 of 3");
    expect(params(page).page).toBe("3");
    await expect(rowLinks(page)).toHaveCount(10);
    await expect(next).toBeDisabled();
    const third = await rowLinks(page).allTextContents();

    await page.goBack();
    await expect(position).toHaveText("Page 2 of 3");
    await expect(rowLinks(page)).toHaveCount(50);
    const second = await rowLinks(page).allTextContents();
    // Three pages, every destination on exactly one.
    expect([...first, ...second, ...third].sort()).toEqual(targets);

    await page.reload();
    await expect(position).toHaveText("Page 2 of 3");
    await expectRows(page, second);

    await page.getByRole("searchbox", { name: "Search" }).fill("paged/10");
    await expectRows(page, targets.slice(100));
    expect(params(page).page).toBeUndefined();
    await expect(pages).toHaveCount(0);
  });

  test("a tenant without destinations sees the empty state and its action", async ({
    page,
    plain,
  }) => {
    const tenant = await plain.createTenant();
    await openPortal(page, plain, tenant.id);
    await expect(page.getByRole("heading", { name: "No destinations yet" })).toBeVisible();
    await expect(page.getByText("0 destinations")).toBeVisible();
    await expect(page.getByRole("searchbox", { name: "Search" })).toHaveCount(0);
    const action = page.getByRole("link", { name: "Add your first destination" });
    await expect(action).toHaveAttribute("href", "/destinations/new");
    await action.click();
    await expect(page).toHaveURL(/\/destinations\/new$/);
    await expect(page.getByRole("heading", { name: "Where should events go?" })).toBeVisible();
  });
});
