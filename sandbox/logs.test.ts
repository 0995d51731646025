import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "./pagination.ts";
import { createTestSandbox, type TestSandbox } from "./testing/harness.ts";

type Pagination = {
  order_by: string;
  dir: string;
  limit: number;
  next: string | null;
  prev: string | null;
};
type Attempt = {
  id: string;
  tenant_id: string;
  status: string;
  time: string;
  code: string;
  attempt_number: number;
  manual: boolean;
  event_id: string;
  destination_id: string;
  response_data?: unknown;
  event?: Record<string, unknown> | null;
  destination?: { id: string };
};
type Event = {
  id: string;
  topic: string;
  time: string;
  tenant_id: string;
  matched_destination_ids: string[];
};
type List<T> = { models: T[]; pagination: Pagination };

const T0 = Date.parse("2026-01-01T00:00:00.000Z");
let clock = T0;
let t: TestSandbox;
const TOPICS = ["user.created", "order.paid", "invoice.paid"];

beforeAll(async () => {
  t = createTestSandbox({ RETRY_MAX_LIMIT: "0" }, { now: () => clock });
  await t.json("PUT", "/api/v1/tenants/acme");
  await t.json("PUT", "/api/v1/tenants/other");
  for (const [tenant, id, type, body] of [
    ["acme", "ok", "webhook", { config: { url: "https://ok.example" } }],
    ["acme", "bad", "webhook", { config: { url: "https://x.example/fail" } }],
    [
      "other",
      "q",
      "aws_sqs",
      {
        config: { queue_url: "https://sqs.us-east-1.amazonaws.com/1/q" },
        credentials: { key: "k", secret: "s" },
      },
    ],
  ] as const) {
    await t.json("POST", `/api/v1/tenants/${tenant}/destinations`, {
      body: { id, type, topics: "*", ...body },
    });
  }
  // 125 events × 2 destinations = 250 attempts for acme; pairs share a timestamp.
  for (let i = 0; i < 125; i++) {
    clock = T0 + i * 1000;
    await t.json("POST", "/api/v1/publish", {
      body: {
        id: `evt_${String(i).padStart(3, "0")}`,
        tenant_id: "acme",
        topic: TOPICS[i % 3],
        data: { i },
      },
    });
  }
  clock = T0 + 500_000;
  await t.json("POST", "/api/v1/publish", {
    body: { id: "evt_other", tenant_id: "other", topic: "user.created", data: {} },
  });
});

afterAll(() => t.stop());

const get = async <T>(path: string, token?: string) => {
  const res = await t.json<T>("GET", path, { token });
  expect(res.status, path).toBe(200);
  return res.body;
};

const sortedAcme = (dir: "asc" | "desc") => {
  const list = [...t.sandbox.store.attemptsSorted("acme")];
  return (dir === "asc" ? list : list.reverse()).map((a) => a.id);
};

