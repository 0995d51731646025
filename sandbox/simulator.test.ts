import { afterEach, describe, expect, it } from "vitest";
import { simulateOutcome } from "./simulator.ts";
import { createTestSandbox, sleep, waitFor, type TestSandbox } from "./testing/harness.ts";

let t: TestSandbox;
afterEach(() => {
  // The pure simulateOutcome tests never create a sandbox.
  if (t !== undefined) t.stop();
});

async function setup(env: Record<string, string> = {}): Promise<void> {
  t = createTestSandbox(env);
  await t.json("PUT", "/api/v1/tenants/acme");
}

async function addDestination(body: Record<string, unknown>): Promise<void> {
  const res = await t.json("POST", "/api/v1/tenants/acme/destinations", { body });
  expect(res.status).toBe(201);
}

const hook = (id: string, url: string, extra: Record<string, unknown> = {}) =>
  addDestination({ id, type: "webhook", topics: "*", config: { url }, ...extra });

const publish = (body: Record<string, unknown>) =>
  t.json<{ id: string; duplicate: boolean; destination_ids: string[] } & { data?: unknown }>(
    "POST",
    "/api/v1/publish",
    {
      body: { tenant_id: "acme", topic: "user.created", data: { n: 1 }, ...body },
    },
  );

const attemptsOf = (destinationId: string) => t.sandbox.store.attemptsSorted("acme", destinationId);

describe("simulateOutcome", () => {
  const event = { id: "evt_1", topic: "user.created" };
  it("webhooks: 200, 500 for 'fail', timeout for 'timeout'", () => {
    expect(
      simulateOutcome({ type: "webhook", config: { url: "https://ok.example" } }, event),
    ).toEqual({
      status: "success",
      code: "200",
      // Outpost keeps the endpoint's body as raw text.
      responseData: { status: 200, body: '{"received":true,"event_id":"evt_1"}' },
    });
    const failed = simulateOutcome(
      { type: "webhook", config: { url: "https://x.example/FAIL" } },
      event,
    );
    expect(failed).toMatchObject({ status: "failed", code: "500", responseData: { status: 500 } });
    const timeout = simulateOutcome(
      { type: "webhook", config: { url: "https://timeout.example" } },
      event,
    );
    expect(timeout.status).toBe("failed");
    expect(timeout.code).toBe("timeout");
    expect(JSON.stringify(timeout.responseData)).toMatch(/timeout/);
  });

  it("other types succeed unless a config value contains 'fail'", () => {
    expect(
      simulateOutcome({ type: "aws_s3", config: { bucket: "b", region: "us-east-1" } }, event),
    ).toEqual({
      status: "success",
      code: "OK",
      responseData: { bucket: "b", key: "evt_1.json" },
    });
    expect(
      simulateOutcome({ type: "kafka", config: { brokers: "b", topic: "will-fail" } }, event),
    ).toMatchObject({
      status: "failed",
      code: "ERR",
    });
  });
});

describe("publish", () => {
  it("answers 202 with the matched destinations and records the event", async () => {
    await setup({ TOPICS_ALLOW_WILDCARDS: "true" });
    await hook("d_all", "https://a.example");
    await hook("d_user", "https://b.example", { topics: ["user.*"] });
    await hook("d_order", "https://c.example", { topics: ["order.created"] });
    await hook("d_off", "https://d.example", { disabled_at: "2020-01-01T00:00:00Z" });
    await hook("d_filtered", "https://e.example", { filter: { data: { n: { $gte: 5 } } } });

    const res = await publish({
      id: "evt_1",
      time: "2024-01-01T00:00:00Z",
      metadata: { source: "test" },
    });
    expect(res.status).toBe(202);
    expect(res.body).toEqual({
      id: "evt_1",
      duplicate: false,
      destination_ids: ["d_all", "d_user"],
    });
    const event = t.sandbox.store.getEvent("acme", "evt_1");
    expect(event).toMatchObject({
      time: Date.parse("2024-01-01T00:00:00Z"),
      eligibleForRetry: true,
      metadata: { source: "test" },
      matchedDestinationIds: ["d_all", "d_user"],
    });
    expect(attemptsOf("d_all")).toHaveLength(1);
    expect(attemptsOf("d_order")).toHaveLength(0);

    const big = await publish({ data: { n: 7 } });
    expect(big.body.destination_ids).toContain("d_filtered");
    expect(big.body.id).toMatch(/^evt_/);
  });

  it("routes to one destination with destination_id and reports duplicates", async () => {
    await setup();
    await hook("d1", "https://a.example");
    await hook("d2", "https://b.example");
    expect((await publish({ id: "e1", destination_id: "d2" })).body.destination_ids).toEqual([
      "d2",
    ]);
    expect((await publish({ id: "e1" })).body).toEqual({
      id: "e1",
      duplicate: true,
      destination_ids: ["d2"],
    });
    expect(attemptsOf("d1")).toHaveLength(0);
  });

  it("accepts events for unknown tenants without recording them", async () => {
    await setup();
    const res = await publish({ tenant_id: "nobody", id: "ghost" });
    expect(res.body).toEqual({ id: "ghost", duplicate: false, destination_ids: [] });
    expect(t.sandbox.store.findEvent("ghost", null)).toBeUndefined();
  });

  it("validates the body and the topic against TOPICS", async () => {
    await setup({ TOPICS: "user.created" });
    const missing = await t.json("POST", "/api/v1/publish", {
      body: { topic: "user.created", data: {} },
    });
    expect(missing).toEqual({
      status: 422,
      body: { status: 422, message: "validation error", data: ["tenant_id is required"] },
    });
    expect((await publish({ topic: "" })).body).toEqual({
      status: 422,
      message: "validation error",
      data: { topic: "required" },
    });
    expect((await publish({ topic: "nope" })).body).toEqual({
      status: 422,
      message: "validation error",
      data: { topic: "invalid" },
    });
    expect((await publish({ time: "yesterday" })).body.data).toEqual([
      "time must be an RFC 3339 timestamp",
    ]);
    expect((await publish({ data: [1] })).body.data).toEqual(["data must be an object"]);
    expect((await publish({})).status).toBe(202);
  });
});

