/**
 * The portal's main journeys on a real Outpost: real deliveries to a receiver on 127.0.0.1
 * that checks Outpost's signature, seen in the portal as a tenant sees them.
 */
import { expect, test, type Page } from "@playwright/test";
import {
  secretsThatSigned,
  startReceiver,
  type ReceivedRequest,
  type Receiver,
} from "../sandbox/contract/receiver";
import { createTenant, onlyDestination, portalLink, publish } from "./api";

let receiver: Receiver;

test.beforeAll(async () => {
  receiver = await startReceiver();
});

test.afterAll(async () => {
  await receiver.close();
});

/** Waits for the receiver to get the delivery of `eventId`. */
async function deliveryOf(eventId: string): Promise<ReceivedRequest> {
  let found: ReceivedRequest | undefined;
  await expect
    .poll(() => {
      found = receiver.requests.find((r) => r.headers["x-outpost-event-id"] === eventId);
      return found !== undefined;
    })
    .toBe(true);
  return found as ReceivedRequest;
}

const deliveryRow = (page: Page, eventId: string) =>
  page.getByRole("row").filter({ hasText: eventId });

/** Reloads the Deliveries tab until `check` passes (Outpost logs attempts in batches). */
async function untilShown(page: Page, check: () => Promise<void>) {
  await expect(async () => {
    await page.reload();
    await check();
  }).toPass({ timeout: 30_000 });
}

test("a tenant creates a webhook, sees deliveries succeed and fail, retries, rotates the secret and deletes it", async ({
  page,
}) => {
  const tenantId = await createTenant();

  // Entry through a minted link; the token leaves the address bar.
  await page.goto(await portalLink(tenantId));
  await expect(page.getByRole("heading", { name: "Destinations", level: 1 })).toBeVisible();
  expect(new URL(page.url()).searchParams.has("token")).toBe(false);

  // Create a webhook to the local receiver.
  const url = receiver.url("/journey");
  await page.getByRole("link", { name: "Add your first destination" }).click();
  await page.getByRole("link", { name: /^Webhook/ }).click();
  await page.getByRole("checkbox", { name: "order.created", exact: true }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("textbox", { name: "Webhook URL", exact: true }).fill(url);
  await page.getByRole("button", { name: "Create destination" }).click();
  await expect(page).toHaveURL(/\/destinations\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(url);
  const hook = await onlyDestination(tenantId);
  expect(hook.config.url).toBe(url);

  // The list shows it.
  await page.getByRole("link", { name: "Destinations" }).first().click();
  await expect(page.getByRole("link", { name: url })).toBeVisible();

  // A real delivery, signed with the destination's secret.
  const okEvent = await publish(tenantId, "order.created", { order_id: "ord_1", total: 42 });
  const delivered = await deliveryOf(okEvent);
  expect(delivered.path).toBe("/journey");
  expect(delivered.headers["x-outpost-topic"]).toBe("order.created");
  expect(JSON.parse(delivered.body)).toEqual({ order_id: "ord_1", total: 42 });
  expect(
    secretsThatSigned(delivered.headers["x-outpost-signature"] as string, delivered.body, [
      hook.credentials.secret,
    ]),
  ).toEqual([hook.credentials.secret]);

  // The portal shows the successful delivery and its payload.
  await page.getByRole("link", { name: url }).click();
  await page.getByRole("link", { name: "Deliveries" }).click();
  await untilShown(page, () => expect(deliveryRow(page, okEvent)).toContainText("Success · 200"));
  await deliveryRow(page, okEvent).getByRole("link").click();
  const payload = page.getByRole("region", { name: "event payload" });
  await expect(payload).toContainText('"order_id": "ord_1"');
  await expect(payload).toContainText('"total": 42');
  await page.getByRole("link", { name: "All deliveries" }).click();

  // The endpoint goes down: the next delivery fails, and the portal says so.
  receiver.setFailing(true);
  const failedEvent = await publish(tenantId, "order.created", { order_id: "ord_2", total: 7 });
  await deliveryOf(failedEvent);
  await untilShown(page, () =>
    expect(deliveryRow(page, failedEvent)).toContainText("Failed · 500"),
  );

  // Outpost keeps the endpoint's answer as raw text; the portal shows that JSON as JSON.
  await deliveryRow(page, failedEvent).getByRole("link").click();
  await expect(page.getByRole("region", { name: "response body" })).toContainText(
    '"error": "receiver told to fail"',
  );
  await page.getByRole("link", { name: "All deliveries" }).click();

  // It is back: a retry from the portal succeeds as a manual attempt.
  receiver.setFailing(false);
  await deliveryRow(page, failedEvent)
    .first()
    .getByRole("button", { name: `Retry event ${failedEvent}` })
    .click();
  await expect(page.getByRole("status").filter({ hasText: "Retry queued." })).toBeVisible();
  const manualRow = deliveryRow(page, failedEvent).filter({ hasText: "Manual" });
  await untilShown(page, () => expect(manualRow).toContainText("Success · 200"));
  expect(
    receiver.requests.filter((r) => r.headers["x-outpost-event-id"] === failedEvent),
  ).toHaveLength(2);

  // Rotate the secret: during the overlap every delivery carries both signatures.
  await page.getByRole("link", { name: "Settings" }).click();
  await page.getByRole("button", { name: "Rotate secret" }).click();
  await page
    .getByRole("dialog", { name: "Rotate the signing secret?" })
    .getByRole("button", { name: "Rotate secret" })
    .click();
  await expect(
    page.getByRole("status").filter({ hasText: "New signing secret created." }),
  ).toBeVisible();
  const rotated = await onlyDestination(tenantId);
  expect(rotated.credentials.previous_secret).toBe(hook.credentials.secret);
  const afterRotation = await publish(tenantId, "order.created", { order_id: "ord_3", total: 1 });
  const dual = await deliveryOf(afterRotation);
  const signature = dual.headers["x-outpost-signature"] as string;
  expect(signature.slice(3).split(",")).toHaveLength(2);
  expect(
    secretsThatSigned(signature, dual.body, [rotated.credentials.secret, hook.credentials.secret]),
  ).toEqual([rotated.credentials.secret, hook.credentials.secret]);
  await page.getByRole("link", { name: "Overview" }).click();
  await expect(page.getByRole("definition").filter({ hasText: "Valid until" })).toContainText(
    "(in 24 hours)",
  );

  // Delete it; the list is empty again.
  await page.getByRole("link", { name: "Settings" }).click();
  await page.getByRole("button", { name: "Delete destination" }).click();
  await page
    .getByRole("dialog", { name: "Delete this destination?" })
    .getByRole("button", { name: "Delete destination" })
    .click();
  await expect(page.getByRole("status").filter({ hasText: `Deleted ${url}.` })).toBeVisible();
  await expect(page.getByRole("link", { name: "Add your first destination" })).toBeVisible();
});
