/**
 * Drives every operation the portal and a host product use through the official Outpost SDK,
 * which validates each response against Outpost's schemas: any drift from the contract throws.
 * Runs against the sandbox or a real Outpost (CONTRACT_TARGET).
 */
import { Outpost } from "@hookdeck/outpost-sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { httpClient, type Call } from "./http.ts";
import { startReceiver, type Receiver } from "./receiver.ts";
import { eventually, openTarget, TOPICS, uniqueId, type ContractTarget } from "./target.ts";

let target: ContractTarget;
let receiver: Receiver;
let call: Call;
let admin: Outpost;
const t1 = uniqueId("sdk1");
const t2 = uniqueId("sdk2");
const eventId = uniqueId("evt_sdk");

function client(apiKey: string): Outpost {
  return new Outpost({
    serverURL: `${target.origin}/api/v1`,
    apiKey,
    retryConfig: { strategy: "none" },
  });
}

beforeAll(async () => {
  target = await openTarget();
  receiver = await startReceiver();
  call = httpClient(target);
  admin = client(target.adminKey);
});

afterAll(async () => {
  await receiver?.close();
  await target?.close();
});

async function attemptsOf(destinationId: string, tenantId = t1) {
  const page = await admin.attempts.list({ tenantId, eventId, include: ["response_data"] });
  return page.models?.filter((a) => a.destinationId === destinationId) ?? [];
}

