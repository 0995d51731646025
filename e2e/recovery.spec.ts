import type { Page, Route } from "@playwright/test";
import { destinationAttempts, type ApiAttempt } from "./support/activity";
import { expectNoA11yViolations } from "./support/a11y";
import type { SandboxApi } from "./support/destinations";
import { expect, test } from "./support/fixtures";
import { tenantScenario, WEBHOOK_URLS } from "./support/scenario";

const dialog = (page: Page) => page.getByRole("dialog", { name: "Retry failed deliveries" });

/** Manual attempts per event, for one destination (through the admin API). */
async function manualRetries(api: SandboxApi, tenantId: string, destinationId: string) {
  const attempts = await destinationAttempts(api, tenantId, destinationId);
  const counts = new Map<string, number>();
  for (const a of attempts.filter((a: ApiAttempt) => a.manual))
    counts.set(a.event_id, (counts.get(a.event_id) ?? 0) + 1);
  return counts;
}

/** Publishes `count` events of a topic; returns their ids. */
async function publishEvents(
  scene: Awaited<ReturnType<typeof tenantScenario>>,
  count: number,
  topic = "order.created",
) {
  const ids: string[] = [];
  for (let start = 0; start < count; start += 25) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(25, count - start) }, () => scene.publish({ topic })),
    );
    ids.push(...batch.map((b) => b.id));
  }
  return ids;
}

