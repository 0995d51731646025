import {
  card,
  definition,
  deliveryRows,
  destinationAttempts,
  openAt,
  publish,
} from "./support/activity";
import { expectNoA11yViolations } from "./support/a11y";
import { createDestination } from "./support/destinations";
import { expect, test } from "./support/fixtures";

const FAILING = "https://hooks.example.com/fail-a11y";
const HEALTHY = "https://hooks.example.com/a11y";

test.describe("delivery activity screens are axe-clean", () => {
  for (const theme of ["light", "dark"] as const) {
    test(`deliveries, attempt detail, activity, event detail and metrics (${theme})`, async ({
      page,
      plain,
    }) => {
      test.slow(); // several screens, each checked by axe: slow on a busy machine
      test.setTimeout(45_000);
      const tenant = await plain.createTenant();
      const failing = await createDestination(plain, tenant.id, {
        type: "webhook",
        topics: ["order.created", "order.paid"],
        config: { url: FAILING },
      });
      const healthy = await createDestination(plain, tenant.id, {
        type: "webhook",
        topics: ["order.paid"],
        config: { url: HEALTHY },
      });
      await publish(plain, tenant.id, { topic: "order.created", data: { n: 1 } });
      const paid = await publish(plain, tenant.id, {
        topic: "order.paid",
        data: { order_id: "ord_a11y", lines: [{ sku: "A", qty: 1 }], paid: true, note: null },
        metadata: { source: "a11y" },
      });
      // A manual retry, so the "Manual" markers are on screen too.
      await plain.request("POST", "/retry", { event_id: paid.id, destination_id: failing.id });
      const attempts = await destinationAttempts(plain, tenant.id, failing.id);
      expect(attempts).toHaveLength(3);
      expect(await destinationAttempts(plain, tenant.id, healthy.id)).toHaveLength(1);

      // Deliveries list with failed, manual rows and the pager-less page.
      await openAt(page, plain, tenant.id, `/destinations/${failing.id}/deliveries`, theme);
      await expect(deliveryRows(page)).toHaveCount(3);
      await expect(deliveryRows(page).first()).toContainText("Manual");
      await expectNoA11yViolations(page);

      // Attempt detail of the manual retry, with payload and response.
      await deliveryRows(page).first().getByRole("link").first().click();
      await expect(definition(card(page, "Attempt"), "Attempt ID").locator("code")).toHaveText(
        attempts[0]!.id,
      );
      await expect(page.getByRole("region", { name: "event payload" })).toContainText("ord_a11y");
      await expect(page.getByRole("region", { name: "response body" })).toBeVisible();
      await expectNoA11yViolations(page);

      // Activity.
      await page.getByRole("link", { name: "Activity", exact: true }).click();
      const events = page.getByRole("table", { name: "Events, newest first" }).locator("tbody tr");
      await expect(events).toHaveCount(2);
      await expectNoA11yViolations(page);

      // Event detail: two destinations, one with a manual attempt.
      await events.filter({ hasText: paid.id }).getByRole("link").click();
      await expect(
        page.getByRole("list", { name: `Attempts to ${FAILING}` }).getByRole("listitem"),
      ).toHaveCount(2);
      await expect(
        page.getByRole("list", { name: `Attempts to ${HEALTHY}` }).getByRole("listitem"),
      ).toHaveCount(1);
      await expectNoA11yViolations(page);

      // Metrics, with the table open and the response codes.
      await openAt(page, plain, tenant.id, `/destinations/${failing.id}/metrics`, theme);
      await expect(
        definition(page.getByRole("region", { name: "Summary" }), "Deliveries"),
      ).toHaveText("3");
      await page.getByText("Show as table", { exact: true }).click();
      await expect(page.getByRole("table", { name: /^Deliveries per hour/ })).toBeVisible();
      await expect(card(page, "Response codes").getByRole("listitem")).toHaveCount(1);
      await expectNoA11yViolations(page);
    });

    test(`disabled, empty and error states (${theme})`, async ({ page, plain }) => {
      test.slow(); // several screens, each checked by axe: slow on a busy machine
      const tenant = await plain.createTenant();
      const failing = await createDestination(plain, tenant.id, {
        type: "webhook",
        topics: "*",
        config: { url: FAILING },
      });
      const quiet = await createDestination(plain, tenant.id, {
        type: "webhook",
        topics: ["user.deleted"],
        config: { url: HEALTHY },
      });
      const event = await publish(plain, tenant.id, { topic: "order.paid" });
      await plain.request("PUT", `/tenants/${tenant.id}/destinations/${failing.id}/disable`);

      // Disabled: the note and disabled retry buttons.
      await openAt(page, plain, tenant.id, `/destinations/${failing.id}/deliveries`, theme);
      await expect(page.getByRole("button", { name: `Retry event ${event.id}` })).toBeDisabled();
      await expectNoA11yViolations(page);
      await openAt(page, plain, tenant.id, `/activity/${event.id}`, theme);
      await expect(page.getByRole("button", { name: `Retry to ${FAILING}` })).toBeDisabled();
      await expectNoA11yViolations(page);

      // Empty.
      await openAt(page, plain, tenant.id, `/destinations/${quiet.id}/deliveries`, theme);
      await expect(page.getByRole("heading", { name: "No deliveries match" })).toBeVisible();
      await expectNoA11yViolations(page);

      // Error (a 4xx is not retried, so it shows at once).
      await page.route(`**/destinations/${quiet.id}/attempts?**`, (route) =>
        route.fulfill({
          status: 400,
          contentType: "application/json",
          body: JSON.stringify({ status: 400, message: "bad request" }),
        }),
      );
      await page.getByRole("combobox", { name: "Status" }).selectOption("failed");
      await expect(
        page.getByRole("alert").filter({ hasText: "Couldn't load deliveries" }),
      ).toBeVisible();
      await expectNoA11yViolations(page);
    });
  }
});
