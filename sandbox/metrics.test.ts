import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { advanceTime, parseGranularity, truncateTime } from "./metrics.ts";
import { createTestSandbox, type TestSandbox } from "./testing/harness.ts";

type Point = {
  time_bucket?: string;
  dimensions: Record<string, string>;
  metrics: Record<string, number>;
};
type Metrics = { data: Point[]; metadata: Record<string, unknown> };

let clock = 0;
let t: TestSandbox;
const at = (hhmm: string) => Date.parse(`2026-03-02T${hhmm}:00.000Z`);

beforeAll(async () => {
  t = createTestSandbox({ RETRY_MAX_LIMIT: "0" }, { now: () => clock });
  await t.json("PUT", "/api/v1/tenants/acme");
  await t.json("PUT", "/api/v1/tenants/other");
  const dest = (tenant: string, body: Record<string, unknown>) =>
    t.json("POST", `/api/v1/tenants/${tenant}/destinations`, { body });
  await dest("acme", {
    id: "ok",
    type: "webhook",
    topics: "*",
    config: { url: "https://ok.example" },
  });
  await dest("acme", {
    id: "bad",
    type: "webhook",
    topics: ["user.created"],
    config: { url: "https://x.example/fail" },
  });
  await dest("acme", {
    id: "s3",
    type: "aws_s3",
    topics: ["order.paid"],
    config: { bucket: "b", region: "us-east-1" },
    credentials: { key: "k", secret: "s" },
  });
  await dest("other", {
    id: "o",
    type: "webhook",
    topics: "*",
    config: { url: "https://o.example" },
  });

  const publish = async (hhmm: string, tenant: string, topic: string, id: string) => {
    clock = at(hhmm);
    await t.json("POST", "/api/v1/publish", { body: { id, tenant_id: tenant, topic, data: {} } });
  };
  await publish("10:15", "acme", "user.created", "e1"); // ok ✓, bad ✗
  await publish("10:45", "acme", "order.paid", "e2"); // ok ✓, s3 ✓
  await publish("12:05", "acme", "user.created", "e3"); // ok ✓, bad ✗
  await publish("12:10", "other", "user.created", "e4"); // o ✓
  clock = at("12:30");
  await t.json("POST", "/api/v1/retry", { body: { event_id: "e3", destination_id: "bad" } }); // bad ✗ #2 manual
});

afterAll(() => t.stop());

const RANGE = "time[start]=2026-03-02T10:00:00Z&time[end]=2026-03-02T13:00:00Z";
const metrics = async (kind: "events" | "attempts", query: string, token?: string) => {
  const res = await t.json<Metrics>("GET", `/api/v1/metrics/${kind}?${RANGE}&${query}`, { token });
  expect(res.status, query).toBe(200);
  return res.body;
};

describe("attempt metrics", () => {
  it("buckets by granularity, fills empty buckets and computes every measure", async () => {
    const all =
      "measures[]=count&measures[]=successful_count&measures[]=failed_count&measures[]=error_rate" +
      "&measures[]=first_attempt_count&measures[]=retry_count&measures[]=manual_retry_count" +
      "&measures[]=avg_attempt_number&measures[]=rate&measures[]=successful_rate&measures[]=failed_rate";
    const body = await metrics("attempts", `granularity=1h&tenant_id=acme&${all}`);
    expect(body.data.map((p) => p.time_bucket)).toEqual([
      "2026-03-02T10:00:00Z",
      "2026-03-02T11:00:00Z",
      "2026-03-02T12:00:00Z",
    ]);
    expect(body.data[0]?.metrics).toEqual({
      count: 4,
      successful_count: 3,
      failed_count: 1,
      error_rate: 0.25,
      first_attempt_count: 4,
      retry_count: 0,
      manual_retry_count: 0,
      avg_attempt_number: 1,
      rate: 4 / 3600,
      successful_rate: 3 / 3600,
      failed_rate: 1 / 3600,
    });
    expect(body.data[1]?.metrics).toMatchObject({
      count: 0,
      error_rate: 0,
      avg_attempt_number: 0,
      rate: 0,
    });
    expect(body.data[2]?.metrics).toMatchObject({
      count: 3,
      successful_count: 1,
      failed_count: 2,
      first_attempt_count: 2,
      retry_count: 1,
      manual_retry_count: 1,
      avg_attempt_number: 4 / 3,
    });
    expect(body.data.every((p) => Object.keys(p.dimensions).length === 0)).toBe(true);
    expect(body.metadata).toMatchObject({
      granularity: "1h",
      row_count: 3,
      row_limit: 100000,
      truncated: false,
    });
    expect(typeof body.metadata.query_time_ms).toBe("number");
  });

  it("groups by dimensions (string values) and fills each combination", async () => {
    const body = await metrics(
      "attempts",
      "granularity=1h&tenant_id=acme&measures=count&dimensions[]=status",
    );
    expect(
      body.data.map((p) => [p.dimensions.status, p.time_bucket?.slice(11, 13), p.metrics.count]),
    ).toEqual([
      ["failed", "10", 1],
      ["failed", "11", 0],
      ["failed", "12", 2],
      ["success", "10", 3],
      ["success", "11", 0],
      ["success", "12", 1],
    ]);
    const detail = await metrics(
      "attempts",
      "tenant_id=acme&measures=count&dimensions=destination_id,destination_type,manual,attempt_number,code,topic",
    );
    const manual = detail.data.find((p) => p.dimensions.manual === "true");
    expect(manual).toEqual({
      dimensions: {
        destination_id: "bad",
        destination_type: "webhook",
        manual: "true",
        attempt_number: "2",
        code: "500",
        topic: "user.created",
      },
      metrics: { count: 1 },
    });
    expect(detail.metadata).not.toHaveProperty("granularity");
  });

  it("returns one aggregate row without granularity, and applies filters", async () => {
    const total = await metrics("attempts", "tenant_id=acme&measures=count&measures=rate");
    expect(total.data).toEqual([{ dimensions: {}, metrics: { count: 7, rate: 7 / (3 * 3600) } }]);
    const count = async (filter: string) =>
      (await metrics("attempts", `tenant_id=acme&measures=count&${filter}`)).data[0]?.metrics
        .count ?? 0;
    expect(await count("filters[destination_type][]=aws_s3")).toBe(1);
    expect(await count("filters[manual]=true")).toBe(1);
    expect(await count("filters[attempt_number][0]=1")).toBe(6);
    expect(await count("filters[code]=500&filters[code]=200")).toBe(6);
    expect(await count("filters[code][]=OK")).toBe(1);
    expect(await count("filters[status]=failed&filters[destination_id]=bad")).toBe(3);
    expect(await count("filters[topic]=order.paid")).toBe(2);
    expect(
      (await metrics("attempts", "tenant_id=acme&measures=count&filters[topic]=nothing")).data,
    ).toEqual([]);
  });

  it("covers every tenant for the admin and one tenant for a JWT", async () => {
    const admin = await metrics("attempts", "measures=count&dimensions[]=tenant_id");
    expect(admin.data.map((p) => [p.dimensions.tenant_id, p.metrics.count])).toEqual([
      ["acme", 7],
      ["other", 1],
    ]);
    expect(
      (await metrics("attempts", "measures=count&filters[tenant_id]=other")).data[0]?.metrics.count,
    ).toBe(1);
    const token = await t.tenantToken("other", at("12:00"));
    expect((await metrics("attempts", "measures=count", token)).data[0]?.metrics.count).toBe(1);
  });
});