test.describe("bulk recovery", () => {
  test("retries each failed (event, destination) once, says how many first, and a second run retries none", async ({
    page,
    plain,
  }) => {
    test.setTimeout(60_000);
    const scene = await tenantScenario(plain);
    const failing = await scene.failingWebhook(["order.created"]);
    const ids = await publishEvents(scene, 12);
    // Three events already failed twice (a manual retry that failed too): 15 failed attempts, 12 pairs.
    for (const id of ids.slice(0, 3))
      await plain.request("POST", "/retry", { event_id: id, destination_id: failing.id });
    const before = await destinationAttempts(plain, scene.tenant.id, failing.id, {
      status: "failed",
    });
    expect(before).toHaveLength(15);

    await scene.open(page, `/destinations/${failing.id}/deliveries`);
    await page.getByRole("button", { name: "Retry failed deliveries" }).click();
    await expect(dialog(page)).toContainText(
      `12 failed deliveries to ${WEBHOOK_URLS.failing} in the last 24 hours will be sent again, each event once per destination.`,
    );
    await expect(dialog(page)).toContainText("Found in 15 failed attempts.");
    await expectNoA11yViolations(page);
    await dialog(page).getByRole("button", { name: "Retry 12 deliveries" }).click();
    await expect(dialog(page).getByRole("status")).toHaveText(
      "Done. 12 deliveries retried · 0 skipped · 0 failed",
    );
    // Through the API: exactly one new manual attempt per pair.
    const after = await manualRetries(plain, scene.tenant.id, failing.id);
    expect(ids.map((id) => after.get(id))).toEqual([2, 2, 2, ...Array(9).fill(1)]);
    await dialog(page).getByRole("button", { name: "Close" }).click();
    await expect(dialog(page)).toBeHidden();
    await expect(page.getByRole("button", { name: "Retry failed deliveries" })).toBeFocused();

    // Run it again: the retried pairs are skipped, nothing is sent twice.
    await page.getByRole("button", { name: "Retry failed deliveries" }).click();
    await expect(dialog(page)).toContainText("Nothing to retry");
    await expect(dialog(page)).toContainText("skipped 12: retried moments ago (12)");
    await expect(dialog(page).getByRole("button", { name: /^Retry \d+/ })).toHaveCount(0);
    await dialog(page).getByRole("button", { name: "Cancel" }).click();
    expect(await manualRetries(plain, scene.tenant.id, failing.id)).toEqual(after);
  });

  test("tenant-wide: recovers only the current filter; deliveries that succeeded since are skipped on a later run", async ({
    page,
    plain,
  }) => {
    test.setTimeout(60_000);
    const scene = await tenantScenario(plain);
    const created = await scene.failingWebhook(["order.created"]);
    const paid = await scene.webhook("https://hooks.example.com/fail-paid", ["order.paid"]);
    await publishEvents(scene, 4, "order.created");
    const paidIds = await publishEvents(scene, 6, "order.paid");
    // The endpoint is fixed: retries to it now succeed.
    await plain.request("PATCH", `/tenants/${scene.tenant.id}/destinations/${paid.id}`, {
      config: { url: WEBHOOK_URLS.healthy },
    });

    await scene.open(page, "/deliveries?status=failed&topic=order.paid");
    await page.getByRole("button", { name: "Retry failed deliveries" }).click();
    await expect(dialog(page)).toContainText(
      "6 failed deliveries for order.paid in the last 24 hours",
    );
    await dialog(page).getByRole("button", { name: "Retry 6 deliveries" }).click();
    await expect(dialog(page).getByRole("status")).toHaveText(
      "Done. 6 deliveries retried · 0 skipped · 0 failed",
    );
    await dialog(page).getByRole("button", { name: "Close" }).click();
    const paidRetries = await manualRetries(plain, scene.tenant.id, paid.id);
    expect(paidIds.map((id) => paidRetries.get(id))).toEqual(Array(6).fill(1));
    const succeeded = await destinationAttempts(plain, scene.tenant.id, paid.id, {
      status: "success",
    });
    expect(succeeded).toHaveLength(6);
    // Nothing of the other topic was touched.
    expect((await manualRetries(plain, scene.tenant.id, created.id)).size).toBe(0);

    // A new tab knows nothing of the first run: the API says they were delivered.
    await page.reload();
    await page.getByRole("button", { name: "Retry failed deliveries" }).click();
    await expect(dialog(page)).toContainText("Nothing to retry");
    await expect(dialog(page)).toContainText("skipped 6: delivered since (6)");
  });

  test("survives 429s, 5xx answers and a network drop mid-run: every pair retried exactly once", async ({
    page,
    plain,
  }) => {
    test.setTimeout(60_000);
    const scene = await tenantScenario(plain);
    const failing = await scene.failingWebhook(["order.created"]);
    const ids = await publishEvents(scene, 20);

    let calls = 0;
    const answers: string[] = [];
    await page.route("**/api/v1/retry", async (route: Route) => {
      calls += 1;
      // 3rd-4th: rate limited; 7th-8th: server errors; 11th-13th: no network.
      if (calls === 3 || calls === 4) {
        answers.push("429");
        return route.fulfill({
          status: 429,
          headers: { "Retry-After": "1", "Content-Type": "application/json" },
          body: JSON.stringify({ status: 429, message: "too many requests" }),
        });
      }
      if (calls === 7 || calls === 8) {
        answers.push("503");
        return route.fulfill({
          status: 503,
          contentType: "application/json",
          body: JSON.stringify({ status: 503, message: "unavailable" }),
        });
      }
      if (calls >= 11 && calls <= 13) {
        answers.push("drop");
        return route.abort("internetdisconnected");
      }
      answers.push("pass");
      return route.continue();
    });

    await scene.open(page, `/destinations/${failing.id}/deliveries`);
    await page.getByRole("button", { name: "Retry failed deliveries" }).click();
    await dialog(page).getByRole("button", { name: "Retry 20 deliveries" }).click();
    await expect(dialog(page).getByRole("status")).toHaveText(
      "Done. 20 deliveries retried · 0 skipped · 0 failed",
      { timeout: 30_000 },
    );
    expect(answers.filter((a) => a !== "pass")).toEqual([
      "429",
      "429",
      "503",
      "503",
      "drop",
      "drop",
      "drop",
    ]);
    expect(calls).toBe(27);
    const retries = await manualRetries(plain, scene.tenant.id, failing.id);
    expect(ids.map((id) => retries.get(id))).toEqual(Array(20).fill(1));
    await expect(dialog(page)).toContainText("27 requests in");
  });

  test("a lost answer (the server applied the retry, the connection dropped before the answer) is checked, never sent twice", async ({
    page,
    plain,
  }) => {
    test.setTimeout(60_000);
    const scene = await tenantScenario(plain);
    const failing = await scene.failingWebhook(["order.created"]);
    const ids = await publishEvents(scene, 20);

    let posts = 0;
    const lost: string[] = [];
    await page.route("**/api/v1/retry", async (route: Route) => {
      posts += 1;
      // 4th-6th: the sandbox gets and applies the retry; the browser never sees the answer.
      if (posts >= 4 && posts <= 6) {
        await route.fetch();
        lost.push((route.request().postDataJSON() as { event_id: string }).event_id);
        return route.abort("connectionreset");
      }
      return route.continue();
    });
    const checks: string[] = [];
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (
        url.pathname.endsWith(`/destinations/${failing.id}/attempts`) &&
        url.searchParams.has("event_id")
      )
        checks.push(url.searchParams.get("event_id")!);
    });

    await scene.open(page, `/destinations/${failing.id}/deliveries`);
    await page.getByRole("button", { name: "Retry failed deliveries" }).click();
    await dialog(page).getByRole("button", { name: "Retry 20 deliveries" }).click();
    await expect(dialog(page).getByRole("status")).toHaveText(
      "Done. 20 deliveries retried · 0 skipped · 0 failed",
      { timeout: 30_000 },
    );
    await expect(dialog(page)).toContainText(
      "3 answers lost on the way: those retries were found on the server, so they weren't sent again.",
    );
    expect(lost).toHaveLength(3);
    // The three lost answers were checked instead of sent again: 20 POSTs for 20 pairs.
    expect(checks.sort()).toEqual([...lost].sort());
    expect(posts).toBe(20);
    await expect(dialog(page)).toContainText("20 requests in");
    const retries = await manualRetries(plain, scene.tenant.id, failing.id);
    expect(ids.map((id) => retries.get(id))).toEqual(Array(20).fill(1));
  });

  test("a pair the server keeps refusing with 5xx is reported failed, by name, and is the only one not retried", async ({
    page,
    plain,
  }) => {
    test.setTimeout(60_000);
    const scene = await tenantScenario(plain);
    const failing = await scene.failingWebhook(["order.created"]);
    const ids = await publishEvents(scene, 10);
    const stuck = ids[4]!;
    let stuckCalls = 0;
    await page.route("**/api/v1/retry", async (route: Route) => {
      if ((route.request().postDataJSON() as { event_id: string }).event_id !== stuck)
        return route.continue();
      stuckCalls += 1;
      return route.fulfill({
        status: 502,
        headers: { "Retry-After": "0", "Content-Type": "application/json" },
        body: JSON.stringify({ status: 502, message: "upstream unavailable" }),
      });
    });

    await scene.open(page, `/destinations/${failing.id}/deliveries`);
    await page.getByRole("button", { name: "Retry failed deliveries" }).click();
    await dialog(page).getByRole("button", { name: "Retry 10 deliveries" }).click();
    await expect(dialog(page).getByRole("status")).toHaveText(
      "Done. 9 deliveries retried · 0 skipped · 1 failed",
      { timeout: 30_000 },
    );
    // Tried five times, then given up on, and named with the server's reason.
    expect(stuckCalls).toBe(5);
    await dialog(page).getByText("Failed: ").click();
    await expect(dialog(page).getByRole("listitem")).toHaveText([
      `${stuck} → ${WEBHOOK_URLS.failing}: upstream unavailable`,
    ]);
    const retries = await manualRetries(plain, scene.tenant.id, failing.id);
    expect(ids.map((id) => retries.get(id) ?? 0)).toEqual(ids.map((id) => (id === stuck ? 0 : 1)));
    await expectNoA11yViolations(page);

    // Once the server takes it, "Retry the 1 not retried" sends exactly that one.
    await page.unroute("**/api/v1/retry");
    await dialog(page).getByRole("button", { name: "Retry the 1 not retried" }).click();
    await expect(dialog(page).getByRole("status")).toHaveText(
      "Done. 1 delivery retried · 0 skipped · 0 failed",
    );
    const after = await manualRetries(plain, scene.tenant.id, failing.id);
    expect(ids.map((id) => after.get(id))).toEqual(Array(10).fill(1));
  });

  test("Cancel stops the run and reports exactly what was and wasn't retried", async ({
    page,
    plain,
  }) => {
    test.setTimeout(60_000);
    const scene = await tenantScenario(plain);
    const failing = await scene.failingWebhook(["order.created"]);
    await publishEvents(scene, 40);
    // Slow answers, so the run is still going when Cancel is pressed.
    await page.route("**/api/v1/retry", async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 250));
      await route.continue();
    });

    await scene.open(page, `/destinations/${failing.id}/deliveries`);
    await page.getByRole("button", { name: "Retry failed deliveries" }).click();
    await dialog(page).getByRole("button", { name: "Retry 40 deliveries" }).click();
    const progress = dialog(page).getByRole("progressbar");
    await expect(progress).toHaveAttribute("max", "40");
    await expect
      .poll(async () => Number(await progress.getAttribute("value")), { timeout: 10_000 })
      .toBeGreaterThanOrEqual(4);
    await dialog(page).getByRole("button", { name: "Cancel" }).click();
    const status = dialog(page).getByRole("status");
    await expect(status).toHaveText(
      /^Cancelled\. \d+ deliveries retried · 0 skipped · 0 failed · \d+ not sent$/,
    );
    const [, retried, notSent] = /(\d+) deliveries retried.* (\d+) not sent/
      .exec((await status.textContent()) ?? "")!
      .map(Number);
    expect(retried! + notSent!).toBe(40);
    expect(retried).toBeLessThan(40);
    const retries = await manualRetries(plain, scene.tenant.id, failing.id);
    expect(retries.size).toBe(retried);
    expect([...retries.values()].every((n) => n === 1)).toBe(true);

    // The rest, from the summary: all 40 end up retried once.
    await page.unroute("**/api/v1/retry");
    await dialog(page)
      .getByRole("button", { name: `Retry the ${notSent} not retried` })
      .click();
    await expect(dialog(page).getByRole("status")).toHaveText(
      `Done. ${notSent} deliveries retried · 0 skipped · 0 failed`,
    );
    const all = await manualRetries(plain, scene.tenant.id, failing.id);
    expect(all.size).toBe(40);
    expect([...all.values()].every((n) => n === 1)).toBe(true);
  });

  test("a disabled destination explains why it can't be recovered", async ({ page, plain }) => {
    const scene = await tenantScenario(plain);
    const failing = await scene.failingWebhook(["order.created"]);
    await publishEvents(scene, 2);
    await plain.request("PUT", `/tenants/${scene.tenant.id}/destinations/${failing.id}/disable`);

    await scene.open(page, `/destinations/${failing.id}/deliveries`);
    const button = page.getByRole("button", { name: "Retry failed deliveries" });
    await expect(button).toBeDisabled();
    await expect(button).toHaveAccessibleDescription("Disabled destinations can't be recovered.");

    // Tenant-wide, its failed pairs are skipped with the reason.
    await scene.open(page, "/deliveries?status=failed");
    await page.getByRole("button", { name: "Retry failed deliveries" }).click();
    await expect(dialog(page)).toContainText("skipped 2: destination disabled (2)");
    expect((await manualRetries(plain, scene.tenant.id, failing.id)).size).toBe(0);
  });
});