describe("cursor pagination over 250 attempts", () => {
  for (const dir of ["desc", "asc"] as const) {
    it(`walks forward with next and back with prev (${dir})`, async () => {
      const pages: string[][] = [];
      const cursors: Pagination[] = [];
      let next: string | null = null;
      do {
        const query: string = `/api/v1/attempts?tenant_id=acme&limit=40&dir=${dir}${next ? `&next=${next}` : ""}`;
        const body: List<Attempt> = await get<List<Attempt>>(query);
        pages.push(body.models.map((a) => a.id));
        cursors.push(body.pagination);
        next = body.pagination.next;
      } while (next !== null);

      expect(pages.map((p) => p.length)).toEqual([40, 40, 40, 40, 40, 40, 10]);
      expect(pages.flat()).toEqual(sortedAcme(dir));
      expect(cursors[0]?.prev).toBeNull();
      expect(cursors.slice(1).every((c) => c.prev !== null)).toBe(true);
      expect(cursors[0]).toMatchObject({ order_by: "time", dir, limit: 40 });

      // Walk back from the last page.
      let prev = cursors[cursors.length - 1]?.prev ?? null;
      const back: string[][] = [];
      while (prev !== null) {
        const body: List<Attempt> = await get<List<Attempt>>(
          `/api/v1/attempts?tenant_id=acme&limit=40&dir=${dir}&prev=${prev}`,
        );
        back.unshift(body.models.map((a) => a.id));
        expect(body.pagination.next).not.toBeNull();
        prev = body.pagination.prev;
      }
      expect(back).toEqual(pages.slice(0, -1));
    });
  }

  it("keeps cursors valid when newer data arrives", async () => {
    const first = await get<List<Attempt>>("/api/v1/attempts?tenant_id=acme&limit=10");
    clock = T0 + 400_000;
    await t.json("POST", "/api/v1/publish", {
      body: { id: "evt_late", tenant_id: "acme", topic: "user.created", data: {} },
    });
    const second = await get<List<Attempt>>(
      `/api/v1/attempts?tenant_id=acme&limit=10&next=${first.pagination.next}`,
    );
    const all = sortedAcme("desc");
    const lastOfFirst = first.models[9]?.id ?? "";
    expect(second.models.map((a) => a.id)).toEqual(
      all.slice(all.indexOf(lastOfFirst) + 1, all.indexOf(lastOfFirst) + 11),
    );
  });

  it("applies default and maximum limits", async () => {
    expect((await get<List<Attempt>>("/api/v1/attempts?tenant_id=acme")).models).toHaveLength(100);
    expect(
      (await get<List<Attempt>>("/api/v1/attempts?tenant_id=acme&limit=5000")).pagination.limit,
    ).toBe(1000);
    expect(
      (await get<List<Attempt>>("/api/v1/attempts?tenant_id=acme&limit=abc")).pagination.limit,
    ).toBe(100);
    expect((await get<List<Event>>("/api/v1/events")).pagination.limit).toBe(100);
  });

  it("rejects both cursors, bad cursors, bad dir and bad order_by with 400", async () => {
    const c = encodeCursor([T0, "x"]);
    for (const query of [
      `next=${c}&prev=${c}`,
      "next=%%%garbage",
      "prev=bm90LWpzb24",
      "dir=up",
      "order_by=id",
    ]) {
      const res = await t.json<{ status: number; message: string }>(
        "GET",
        `/api/v1/attempts?${query}`,
      );
      expect(res.status, query).toBe(400);
      expect(res.body.status).toBe(400);
    }
    expect(decodeCursor(c)).toEqual([T0, "x"]);
  });
});

describe("attempt filters and includes", () => {
  const ids = async (query: string) =>
    (
      await get<List<Attempt>>(
        `/api/v1/attempts?tenant_id=acme&limit=1000&time[lt]=2026-01-01T00:05:00Z&${query}`,
      )
    ).models;

  it("filters by status, destination, type, event and topic in every array form", async () => {
    expect(
      (await ids("status=failed")).every(
        (a) => a.status === "failed" && a.destination_id === "bad",
      ),
    ).toBe(true);
    expect(await ids("status=failed")).toHaveLength(125);
    expect((await ids("destination_id=ok")).every((a) => a.destination_id === "ok")).toBe(true);
    expect(await ids("destination_id[]=ok&destination_id[]=bad")).toHaveLength(250);
    expect(await ids("destination_type=aws_sqs")).toHaveLength(0);
    expect((await ids("event_id=evt_001&event_id=evt_002")).map((a) => a.event_id).sort()).toEqual([
      "evt_001",
      "evt_001",
      "evt_002",
      "evt_002",
    ]);
    const userOrOrder = (q: string) => ids(q).then((list) => list.length);
    expect(await userOrOrder("topic=user.created")).toBe(84);
    expect(await userOrOrder("topic=user.created&topic=order.paid")).toBe(168);
    expect(await userOrOrder("topic[]=user.created&topic[]=order.paid")).toBe(168);
    expect(await userOrOrder("topic[0]=user.created&topic[1]=order.paid")).toBe(168);
    expect(await userOrOrder("topic=user.created,order.paid")).toBe(168);
  });

  it("filters by time with gte/gt/lte/lt (RFC 3339 and dates) and rejects bad values", async () => {
    const at = (s: number) => new Date(T0 + s * 1000).toISOString();
    const count = async (q: string) =>
      (await get<List<Attempt>>(`/api/v1/attempts?tenant_id=acme&limit=1000&${q}`)).models.length;
    expect(await count(`time[gte]=${at(10)}&time[lt]=${at(20)}`)).toBe(20);
    expect(await count(`time[gt]=${at(10)}&time[lte]=${at(20)}`)).toBe(20);
    expect(await count(`time%5Bgte%5D=${at(124)}&time%5Blte%5D=${at(124)}`)).toBe(2);
    expect(await count("time[lt]=2026-01-01")).toBe(0);
    const bad = await t.json<{ status: number; message: string }>(
      "GET",
      "/api/v1/attempts?time[gte]=yesterday",
    );
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/time\[gte\]/);
  });

  it("omits response_data and event unless included", async () => {
    const [plain] = await ids("event_id=evt_003&destination_id=bad");
    expect(plain).not.toHaveProperty("response_data");
    expect(plain).not.toHaveProperty("event");
    expect(plain).not.toHaveProperty("destination");
    expect(plain).toMatchObject({
      status: "failed",
      code: "500",
      attempt_number: 1,
      manual: false,
      tenant_id: "acme",
    });

    const [withEvent] = await ids("event_id=evt_003&destination_id=bad&include=event");
    expect(withEvent?.event).toEqual({
      id: "evt_003",
      tenant_id: "acme",
      destination_id: "bad",
      topic: "user.created",
      time: new Date(T0 + 3000).toISOString(),
      eligible_for_retry: true,
      metadata: null,
    });

    const [full] = await ids(
      "event_id=evt_003&destination_id=bad&include[]=event.data&include[]=response_data&include[]=destination",
    );
    expect(full?.event).toMatchObject({ id: "evt_003", data: { i: 3 } });
    expect(full?.response_data).toMatchObject({ status: 500 });
    expect(full?.destination?.id).toBe("bad");

    const one = await get<Attempt>(`/api/v1/attempts/${full?.id}?include=response_data,event`);
    expect(one.response_data).toMatchObject({ status: 500 });
    expect(one.event).not.toHaveProperty("data");
    const scoped = await get<Attempt>(`/api/v1/tenants/acme/destinations/bad/attempts/${full?.id}`);
    expect(scoped.id).toBe(full?.id);
    expect(
      (await t.json("GET", `/api/v1/tenants/acme/destinations/ok/attempts/${full?.id}`)).status,
    ).toBe(404);
  });

  it("scopes destination attempt lists to the destination", async () => {
    const list = await get<List<Attempt>>(
      "/api/v1/tenants/acme/destinations/ok/attempts?limit=1000&time[lt]=2026-01-01T00:05:00Z",
    );
    expect(list.models).toHaveLength(125);
    expect(list.models.every((a) => a.destination_id === "ok" && a.status === "success")).toBe(
      true,
    );
  });

  it("lists every tenant's attempts for the admin and one tenant for a JWT", async () => {
    const all = await get<List<Attempt>>("/api/v1/attempts?limit=1000");
    expect(new Set(all.models.map((a) => a.tenant_id))).toEqual(new Set(["acme", "other"]));
    const token = await t.tenantToken("other");
    const mine = await get<List<Attempt>>("/api/v1/attempts", token);
    expect(mine.models.map((a) => a.destination_id)).toEqual(["q"]);
  });
});

