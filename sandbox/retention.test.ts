import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createSandbox, type Sandbox } from "./app.ts";
import { createRng, seededIds } from "./ids.ts";
import { RETENTION_SWEEP_MS, sweep } from "./retention.ts";
import { demoEventPublisher, GENERATOR_INTERVAL_MS, seedDemoData } from "./seed.ts";
import { Store } from "./store.ts";
import { createTestSandbox, testConfig, type TestSandbox } from "./testing/harness.ts";
import { DAY, SECOND } from "./time.ts";
import type { AttemptRecord, EventRecord } from "./types.ts";

const START = Date.parse("2026-03-01T00:00:00Z");

let current: TestSandbox | null = null;
afterEach(() => {
  current?.stop();
  current = null;
  vi.useRealTimers();
});

function event(tenantId: string, id: string, time: number): EventRecord {
  return {
    id,
    tenantId,
    topic: "user.created",
    time,
    metadata: null,
    data: {},
    eligibleForRetry: false,
    destinationId: null,
    matchedDestinationIds: ["des_1"],
  };
}

function attempt(e: EventRecord, id: string, time = e.time): AttemptRecord {
  return {
    id,
    tenantId: e.tenantId,
    eventId: e.id,
    destinationId: "des_1",
    destinationType: "webhook",
    topic: e.topic,
    status: "success",
    time,
    code: "200",
    responseData: {},
    attemptNumber: 1,
    manual: false,
  };
}

describe("event IDs", () => {
  it("are unique per tenant: one tenant's ID never answers with another tenant's destinations", async () => {
    const t = (current = createTestSandbox());
    for (const tenant of ["a", "b"]) {
      await t.json("PUT", `/api/v1/tenants/${tenant}`);
      await t.json("POST", `/api/v1/tenants/${tenant}/destinations`, {
        body: {
          id: `des_${tenant}`,
          type: "webhook",
          topics: "*",
          config: { url: "https://x.io" },
        },
      });
    }
    const publish = (tenant: string) =>
      t.json<{ id: string; duplicate: boolean; destination_ids: string[] }>(
        "POST",
        "/api/v1/publish",
        { body: { id: "evt_same", tenant_id: tenant, topic: "user.created", data: {} } },
      );
    expect((await publish("a")).body).toEqual({
      id: "evt_same",
      duplicate: false,
      destination_ids: ["des_a"],
    });
    expect((await publish("b")).body).toEqual({
      id: "evt_same",
      duplicate: false,
      destination_ids: ["des_b"],
    });
    expect((await publish("a")).body).toMatchObject({
      duplicate: true,
      destination_ids: ["des_a"],
    });

    const asB = await t.json<{ tenant_id: string }>("GET", "/api/v1/events/evt_same", {
      token: await t.tenantToken("b"),
    });
    expect(asB.body.tenant_id).toBe("b");
    const attemptsOfB = await t.json<{ models: { destination_id: string }[] }>(
      "GET",
      "/api/v1/attempts?event_id=evt_same",
      { token: await t.tenantToken("b") },
    );
    expect(attemptsOfB.body.models.map((m) => m.destination_id)).toEqual(["des_b"]);
  });
});