describe("SDK conformance (admin API key)", () => {
  it("health, topics and destination type schemas", async () => {
    const health = await admin.health.check();
    expect(health.status).toBe("healthy");

    expect(await admin.topics.list()).toEqual(TOPICS);

    const types = await admin.schemas.listDestinationTypes();
    expect(types.map((x) => x.type)).toEqual([
      "webhook",
      "hookdeck",
      "aws_sqs",
      "aws_kinesis",
      "aws_s3",
      "gcp_pubsub",
      "azure_servicebus",
      "rabbitmq",
      "kafka",
    ]);
    for (const schema of types) {
      expect(schema.icon).toMatch(/<svg[\s>]/);
      expect(schema.instructions?.length).toBeGreaterThan(20);
    }
    const kafka = await admin.schemas.getDestinationType("kafka");
    expect(
      kafka.configFields?.find((f) => f.key === "sasl_mechanism")?.options?.map((o) => o.value),
    ).toEqual(["plain", "scram-sha-256", "scram-sha-512"]);
    const hookdeck = await admin.schemas.getDestinationType("hookdeck");
    expect(hookdeck.setupLink?.cta).toBeTruthy();
  });

  it("tenants: upsert (201 then 200), get, token, portal URL", async () => {
    const created = await admin.tenants.upsert(t1, { metadata: { name: "Tenant One" } });
    expect(created).toMatchObject({
      id: t1,
      destinationsCount: 0,
      topics: [],
      metadata: { name: "Tenant One" },
    });
    const updated = await admin.tenants.upsert(t1, {
      metadata: { name: "Tenant 1", plan: "pro" },
    });
    expect(updated.metadata).toEqual({ name: "Tenant 1", plan: "pro" });
    expect(updated.createdAt?.getTime()).toBe(created.createdAt?.getTime());

    await admin.tenants.upsert(t2);
    expect((await admin.tenants.get(t2)).metadata ?? null).toBeNull();

    const token = await admin.tenants.getToken(t1);
    expect(token.tenantId).toBe(t1);
    expect(token.token?.split(".")).toHaveLength(3);

    const portal = await admin.tenants.getPortalUrl(t1, "dark");
    expect(portal.tenantId).toBe(t1);
    const url = new URL(portal.redirectUrl ?? "");
    expect(url.host).toBe(new URL(target.origin).host);
    expect(url.searchParams.get("theme")).toBe("dark");
    expect(url.searchParams.get("token")?.split(".")).toHaveLength(3);
  });

  it("creates one destination of every type and reads them back", async () => {
    const webhook = await admin.destinations.create(t1, {
      type: "webhook",
      id: "des_hook",
      topics: ["user.created", "order.*"],
      config: { url: receiver.url("/hooks"), customHeaders: '{"x-api-key":"abc"}' },
      metadata: { team: "core" },
      deliveryMetadata: { source: "outpost" },
    });
    expect(webhook.type).toBe("webhook");
    if (webhook.type !== "webhook") throw new Error("unreachable");
    expect(webhook.credentials.secret).toMatch(/^whsec_[0-9a-f]{64}$/);
    expect(webhook.target).toBe(receiver.url("/hooks"));
    expect(webhook.targetUrl).toBeUndefined();
    expect(webhook.disabledAt ?? null).toBeNull();

    await admin.destinations.create(t1, {
      type: "webhook",
      id: "des_failing",
      topics: "*",
      config: { url: receiver.url("/fail") },
    });
    // The other types get topics nothing is published to: their deliveries would leave the machine.
    await admin.destinations.create(t1, {
      type: "hookdeck",
      topics: ["invoice.paid"],
      credentials: { token: "hookdeck-token-value" },
    });
    const sqs = await admin.destinations.create(t1, {
      type: "aws_sqs",
      id: "des_sqs",
      topics: ["invoice.paid"],
      filter: { data: { amount: { $gte: 100 } } },
      config: { queueUrl: "https://sqs.eu-west-1.amazonaws.com/123456789012/orders" },
      credentials: { key: "AKIAEXAMPLEKEY123456", secret: "very-secret-access-key" },
    });
    if (sqs.type !== "aws_sqs") throw new Error("unreachable");
    expect(sqs.credentials).toEqual({
      key: "AKIA****************",
      secret: "very******************",
    });
    expect(sqs.target).toBe("orders");
    expect(sqs.targetUrl).toContain("eu-west-1.console.aws.amazon.com/sqs");
    expect(sqs.filter).toEqual({ data: { amount: { $gte: 100 } } });

    await admin.destinations.create(t1, {
      type: "aws_kinesis",
      topics: ["invoice.paid"],
      config: { streamName: "events", region: "us-east-1" },
      credentials: { key: "AKIAEXAMPLEKEY123456", secret: "kinesis-secret-key", session: "short" },
    });
    const s3 = await admin.destinations.create(t1, {
      type: "aws_s3",
      topics: ["invoice.paid"],
      config: { bucket: "archive", region: "eu-west-1" },
      credentials: { key: "AKIAEXAMPLEKEY123456", secret: "s3-secret-access-key" },
    });
    expect(s3.target).toBe("archive in eu-west-1");
    await admin.destinations.create(t1, {
      type: "gcp_pubsub",
      topics: ["invoice.paid"],
      config: { projectId: "proj", topic: "events" },
      credentials: { serviceAccountJson: '{"type":"service_account"}' },
    });
    await admin.destinations.create(t1, {
      type: "azure_servicebus",
      topics: ["invoice.paid"],
      config: { name: "queue-1" },
      credentials: {
        connectionString: "Endpoint=sb://x.servicebus.windows.net/;SharedAccessKey=abc",
      },
    });
    const rabbit = await admin.destinations.create(t1, {
      type: "rabbitmq",
      topics: ["invoice.paid"],
      config: { serverUrl: "rabbit.example.com:5671", exchange: "events", tls: "true" },
      credentials: { username: "guest", password: "guest-password" },
    });
    if (rabbit.type !== "rabbitmq") throw new Error("unreachable");
    expect(rabbit.credentials).toEqual({ username: "guest", password: "gues**********" });
    const kafka = await admin.destinations.create(t1, {
      type: "kafka",
      id: "des_kafka",
      topics: ["invoice.paid"],
      config: { brokers: "b1:9092,b2:9092", topic: "billing", saslMechanism: "scram-sha-512" },
      credentials: { username: "producer", password: "pw" },
    });
    if (kafka.type !== "kafka") throw new Error("unreachable");
    expect(kafka.target).toBe("b1:9092 / billing");
    expect(kafka.credentials.password).toBe("**");

    const all = await admin.destinations.list(t1);
    expect(all).toHaveLength(10);
    const webhooks = await admin.destinations.list(t1, "webhook");
    expect(webhooks.map((d) => d.id).sort()).toEqual(["des_failing", "des_hook"]);
    const forUsers = await admin.destinations.list(t1, undefined, ["user.created"]);
    expect(forUsers.map((d) => d.id).sort()).toEqual(["des_failing", "des_hook"]);

    const tenant = await admin.tenants.get(t1);
    expect(tenant.destinationsCount).toBe(10);
    expect(tenant.topics).toEqual(["*"]);
  });

  it("get, update (merge, rotation), disable and enable", async () => {
    const got = await admin.destinations.get(t1, "des_hook");
    if (got.type !== "webhook") throw new Error("unreachable");
    const oldSecret = got.credentials.secret;

    const updated = await admin.destinations.update(t1, "des_hook", {
      type: "webhook",
      config: { url: receiver.url("/hooks/v2") },
      credentials: { rotateSecret: true },
      metadata: { owner: "ops" },
    });
    if (updated.type !== "webhook") throw new Error("unreachable");
    expect(updated.config.url).toBe(receiver.url("/hooks/v2"));
    expect(updated.config.customHeaders).toBe('{"x-api-key":"abc"}');
    expect(updated.metadata).toEqual({ team: "core", owner: "ops" });
    expect(updated.credentials.previousSecret).toBe(oldSecret);
    expect(updated.credentials.secret).not.toBe(oldSecret);
    expect(updated.credentials.previousSecretInvalidAt).toBeInstanceOf(Date);

    const disabled = await admin.destinations.disable(t1, "des_sqs");
    expect(disabled.disabledAt).toBeInstanceOf(Date);
    const enabled = await admin.destinations.enable(t1, "des_sqs");
    expect(enabled.disabledAt ?? null).toBeNull();
  });

  it("publish, events, attempts, destination attempts and retry", async () => {
    const published = await admin.publish({
      id: eventId,
      tenantId: t1,
      topic: "order.created",
      eligibleForRetry: true,
      metadata: { source: "test" },
      data: { order_id: "o1", amount: 250 },
    });
    expect(published.id).toBe(eventId);
    expect(published.duplicate).toBe(false);
    expect([...(published.destinationIds ?? [])].sort()).toEqual(["des_failing", "des_hook"]);

    const again = await admin.publish({
      id: eventId,
      tenantId: t1,
      topic: "order.created",
      data: {},
    });
    expect(again.duplicate).toBe(true);

    const events = await eventually(
      "the event in the list",
      async () => {
        const page = await admin.events.list({ tenantId: t1, topic: ["order.created"] });
        return page.models?.length ? page : undefined;
      },
      target.settleMs,
    );
    expect(events.models?.[0]).toMatchObject({ id: eventId, tenantId: t1, topic: "order.created" });
    expect(events.pagination).toMatchObject({ orderBy: "time", dir: "desc", limit: 100 });
    const event = await admin.events.get(eventId);
    expect([...(event.matchedDestinationIds ?? [])].sort()).toEqual(["des_failing", "des_hook"]);
    expect(event.data).toEqual({ order_id: "o1", amount: 250 });

    // The failing webhook gets one automatic retry (RETRY_MAX_LIMIT=1).
    await eventually(
      "the automatic retry",
      async () => ((await attemptsOf("des_failing")).length === 2 ? true : undefined),
      target.settleMs,
    );
    const ok = await eventually(
      "the successful attempt",
      async () => (await attemptsOf("des_hook"))[0],
      target.settleMs,
    );

    const attempts = await admin.attempts.list({
      tenantId: t1,
      eventId,
      include: ["event.data", "response_data", "destination"],
    });
    const failing = attempts.models?.filter((a) => a.destinationId === "des_failing") ?? [];
    expect(failing.map((a) => a.attemptNumber)).toEqual([2, 1]);
    expect(failing[0]).toMatchObject({ status: "failed", code: "500", manual: false });
    expect(failing[0]?.responseData).toMatchObject({ status: 500 });
    expect(failing[0]?.event).toMatchObject({ id: eventId, data: { order_id: "o1", amount: 250 } });
    expect(failing[0]?.destination?.id).toBe("des_failing");
    expect(ok).toMatchObject({ status: "success", code: "200", attemptNumber: 1 });

    const one = await admin.attempts.get(ok.id ?? "", undefined, "event");
    expect(one.event).toMatchObject({ id: eventId, topic: "order.created" });
    expect(one.event && "data" in one.event ? one.event.data : undefined).toBeUndefined();
    expect(one.responseData).toBeUndefined();

    const destAttempts = await admin.destinations.listAttempts({
      tenantId: t1,
      destinationId: "des_failing",
      limit: 1,
    });
    expect(destAttempts.models).toHaveLength(1);
    expect(destAttempts.pagination?.next).toBeTruthy();
    const destAttempt = await admin.destinations.getAttempt(
      t1,
      "des_failing",
      failing[1]?.id ?? "",
      "response_data",
    );
    expect(destAttempt.attemptNumber).toBe(1);
    expect(destAttempt.responseData).toMatchObject({ status: 500, body: expect.any(String) });

    const retried = await admin.retry({ eventId, destinationId: "des_hook" });
    expect(retried.success).toBe(true);
    const manual = await eventually(
      "the manual retry",
      async () => (await attemptsOf("des_hook")).find((a) => a.manual),
      target.settleMs,
    );
    expect(manual).toMatchObject({ manual: true, attemptNumber: 2, status: "success" });
  });

  it("metrics for events and attempts", async () => {
    const start = new Date(Date.now() - 3_600_000);
    const end = new Date(Date.now() + 60_000);
    const events = await admin.metrics.getEventMetrics({
      time: { start, end },
      measures: ["count", "rate"],
      dimensions: ["topic"],
      filtersTenantId: t1,
    });
    const orderCreated = events.data?.find((d) => d.dimensions?.topic === "order.created");
    expect(orderCreated?.metrics?.count).toBe(1);
    expect(events.metadata).toMatchObject({ truncated: false });

    const attempts = await admin.metrics.getAttemptMetrics({
      time: { start, end },
      granularity: "1h",
      measures: [
        "count",
        "successful_count",
        "failed_count",
        "error_rate",
        "first_attempt_count",
        "retry_count",
        "manual_retry_count",
        "avg_attempt_number",
        "rate",
        "successful_rate",
        "failed_rate",
      ],
      dimensions: [
        "destination_id",
        "destination_type",
        "status",
        "code",
        "manual",
        "attempt_number",
      ],
      filtersTenantId: t1,
      filtersDestinationId: ["des_failing"],
    });
    expect(attempts.metadata?.granularity).toBe("1h");
    const nonEmpty = attempts.data?.filter((d) => d.metrics?.count) ?? [];
    expect(nonEmpty.map((d) => d.dimensions?.attempt_number).sort()).toEqual(["1", "2"]);
    for (const row of nonEmpty) {
      expect(row.timeBucket).toBeInstanceOf(Date);
      expect(row.dimensions).toMatchObject({
        destination_id: "des_failing",
        destination_type: "webhook",
        status: "failed",
        code: "500",
        manual: "false",
      });
      expect(row.metrics).toMatchObject({ count: 1, failed_count: 1, error_rate: 1 });
    }
  });
});

