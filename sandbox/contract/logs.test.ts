/**
 * Events and attempts as the portal's activity views read them: cursors, every query-array
 * form, filters, includes and retry. Deliveries go to a receiver on 127.0.0.1.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { httpClient, tenantWithToken, type Call } from "./http.ts";
import { startReceiver, type Receiver } from "./receiver.ts";
import { eventually, openTarget, uniqueId, type ContractTarget } from "./target.ts";

interface Page<T> {
  models: T[];
  pagination: {
    order_by: string;
    dir: string;
    limit: number;
    next: string | null;
    prev: string | null;
  };
}
interface Event {
  id: string;
  tenant_id: string;
  topic: string;
  time: string;
  data?: Record<string, unknown>;
}
interface Attempt {
  id: string;
  status: "success" | "failed";
  code: string;
  event_id: string;
  destination_id: string;
  attempt_number: number;
  manual: boolean;
  event?: Event;
  response_data?: Record<string, unknown>;
}

let target: ContractTarget;
let receiver: Receiver;
let call: Call;
let token: string;
const tenant = uniqueId("logs");
// Oldest first; each a second apart so time order is unambiguous.
const start = Date.now() - 10 * 60_000;
const published = [
  { topic: "user.created", amount: 10 },
  { topic: "order.created", amount: 150 },
  { topic: "user.updated", amount: 20 },
  { topic: "order.created", amount: 300 },
  { topic: "user.created", amount: 30 },
].map((e, i) => ({
  ...e,
  id: uniqueId(`evt${i}`),
  time: new Date(start + i * 1000).toISOString(),
}));
/** The i-th published event (oldest first). */
function ev(i: number) {
  const e = published[i];
  if (!e) throw new Error(`no published event ${i}`);
  return e;
}
const ids = (models: { id: string }[]) => models.map((m) => m.id);
const newestFirst = [...published].reverse().map((e) => e.id);

beforeAll(async () => {
  target = await openTarget();
  receiver = await startReceiver();
  call = httpClient(target);
  token = await tenantWithToken(call, tenant);
  const hooks = [
    {
      id: "des_ok",
      topics: ["user.created", "user.updated", "order.created"],
      url: receiver.url("/ok"),
    },
    { id: "des_fail", topics: ["order.created"], url: receiver.url("/fail") },
  ];
  for (const hook of hooks) {
    const reply = await call("POST", `/tenants/${tenant}/destinations`, {
      body: { id: hook.id, type: "webhook", topics: hook.topics, config: { url: hook.url } },
    });
    expect(reply.status).toBe(201);
  }
  for (const e of published) {
    const reply = await call("POST", "/publish", {
      body: {
        id: e.id,
        tenant_id: tenant,
        topic: e.topic,
        time: e.time,
        eligible_for_retry: false,
        data: { amount: e.amount },
      },
    });
    expect(reply.status).toBe(202);
  }
  // 5 to des_ok, 2 to des_fail, no automatic retries.
  await eventually(
    "all seven attempts logged",
    async () => {
      const page = await call<Page<Attempt>>("GET", "/attempts", { token });
      return page.body.models?.length === 7 ? true : undefined;
    },
    target.settleMs,
  );
  await eventually(
    "all five events logged",
    async () =>
      (await call<Page<Event>>("GET", "/events", { token })).body.models?.length === 5
        ? true
        : undefined,
    target.settleMs,
  );
}, 60_000);

afterAll(async () => {
  await call("DELETE", `/tenants/${tenant}`);
  await receiver?.close();
  await target?.close();
});