describe("retention", () => {
  it("evicts events (with their attempts) and attempts older than SANDBOX_RETENTION_DAYS on its sweep", () => {
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval", "Date"], now: START });
    const t = (current = createTestSandbox({ SANDBOX_RETENTION_DAYS: "2" }));
    const store = t.sandbox.store;
    store.upsertTenant("a", null, START);
    const old = event("a", "evt_old", START);
    const fresh = event("a", "evt_new", START + 2 * DAY);
    store.addEvent(old);
    store.addAttempt(attempt(old, "atm_old"));
    store.addEvent(fresh);
    store.addAttempt(attempt(fresh, "atm_new"));

    vi.advanceTimersByTime(2 * DAY + RETENTION_SWEEP_MS);
    expect(store.getEvent("a", "evt_old")).toBeUndefined();
    expect(store.getAttempt("atm_old")).toBeUndefined();
    expect(store.attemptsOfEvent("a", "evt_old")).toEqual([]);
    expect(store.eventsSorted("a").map((e) => e.id)).toEqual(["evt_new"]);
    expect(store.attemptsSorted("a", "des_1").map((a) => a.id)).toEqual(["atm_new"]);
    expect(store.counts()).toEqual({ tenants: 1, events: 1, attempts: 1 });
  });

  it("keeps every tenant under its caps by evicting its own oldest records only", () => {
    const store = new Store({ maxEventsPerTenant: 10, maxAttemptsPerTenant: 15 });
    store.upsertTenant("busy", null, START);
    store.upsertTenant("quiet", null, START);
    const quiet = event("quiet", "evt_q", START);
    store.addEvent(quiet);
    store.addAttempt(attempt(quiet, "atm_q"));
    for (let i = 0; i < 100; i++) {
      const e = event("busy", `evt_${String(i).padStart(3, "0")}`, START + i * SECOND);
      store.addEvent(e);
      store.addAttempt(attempt(e, `atm_${i}_1`));
      store.addAttempt(attempt(e, `atm_${i}_2`, e.time + 1));
      expect(store.eventsSorted("busy").length).toBeLessThanOrEqual(10);
      expect(store.attemptsSorted("busy").length).toBeLessThanOrEqual(15);
    }
    const ids = store.eventsSorted("busy").map((e) => e.id);
    expect(ids.at(-1)).toBe("evt_099");
    expect(ids).toEqual([...ids].sort());
    // Whatever attempts are left belong to events that are left, newest first kept.
    const attempts = store.attemptsSorted("busy");
    expect(attempts.at(-1)?.id).toBe("atm_99_2");
    expect(attempts.every((a) => store.getEvent("busy", a.eventId) !== undefined)).toBe(true);
    expect(store.counts().attempts).toBe(attempts.length + 1);
    expect(store.eventsSorted("quiet").map((e) => e.id)).toEqual(["evt_q"]);
    expect(store.getAttempt("atm_q")).toBeDefined();
  });

  it("deletes a tenant touching only its own data, not the rest of the store", () => {
    const store = new Store();
    store.upsertTenant("big", null, START);
    // Counts every read of the big tenant's records once the store is filled.
    let reads = 0;
    const watched = <T extends object>(record: T): T => {
      for (const key of ["id", "tenantId", "time", "eventId"] as const) {
        if (!(key in record)) continue;
        let value = (record as Record<string, unknown>)[key];
        Object.defineProperty(record, key, {
          get: () => {
            reads++;
            return value;
          },
          set: (next) => {
            value = next;
          },
        });
      }
      return record;
    };
    for (let i = 0; i < 10_000; i++) {
      const e = watched(event("big", `evt_${i}`, START + i));
      store.addEvent(e);
      store.addAttempt(watched(attempt(e, `atm_${i}`)));
    }
    for (let n = 0; n < 20; n++) {
      const id = `small-${n}`;
      store.upsertTenant(id, null, START);
      const e = event(id, "evt_1", START);
      store.addEvent(e);
      store.addAttempt(attempt(e, `atm_${id}`));
    }
    const bigEvents = store.eventsSorted("big");
    reads = 0;
    for (let n = 0; n < 20; n++) expect(store.deleteTenant(`small-${n}`)).toBe(true);
    expect(reads).toBe(0);
    expect(store.eventsSorted("big")).toBe(bigEvents);
    expect(store.counts()).toEqual({ tenants: 1, events: 10_000, attempts: 10_000 });
    expect(store.hasTenant("small-0")).toBe(false);
  });
});

describe("soak: the demo generator over a simulated month", () => {
  it("keeps the retained heap flat once the retention window is full", () => {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    // A fake clock: the generator and the retention sweep run as their timers would,
    // a simulated month in seconds.
    let clock = START;
    const retentionDays = 5;
    const config = testConfig({
      SANDBOX_RETENTION_DAYS: String(retentionDays),
      RETRY_MAX_LIMIT: "0",
    });
    const sandbox: Sandbox = createSandbox(config, {
      now: () => clock,
      ids: seededIds(createRng(7)),
    });
    try {
      seedDemoData({ store: sandbox.store, config }, { now: clock });
      const publish = demoEventPublisher({ ...sandbox, config }, { seed: 7 });
      const heap: number[] = [];
      const events: number[] = [];
      const end = START + 30 * DAY;
      let nextSweep = START + RETENTION_SWEEP_MS;
      let nextSample = START + (retentionDays + 1) * DAY;
      while (clock < end) {
        clock += GENERATOR_INTERVAL_MS;
        publish();
        if (clock >= nextSweep) {
          sweep(sandbox.store, clock, retentionDays);
          nextSweep += RETENTION_SWEEP_MS;
        }
        if (clock >= nextSample) {
          gc();
          heap.push(process.memoryUsage().heapUsed);
          events.push(sandbox.store.counts().events);
          nextSample += DAY;
        }
      }
      // One event every 20 s: 4,320 a day, so a full window holds about 5 × 4,320.
      const perDay = DAY / GENERATOR_INTERVAL_MS;
      expect(heap.length).toBe(30 - retentionDays);
      expect(Math.max(...events)).toBeLessThanOrEqual(retentionDays * perDay + perDay / 100);
      expect(Math.min(...events)).toBeGreaterThanOrEqual(retentionDays * perDay - perDay / 100);
      const spreadMb = (Math.max(...heap) - Math.min(...heap)) / 1024 / 1024;
      console.log(
        `soak: retained heap spread ${spreadMb.toFixed(1)} MB over ${heap.length} simulated days`,
      );
      expect(spreadMb).toBeLessThan(8);
    } finally {
      sandbox.stop();
    }
  }, 60_000);
});