describe("events", () => {
  it("lists newest first with topic, id, destination and time filters", async () => {
    const page = await get<List<Event>>(
      "/api/v1/events?tenant_id=acme&limit=3&time[lt]=2026-01-01T00:05:00Z",
    );
    expect(page.models.map((e) => e.id)).toEqual(["evt_124", "evt_123", "evt_122"]);
    expect(page.models[0]).toMatchObject({
      tenant_id: "acme",
      matched_destination_ids: ["ok", "bad"],
    });
    const asc = await get<List<Event>>("/api/v1/events?tenant_id=acme&limit=2&dir=asc");
    expect(asc.models.map((e) => e.id)).toEqual(["evt_000", "evt_001"]);
    const byTopic = await get<List<Event>>(
      "/api/v1/events?tenant_id=acme&limit=1000&topic[]=invoice.paid&time[lt]=2026-01-01T00:05:00Z",
    );
    expect(byTopic.models).toHaveLength(41);
    expect(byTopic.models.every((e) => e.topic === "invoice.paid")).toBe(true);
    const byId = await get<List<Event>>("/api/v1/events?id[0]=evt_010&id[1]=evt_011");
    expect(byId.models.map((e) => e.id)).toEqual(["evt_011", "evt_010"]);
    const byDest = await get<List<Event>>("/api/v1/events?destination_id=q");
    expect(byDest.models.map((e) => e.id)).toEqual(["evt_other"]);
    const admin = await get<List<Event>>("/api/v1/events?limit=1000");
    expect(admin.models.some((e) => e.tenant_id === "other")).toBe(true);
  });

  it("gets one event, honouring the admin tenant_id filter", async () => {
    expect((await get<Event>("/api/v1/events/evt_004")).topic).toBe("order.paid");
    expect((await t.json("GET", "/api/v1/events/evt_004?tenant_id=acme")).status).toBe(200);
    expect((await t.json("GET", "/api/v1/events/evt_004?tenant_id=other")).status).toBe(404);
    expect((await t.json("GET", "/api/v1/events/missing")).body).toEqual({
      status: 404,
      message: "event not found",
    });
  });
});