describe("automatic retries", () => {
  it("retries failed deliveries with exponential backoff up to RETRY_MAX_LIMIT", async () => {
    await setup({ RETRY_MAX_LIMIT: "2", RETRY_INTERVAL_SECONDS: "0.03" });
    await hook("bad", "https://x.example/fail");
    await publish({ id: "e1" });
    await waitFor(() => attemptsOf("bad").length === 3);
    await sleep(150);
    const attempts = attemptsOf("bad");
    expect(attempts.map((a) => a.attemptNumber)).toEqual([1, 2, 3]);
    expect(attempts.every((a) => a.status === "failed" && a.code === "500" && !a.manual)).toBe(
      true,
    );
    const [a1, a2, a3] = attempts.map((a) => a.time) as [number, number, number];
    expect(a2 - a1).toBeGreaterThanOrEqual(28);
    expect(a3 - a2).toBeGreaterThanOrEqual(58);
    expect(t.sandbox.simulator.pendingRetries()).toBe(0);
  });

  it("does not retry successes, events not eligible for retry, or disabled destinations", async () => {
    await setup({ RETRY_INTERVAL_SECONDS: "0.01" });
    await hook("good", "https://ok.example");
    await hook("bad", "https://x.example/fail");
    await publish({ id: "e1", eligible_for_retry: false });
    await sleep(60);
    expect(attemptsOf("good")).toHaveLength(1);
    expect(attemptsOf("bad")).toHaveLength(1);

    await publish({ id: "e2" });
    await t.json("PUT", "/api/v1/tenants/acme/destinations/bad/disable");
    await sleep(60);
    expect(attemptsOf("bad").filter((a) => a.eventId === "e2")).toHaveLength(1);
  });

  it("stop() clears pending retry timers", async () => {
    await setup({ RETRY_INTERVAL_SECONDS: "0.02" });
    await hook("bad", "https://x.example/timeout");
    await publish({ id: "e1" });
    expect(t.sandbox.simulator.pendingRetries()).toBe(1);
    t.sandbox.stop();
    expect(t.sandbox.simulator.pendingRetries()).toBe(0);
    await sleep(80);
    expect(attemptsOf("bad").map((a) => a.code)).toEqual(["timeout"]);
  });
});

describe("manual retry", () => {
  it("records a manual attempt with the next attempt number (202)", async () => {
    await setup({ RETRY_MAX_LIMIT: "0" });
    await hook("bad", "https://x.example/fail");
    await publish({ id: "e1" });
    const res = await t.json("POST", "/api/v1/retry", {
      body: { event_id: "e1", destination_id: "bad" },
    });
    expect(res).toEqual({ status: 202, body: { success: true } });
    const token = await t.tenantToken("acme");
    expect(
      (
        await t.json("POST", "/api/v1/retry", {
          token,
          body: { event_id: "e1", destination_id: "bad" },
        })
      ).status,
    ).toBe(202);
    expect(attemptsOf("bad").map((a) => [a.attemptNumber, a.manual])).toEqual([
      [1, false],
      [2, true],
      [3, true],
    ]);
  });

  it("answers destination_disabled, 404s and validation errors", async () => {
    await setup();
    await hook("d1", "https://ok.example", { topics: ["user.created"] });
    await hook("d2", "https://ok.example", { topics: ["order.created"] });
    await publish({ id: "e1" });
    await t.json("PUT", "/api/v1/tenants/acme/destinations/d1/disable");
    const disabled = await t.json("POST", "/api/v1/retry", {
      body: { event_id: "e1", destination_id: "d1" },
    });
    expect(disabled).toEqual({
      status: 400,
      body: {
        status: 400,
        message: "Destination is disabled",
        data: { error: "destination_disabled" },
      },
    });
    expect(
      (await t.json("POST", "/api/v1/retry", { body: { event_id: "nope", destination_id: "d1" } }))
        .body,
    ).toEqual({
      status: 404,
      message: "event not found",
    });
    expect(
      (await t.json("POST", "/api/v1/retry", { body: { event_id: "e1", destination_id: "nope" } }))
        .body,
    ).toEqual({
      status: 404,
      message: "destination not found",
    });
    const mismatch = await t.json<{ data: unknown }>("POST", "/api/v1/retry", {
      body: { event_id: "e1", destination_id: "d2" },
    });
    expect(mismatch.status).toBe(400);
    expect(mismatch.body.data).toEqual({ error: "topic_mismatch" });
    const invalid = await t.json<{ data: unknown }>("POST", "/api/v1/retry", { body: {} });
    expect(invalid.status).toBe(422);
    expect(invalid.body.data).toEqual(["event_id is required", "destination_id is required"]);
  });
});
