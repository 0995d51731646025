/** Metrics as the portal's charts read them: shapes, zero-filled buckets, dimensions, filters. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { httpClient, tenantWithToken, type Call } from "./http.ts";
import { startReceiver, type Receiver } from "./receiver.ts";
import { eventually, openTarget, uniqueId, type ContractTarget } from "./target.ts";

interface MetricsResponse {
  data: {
    time_bucket?: string;
    dimensions: Record<string, string>;
    metrics: Record<string, number>;
  }[];
  metadata: {
    granularity?: string;
    query_time_ms: number;
    row_count: number;
    row_limit: number;
    truncated: boolean;
  };
}

const MINUTE = 60_000;
let target: ContractTarget;
let receiver: Receiver;
let call: Call;
let token: string;
const tenant = uniqueId("metrics");
let windowStart: number;
let window: { "time[start]": string; "time[end]": string };

beforeAll(async () => {
  target = await openTarget();
  receiver = await startReceiver();
  call = httpClient(target);
  token = await tenantWithToken(call, tenant);
  for (const [id, path] of [
    ["des_ok", "/ok"],
    ["des_fail", "/fail"],
  ] as const) {
    await call("POST", `/tenants/${tenant}/destinations`, {
      body: {
        id,
        type: "webhook",
        topics: ["order.created", "order.paid"],
        config: { url: receiver.url(path) },
      },
    });
  }
  // Six minutes starting four minutes ago: the deliveries happen inside it whatever the clock.
  windowStart = Math.floor(Date.now() / MINUTE) * MINUTE - 4 * MINUTE;
  window = {
    "time[start]": new Date(windowStart).toISOString(),
    "time[end]": new Date(windowStart + 6 * MINUTE).toISOString(),
  };
  for (const topic of ["order.created", "order.created", "order.paid"]) {
    await call("POST", "/publish", {
      body: { tenant_id: tenant, topic, eligible_for_retry: false, data: { n: 1 } },
    });
  }
  await eventually(
    "six attempts counted",
    async () => {
      const reply = await call<MetricsResponse>("GET", "/metrics/attempts", {
        token,
        query: { ...window, "measures[]": "count" },
      });
      return reply.body.data?.[0]?.metrics.count === 6 ? true : undefined;
    },
    target.settleMs,
  );
}, 60_000);

afterAll(async () => {
  await call("DELETE", `/tenants/${tenant}`);
  await receiver?.close();
  await target?.close();
});

describe("metrics", () => {
  it("needs time[start] and time[end]", async () => {
    expect(
      (await call("GET", "/metrics/attempts", { token, query: { "measures[]": "count" } })).status,
    ).toBe(400);
  });

  it("zero-fills one bucket per granularity step, aligned to it", async () => {
    const reply = await call<MetricsResponse>("GET", "/metrics/attempts", {
      token,
      query: { ...window, granularity: "1m", "measures[]": ["count", "failed_count"] },
    });
    expect(reply.status).toBe(200);
    expect(reply.body.metadata).toMatchObject({ granularity: "1m", truncated: false });
    expect(typeof reply.body.metadata.row_limit).toBe("number");
    const buckets = reply.body.data.map((d) => Date.parse(d.time_bucket ?? ""));
    expect(buckets).toEqual([0, 1, 2, 3, 4, 5].map((i) => windowStart + i * MINUTE));
    const total = reply.body.data.reduce((sum, d) => sum + (d.metrics.count ?? 0), 0);
    expect(total).toBe(6);
    expect(reply.body.data.reduce((sum, d) => sum + (d.metrics.failed_count ?? 0), 0)).toBe(3);
    expect(reply.body.data.filter((d) => d.metrics.count === 0).length).toBeGreaterThanOrEqual(4);
  });

  it("answers one row per dimension combination without granularity", async () => {
    const reply = await call<MetricsResponse>("GET", "/metrics/attempts", {
      token,
      query: {
        ...window,
        "measures[]": ["count", "successful_count", "error_rate", "first_attempt_count"],
        "dimensions[]": ["destination_id", "status", "code"],
      },
    });
    const rows = reply.body.data.map((d) => ({ ...d.dimensions, ...d.metrics }));
    expect(rows).toHaveLength(2);
    expect(rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          destination_id: "des_ok",
          status: "success",
          code: "200",
          count: 3,
          successful_count: 3,
          error_rate: 0,
          first_attempt_count: 3,
        }),
        expect.objectContaining({
          destination_id: "des_fail",
          status: "failed",
          code: "500",
          count: 3,
          successful_count: 0,
          error_rate: 1,
        }),
      ]),
    );
    for (const row of reply.body.data) expect(row.time_bucket).toBeUndefined();
  });

  it("filters by a dimension in both array forms", async () => {
    for (const filter of [
      "filters[destination_id][]=des_fail",
      "filters[destination_id][0]=des_fail",
    ]) {
      const query = `time[start]=${encodeURIComponent(window["time[start]"])}&time[end]=${encodeURIComponent(window["time[end]"])}&measures[]=count&measures[]=failed_rate&${filter}`;
      const reply = await call<MetricsResponse>("GET", "/metrics/attempts", { token, query });
      expect(reply.status, filter).toBe(200);
      expect(reply.body.data[0]?.metrics.count, filter).toBe(3);
      // A rate is per second of the bucket (here the whole six-minute window).
      expect(reply.body.data[0]?.metrics.failed_rate, filter).toBeCloseTo(3 / 360, 6);
    }
  });

  it("counts events by topic", async () => {
    const reply = await call<MetricsResponse>("GET", "/metrics/events", {
      token,
      query: { ...window, "measures[]": ["count"], "dimensions[]": "topic" },
    });
    const byTopic = Object.fromEntries(
      reply.body.data.map((d) => [d.dimensions.topic, d.metrics.count]),
    );
    expect(byTopic).toEqual({ "order.created": 2, "order.paid": 1 });
  });
});