describe("SDK conformance (tenant JWT)", () => {
  let tenant: Outpost;

  beforeAll(async () => {
    const { token } = await admin.tenants.getToken(t1);
    tenant = client(token ?? "");
  });

  it("reads and updates its own tenant", async () => {
    expect((await tenant.tenants.get(t1)).id).toBe(t1);
    const upserted = await tenant.tenants.upsert(t1, { metadata: { name: "Renamed" } });
    expect(upserted.metadata).toEqual({ name: "Renamed" });
  });

  it("manages its destinations", async () => {
    const created = await tenant.destinations.create(t1, {
      type: "webhook",
      id: "des_tenant",
      topics: ["user.created"],
      config: { url: receiver.url("/tenant-hook") },
    });
    if (created.type !== "webhook") throw new Error("unreachable");
    expect(created.credentials.secret).toMatch(/^whsec_/);
    const listed = await tenant.destinations.list(t1);
    expect(listed.map((d) => d.id)).toContain("des_tenant");
    const patched = await tenant.destinations.update(t1, "des_tenant", {
      type: "webhook",
      topics: ["user.created", "user.updated"],
      filter: { data: { plan: "pro" } },
    });
    expect(patched.topics).toEqual(["user.created", "user.updated"]);
    expect(patched.filter).toEqual({ data: { plan: "pro" } });
    expect((await tenant.destinations.disable(t1, "des_tenant")).disabledAt).toBeInstanceOf(Date);
    expect((await tenant.destinations.enable(t1, "des_tenant")).disabledAt ?? null).toBeNull();
    expect((await tenant.destinations.get(t1, "des_tenant")).id).toBe("des_tenant");
    expect((await tenant.destinations.delete(t1, "des_tenant")).success).toBe(true);
  });

  it("reads its events, attempts and metrics and retries", async () => {
    const events = await tenant.events.list({});
    expect(events.models?.length).toBeGreaterThan(0);
    expect(events.models?.every((e) => e.tenantId === t1)).toBe(true);
    expect((await tenant.events.get(eventId)).id).toBe(eventId);

    const attempts = await tenant.attempts.list({ status: "success", include: "event" });
    expect(attempts.models?.length).toBeGreaterThan(0);
    expect(attempts.models?.every((a) => a.status === "success" && a.event?.id === a.eventId)).toBe(
      true,
    );
    const first = attempts.models?.[0];
    expect((await tenant.attempts.get(first?.id ?? "")).id).toBe(first?.id);
    const destAttempts = await tenant.destinations.listAttempts({
      tenantId: t1,
      destinationId: "des_hook",
    });
    expect(destAttempts.models?.length).toBeGreaterThan(0);
    expect(
      (await tenant.destinations.getAttempt(t1, "des_hook", destAttempts.models?.[0]?.id ?? ""))
        .destinationId,
    ).toBe("des_hook");

    expect((await tenant.retry({ eventId, destinationId: "des_hook" })).success).toBe(true);
    const all = await eventually(
      "the tenant's second manual retry",
      async () => {
        const page = await tenant.attempts.list({ limit: 1000 });
        return page.models?.filter((a) => a.manual).length === 2 ? page.models : undefined;
      },
      target.settleMs,
    );

    const window = { start: new Date(Date.now() - 3_600_000), end: new Date(Date.now() + 60_000) };
    const metrics = await tenant.metrics.getAttemptMetrics({ time: window, measures: ["count"] });
    expect(metrics.data?.[0]?.metrics?.count).toBe(all.length);
    const eventMetrics = await tenant.metrics.getEventMetrics({ time: window, measures: "count" });
    expect(eventMetrics.data?.[0]?.metrics?.count).toBe(1);

    expect(await tenant.topics.list()).toEqual(TOPICS);
    expect(await tenant.schemas.listDestinationTypes()).toHaveLength(9);
  });

  it("deletes itself; admin deletes destinations and tenants", async () => {
    expect((await admin.destinations.delete(t1, "des_kafka")).success).toBe(true);
    expect((await admin.tenants.delete(t2)).success).toBe(true);
    expect((await tenant.tenants.delete(t1)).success).toBe(true);
    expect((await call("GET", `/tenants/${t1}`)).status).toBe(404);
    expect((await call("GET", `/tenants/${t2}`)).status).toBe(404);
  });
});