describe("events", () => {
  it("lists newest first with a default limit of 100 and pages with opaque cursors", async () => {
    const all = await call<Page<Event>>("GET", "/events", { token });
    expect(ids(all.body.models)).toEqual(newestFirst);
    expect(all.body.pagination).toMatchObject({
      order_by: "time",
      dir: "desc",
      limit: 100,
      next: null,
      prev: null,
    });

    const first = await call<Page<Event>>("GET", "/events", { token, query: { limit: "2" } });
    expect(ids(first.body.models)).toEqual(newestFirst.slice(0, 2));
    expect(first.body.pagination.prev).toBeNull();
    const next = first.body.pagination.next ?? "";
    expect(next).not.toBe("");
    const second = await call<Page<Event>>("GET", "/events", {
      token,
      query: { limit: "2", next },
    });
    expect(ids(second.body.models)).toEqual(newestFirst.slice(2, 4));
    const back = await call<Page<Event>>("GET", "/events", {
      token,
      query: { limit: "2", prev: second.body.pagination.prev ?? "" },
    });
    expect(ids(back.body.models)).toEqual(newestFirst.slice(0, 2));
  });

  it("refuses next and prev together", async () => {
    const first = await call<Page<Event>>("GET", "/events", { token, query: { limit: "2" } });
    const cursor = first.body.pagination.next ?? "";
    const both = await call("GET", "/events", { token, query: { next: cursor, prev: cursor } });
    expect(both.status).toBe(400);
  });

  it("reads ascending order and a time window", async () => {
    const asc = await call<Page<Event>>("GET", "/events", { token, query: { dir: "asc" } });
    expect(ids(asc.body.models)).toEqual([...newestFirst].reverse());
    const window = await call<Page<Event>>("GET", "/events", {
      token,
      query: { "time[gte]": ev(1).time, "time[lt]": ev(3).time },
    });
    expect(ids(window.body.models)).toEqual([ev(2).id, ev(1).id]);
  });

  it("accepts every array form for topic", async () => {
    const orders = [ev(3).id, ev(1).id];
    const users = [ev(4).id, ev(2).id, ev(0).id];
    for (const query of [
      "topic=order.created",
      "topic[]=order.created",
      "topic[0]=order.created",
      "topic%5B%5D=order.created",
    ]) {
      const reply = await call<Page<Event>>("GET", "/events", { token, query });
      expect(ids(reply.body.models), query).toEqual(orders);
    }
    for (const query of [
      "topic=user.created&topic=user.updated",
      "topic[]=user.created&topic[]=user.updated",
      "topic[0]=user.created&topic[1]=user.updated",
    ]) {
      const reply = await call<Page<Event>>("GET", "/events", { token, query });
      expect(ids(reply.body.models), query).toEqual(users);
    }
  });

  it("filters events by the destination they matched", async () => {
    const reply = await call<Page<Event>>("GET", "/events", {
      token,
      query: { destination_id: "des_fail" },
    });
    expect(ids(reply.body.models)).toEqual([ev(3).id, ev(1).id]);
  });

  it("gets one event with its data", async () => {
    const reply = await call<Event>("GET", `/events/${ev(1).id}`, { token });
    expect(reply.body).toMatchObject({
      id: ev(1).id,
      tenant_id: tenant,
      topic: "order.created",
      data: { amount: 150 },
    });
    expect(Date.parse(reply.body.time)).toBe(Date.parse(ev(1).time));
    expect((await call("GET", `/events/${uniqueId("evt_missing")}`, { token })).status).toBe(404);
  });
});