describe("event metrics", () => {
  it("counts events by topic and per matched destination", async () => {
    const byTopic = await metrics("events", "tenant_id=acme&measures[]=count&dimensions[]=topic");
    expect(byTopic.data.map((p) => [p.dimensions.topic, p.metrics.count])).toEqual([
      ["order.paid", 1],
      ["user.created", 2],
    ]);
    const byDest = await metrics(
      "events",
      "tenant_id=acme&measures=count&dimensions=destination_id",
    );
    expect(byDest.data.map((p) => [p.dimensions.destination_id, p.metrics.count])).toEqual([
      ["bad", 2],
      ["ok", 3],
      ["s3", 1],
    ]);
    const hourly = await metrics("events", "measures=count&measures=rate&granularity=30m");
    expect(hourly.data).toHaveLength(6);
    expect(hourly.data.map((p) => p.metrics.count)).toEqual([1, 1, 0, 0, 2, 0]);
    expect(hourly.data[4]?.metrics.rate).toBe(2 / 1800);
  });
});

describe("metrics validation", () => {
  it("answers 400 for missing or invalid parameters", async () => {
    const bad = async (query: string) => {
      const res = await t.json<{ status: number; message: string }>(
        "GET",
        `/api/v1/metrics/attempts?${query}`,
      );
      expect(res.status, query).toBe(400);
      return res.body.message;
    };
    expect(await bad("measures=count")).toBe("time[start] and time[end] are required");
    expect(
      await bad("time[start]=2026-03-02&time[end]=2026-03-03T00:00:00Z&measures=count"),
    ).toMatch(/time\[start\]/);
    expect(await bad(`${RANGE}`)).toBe("at least one measures[] is required");
    expect(await bad(`${RANGE}&measures=bogus`)).toBe('unknown measure "bogus"');
    expect(await bad(`${RANGE}&measures=count&dimensions=color`)).toBe('unknown dimension "color"');
    for (const g of ["5y", "61m", "0h", "25h", "5w", "h"])
      expect(await bad(`${RANGE}&measures=count&granularity=${g}`)).toMatch(/granularity/);
    expect(
      await bad(
        "time[start]=2026-01-01T00:00:00Z&time[end]=2026-01-03T00:00:00Z&measures=count&granularity=1s",
      ),
    ).toMatch(/buckets/);
    const eventsOnly = await t.json("GET", `/api/v1/metrics/events?${RANGE}&measures=failed_count`);
    expect(eventsOnly.status).toBe(400);
  });
});

describe("time buckets", () => {
  const ts = Date.parse("2026-03-02T10:15:42.123Z");
  const trunc = (g: string) =>
    new Date(truncateTime(ts, parseGranularity(g) ?? { value: 1, unit: "s" })).toISOString();
  it.each([
    ["1s", "2026-03-02T10:15:42.000Z"],
    ["30m", "2026-03-02T10:00:00.000Z"],
    ["4h", "2026-03-02T08:00:00.000Z"],
    ["1d", "2026-03-02T00:00:00.000Z"],
    ["1w", "2026-03-01T00:00:00.000Z"],
    ["1M", "2026-03-01T00:00:00.000Z"],
    ["3M", "2026-01-01T00:00:00.000Z"],
  ])("%s aligns to %s (UTC)", (g, expected) => {
    expect(trunc(g)).toBe(expected);
  });

  it("advances calendar months", () => {
    expect(
      new Date(
        advanceTime(Date.parse("2026-01-01T00:00:00Z"), { value: 1, unit: "M" }),
      ).toISOString(),
    ).toBe("2026-02-01T00:00:00.000Z");
  });
});
