import { Outpost } from "@hookdeck/outpost-sdk";
import { afterEach, describe, expect, it } from "vitest";
import { createSandbox } from "./app.ts";
import { loadConfig } from "./config.ts";
import { seedDemoData, startEventGenerator } from "./seed.ts";
import { Simulator } from "./simulator.ts";
import { Store } from "./store.ts";
import { cryptoIds } from "./ids.ts";
import {
  ADMIN_KEY,
  sleep,
  startTestServer,
  waitFor,
  type ListeningSandbox,
} from "./testing/harness.ts";
import { DAY } from "./time.ts";

const NOW = Date.parse("2026-05-01T12:00:00.000Z");

function seeded(options: Parameters<typeof seedDemoData>[1]) {
  const config = loadConfig({});
  const store = new Store();
  const result = seedDemoData({ store, config }, options);
  return { store, result, config };
}

let server: ListeningSandbox | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("seedDemoData", () => {
  it("creates the acme tenant with five destinations and a week of history", () => {
    const { store, result } = seeded({ now: NOW });
    expect(result.tenantId).toBe("acme");
    expect(store.getTenant("acme")?.metadata).toEqual({
      name: "Acme Inc",
      plan: "enterprise",
      region: "eu-west-1",
    });
    const destinations = store.listDestinations("acme");
    expect(destinations.map((d) => d.type).sort()).toEqual([
      "aws_s3",
      "aws_sqs",
      "kafka",
      "webhook",
      "webhook",
    ]);
    expect(destinations.filter((d) => d.disabledAt !== null)).toHaveLength(1);
    expect(destinations.some((d) => d.type === "webhook" && d.config.url?.includes("fail"))).toBe(
      true,
    );

    const events = store.eventsSorted("acme");
    expect(events).toHaveLength(300);
    expect(events[0]?.time).toBeGreaterThanOrEqual(NOW - 7 * DAY);
    expect(events.at(-1)?.time).toBeLessThanOrEqual(NOW);
    const attempts = store.attemptsSorted("acme");
    expect(attempts.length).toBe(result.attempts);
    expect(attempts.every((a) => a.time <= NOW)).toBe(true);
    expect(attempts.some((a) => a.status === "failed" && a.attemptNumber > 1)).toBe(true);
    expect(attempts.some((a) => a.manual)).toBe(true);
    expect(attempts.some((a) => a.status === "success")).toBe(true);

    // No attempt reaches the disabled destination after it was disabled.
    const archive = destinations.find((d) => d.disabledAt !== null);
    const late = store
      .attemptsSorted("acme", archive?.id)
      .filter((a) => a.time > (archive?.disabledAt ?? 0) + DAY);
    expect(late).toHaveLength(0);
  });

  it("is deterministic for the same options and scales by parameters", () => {
    const a = seeded({ now: NOW, seed: 7, events: 50 });
    const b = seeded({ now: NOW, seed: 7, events: 50 });
    expect(b.store.eventsSorted().map((e) => [e.id, e.topic, e.time])).toEqual(
      a.store.eventsSorted().map((e) => [e.id, e.topic, e.time]),
    );
    expect(b.result.attempts).toBe(a.result.attempts);

    const big = seeded({ now: NOW, tenantId: "bulk", destinations: 40, events: 400, days: 2 });
    expect(big.store.listDestinations("bulk")).toHaveLength(40);
    expect(big.store.eventsSorted("bulk")).toHaveLength(400);
    expect(big.store.eventsSorted("bulk")[0]?.time).toBeGreaterThanOrEqual(NOW - 2 * DAY);
  });
});

describe("event generator", () => {
  it("publishes on an interval until stopped", async () => {
    const config = loadConfig({});
    const store = new Store();
    const simulator = new Simulator(store, config, Date.now, cryptoIds);
    seedDemoData({ store, config }, { now: Date.now(), events: 0 });
    const stop = startEventGenerator({ store, simulator, config }, { intervalMs: 5, seed: 1 });
    await waitFor(() => store.eventsSorted("acme").length >= 3);
    stop();
    simulator.stop();
    const count = store.eventsSorted("acme").length;
    await sleep(30);
    expect(store.eventsSorted("acme").length).toBe(count);
    expect(
      store.eventsSorted("acme").every((e) => e.metadata?.source === "sandbox-generator"),
    ).toBe(true);
  });

  it("createSandbox seeds unless told not to, and stop() ends the generator", () => {
    const on = createSandbox(loadConfig({ API_KEY: "k" }), { now: () => NOW });
    expect(on.seeded?.tenantId).toBe("acme");
    expect(on.store.hasTenant("acme")).toBe(true);
    on.stop();
    const off = createSandbox(loadConfig({ SANDBOX_SEED: "0" }));
    expect(off.seeded).toBeNull();
    expect(off.store.counts()).toEqual({ tenants: 0, events: 0, attempts: 0 });
    off.stop();
    const forcedOff = createSandbox(loadConfig({}), { seed: false });
    expect(forcedOff.store.hasTenant("acme")).toBe(false);
    forcedOff.stop();
  });
});

describe("seeded data through the SDK", () => {
  it("passes Outpost's response schemas", async () => {
    server = await startTestServer({ SANDBOX_SEED: "1" });
    const sdk = new Outpost({
      serverURL: `${server.baseUrl}/api/v1`,
      apiKey: ADMIN_KEY,
      retryConfig: { strategy: "none" },
    });
    const destinations = await sdk.destinations.list("acme");
    expect(destinations).toHaveLength(5);
    const attempts = await sdk.attempts.list({
      tenantId: "acme",
      limit: 1000,
      include: ["event.data", "response_data", "destination"],
    });
    expect(attempts.models?.length).toBeGreaterThan(300);
    const events = await sdk.events.list({ tenantId: "acme", limit: 1000 });
    expect(events.models).toHaveLength(300);
    const metrics = await sdk.metrics.getAttemptMetrics({
      time: { start: new Date(Date.now() - 7 * DAY), end: new Date() },
      granularity: "1d",
      measures: ["count", "error_rate"],
      dimensions: ["destination_id"],
    });
    expect(metrics.data?.length).toBeGreaterThanOrEqual(4 * 7);
  });
});