describe("attempts", () => {
  it("filters by status, destination, event and topic", async () => {
    const failed = await call<Page<Attempt>>("GET", "/attempts", {
      token,
      query: { status: "failed" },
    });
    expect(failed.body.models.map((a) => [a.destination_id, a.code])).toEqual([
      ["des_fail", "500"],
      ["des_fail", "500"],
    ]);
    const ok = await call<Page<Attempt>>("GET", `/tenants/${tenant}/destinations/des_ok/attempts`, {
      token,
    });
    expect(ok.body.models).toHaveLength(5);
    expect(ok.body.models.every((a) => a.status === "success" && a.code === "200")).toBe(true);
    const ofEvent = await call<Page<Attempt>>("GET", "/attempts", {
      token,
      query: { event_id: ev(3).id },
    });
    expect(ofEvent.body.models.map((a) => a.destination_id).sort()).toEqual(["des_fail", "des_ok"]);
    for (const query of [
      "topic[]=order.created",
      "topic=order.created",
      "topic[0]=order.created",
    ]) {
      const byTopic = await call<Page<Attempt>>("GET", "/attempts", { token, query });
      expect(byTopic.body.models, query).toHaveLength(4);
    }
  });

  it("includes the event, its data and the response only when asked", async () => {
    const plain = await call<Page<Attempt>>("GET", "/attempts", {
      token,
      query: { event_id: ev(1).id },
    });
    expect(plain.body.models[0]?.event).toBeUndefined();
    expect(plain.body.models[0]?.response_data).toBeUndefined();

    const summary = await call<Page<Attempt>>("GET", "/attempts", {
      token,
      query: { event_id: ev(1).id, include: "event" },
    });
    expect(summary.body.models[0]?.event).toMatchObject({
      id: ev(1).id,
      topic: "order.created",
    });
    expect(summary.body.models[0]?.event?.data).toBeUndefined();

    for (const query of [
      `event_id=${ev(1).id}&include=event.data&include=response_data`,
      `event_id=${ev(1).id}&include[]=event.data&include[]=response_data`,
    ]) {
      const full = await call<Page<Attempt>>("GET", "/attempts", { token, query });
      const failing = full.body.models.find((a) => a.destination_id === "des_fail");
      expect(failing?.event?.data, query).toEqual({ amount: 150 });
      expect(failing?.response_data, query).toMatchObject({ status: 500 });
      // The endpoint's body is kept as the raw text it sent, whatever its content type.
      expect(typeof failing?.response_data?.body, query).toBe("string");
    }
  });

  it("pages attempts with cursors", async () => {
    const seen: string[] = [];
    let next: string | null = "";
    for (let pages = 0; next !== null && pages < 10; pages++) {
      const reply: { body: Page<Attempt> } = await call<Page<Attempt>>("GET", "/attempts", {
        token,
        query: { limit: "3", ...(next ? { next } : {}) },
      });
      seen.push(...ids(reply.body.models));
      next = reply.body.pagination.next;
    }
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
  });
});

describe("retry", () => {
  it("retries manually (202) as a new attempt with manual: true", async () => {
    const eventId = ev(3).id;
    const reply = await call<{ success: boolean }>("POST", "/retry", {
      token,
      body: { event_id: eventId, destination_id: "des_fail" },
    });
    expect(reply.status).toBe(202);
    expect(reply.body).toEqual({ success: true });
    const manual = await eventually(
      "the manual attempt",
      async () => {
        const page = await call<Page<Attempt>>("GET", "/attempts", {
          token,
          query: { event_id: eventId, status: "failed" },
        });
        return page.body.models.find((a) => a.manual);
      },
      target.settleMs,
    );
    expect(manual).toMatchObject({ destination_id: "des_fail", attempt_number: 2, manual: true });
  });

  it("answers 400 destination_disabled for a disabled destination and 404 for unknown ones", async () => {
    expect(
      (await call("PUT", `/tenants/${tenant}/destinations/des_ok/disable`, { token })).status,
    ).toBe(200);
    const disabled = await call<{ data?: { error?: string } }>("POST", "/retry", {
      token,
      body: { event_id: ev(0).id, destination_id: "des_ok" },
    });
    expect(disabled.status).toBe(400);
    expect(disabled.body.data?.error).toBe("destination_disabled");
    expect(
      (await call("PUT", `/tenants/${tenant}/destinations/des_ok/enable`, { token })).status,
    ).toBe(200);

    const missingEvent = await call("POST", "/retry", {
      token,
      body: { event_id: uniqueId("evt_missing"), destination_id: "des_ok" },
    });
    expect(missingEvent.status).toBe(404);
    const missingDestination = await call("POST", "/retry", {
      token,
      body: { event_id: ev(0).id, destination_id: "des_missing" },
    });
    expect(missingDestination.status).toBe(404);
  });
});
