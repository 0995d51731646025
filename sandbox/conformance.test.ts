/**
 * Drives every operation through the official Outpost SDK, which validates
 * each response against Outpost's schemas: any drift from the contract throws.
 */
import { Outpost } from "@hookdeck/outpost-sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN_KEY, startTestServer, waitFor, type ListeningSandbox } from "./testing/harness.ts";

const TOPICS = "user.created,user.updated,order.created,order.paid,invoice.paid";

let t: ListeningSandbox;
let admin: Outpost;

function client(apiKey: string): Outpost {
  return new Outpost({
    serverURL: `${t.baseUrl}/api/v1`,
    apiKey,
    retryConfig: { strategy: "none" },
  });
}

beforeAll(async () => {
  t = await startTestServer({ TOPICS, TOPICS_ALLOW_WILDCARDS: "true", RETRY_MAX_LIMIT: "1" });
  admin = client(ADMIN_KEY);
});

afterAll(async () => {
  await t.close();
});

describe("SDK conformance (admin API key)", () => {
  it("health, topics and destination type schemas", async () => {
    const health = await admin.health.check();
    expect(health.status).toBe("healthy");
    expect(health.timestamp).toBeInstanceOf(Date);

    expect(await admin.topics.list()).toEqual(TOPICS.split(","));

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
      expect(schema.icon).toMatch(/^<svg /);
      expect(schema.instructions?.length).toBeGreaterThan(20);
    }
    const kafka = await admin.schemas.getDestinationType("kafka");
    expect(
      kafka.configFields?.find((f) => f.key === "sasl_mechanism")?.options?.map((o) => o.value),
    ).toEqual(["plain", "scram-sha-256", "scram-sha-512"]);
    const hookdeck = await admin.schemas.getDestinationType("hookdeck");
    expect(hookdeck.setupLink?.cta).toBeTruthy();
  });

  it("tenants: upsert (201 then 200), get, list, token, portal URL", async () => {
    const created = await admin.tenants.upsert("t1", { metadata: { name: "Tenant One" } });
    expect(created).toMatchObject({
      id: "t1",
      destinationsCount: 0,
      topics: [],
      metadata: { name: "Tenant One" },
    });
    const updated = await admin.tenants.upsert("t1", {
      metadata: { name: "Tenant 1", plan: "pro" },
    });
    expect(updated.metadata).toEqual({ name: "Tenant 1", plan: "pro" });
    expect(updated.createdAt?.getTime()).toBe(created.createdAt?.getTime());

    await admin.tenants.upsert("t2");
    expect((await admin.tenants.get("t2")).metadata).toBeNull();

    const list = await admin.tenants.list({ limit: 1, dir: "asc" });
    expect(list.count).toBe(2);
    expect(list.models?.map((m) => m.id)).toEqual(["t1"]);
    expect(list.pagination).toMatchObject({
      orderBy: "created_at",
      dir: "asc",
      limit: 1,
      prev: null,
    });
    const page2 = await admin.tenants.list({
      limit: 1,
      dir: "asc",
      next: list.pagination?.next ?? "",
    });
    expect(page2.models?.map((m) => m.id)).toEqual(["t2"]);
    expect(page2.pagination?.next).toBeNull();

    const token = await admin.tenants.getToken("t1");
    expect(token.tenantId).toBe("t1");
    expect(token.token?.split(".")).toHaveLength(3);

    const portal = await admin.tenants.getPortalUrl("t1", "dark");
    expect(portal.tenantId).toBe("t1");
    const url = new URL(portal.redirectUrl ?? "");
    expect(url.origin).toBe(t.baseUrl);
    expect(url.searchParams.get("theme")).toBe("dark");
    expect(url.searchParams.get("token")?.split(".")).toHaveLength(3);
  });

  it("creates one destination of every type and reads them back", async () => {
    const webhook = await admin.destinations.create("t1", {
      type: "webhook",
      id: "des_hook",
      topics: ["user.created", "order.*"],
      config: { url: "https://example.com/hooks", customHeaders: '{"x-api-key":"abc"}' },
      metadata: { team: "core" },
      deliveryMetadata: { source: "outpost" },
    });
    expect(webhook.type).toBe("webhook");
    if (webhook.type !== "webhook") throw new Error("unreachable");
    expect(webhook.credentials.secret).toMatch(/^whsec_[0-9a-f]{64}$/);
    expect(webhook.target).toBe("https://example.com/hooks");
    expect(webhook.targetUrl).toBeUndefined();
    expect(webhook.disabledAt).toBeNull();

    await admin.destinations.create("t1", {
      type: "webhook",
      id: "des_failing",
      topics: "*",
      config: { url: "https://example.com/fail" },
    });
    await admin.destinations.create("t1", {
      type: "hookdeck",
      topics: "*",
      credentials: { token: "hookdeck-token-value" },
    });
    const sqs = await admin.destinations.create("t1", {
      type: "aws_sqs",
      id: "des_sqs",
      topics: ["order.created"],
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

    await admin.destinations.create("t1", {
      type: "aws_kinesis",
      topics: "*",
      config: { streamName: "events", region: "us-east-1" },
      credentials: { key: "AKIAEXAMPLEKEY123456", secret: "kinesis-secret-key", session: "short" },
    });
    const s3 = await admin.destinations.create("t1", {
      type: "aws_s3",
      topics: "*",
      config: { bucket: "archive", region: "eu-west-1" },
      credentials: { key: "AKIAEXAMPLEKEY123456", secret: "s3-secret-access-key" },
    });
    expect(s3.target).toBe("archive in eu-west-1");
    await admin.destinations.create("t1", {
      type: "gcp_pubsub",
      topics: "*",
      config: { projectId: "proj", topic: "events" },
      credentials: { serviceAccountJson: '{"type":"service_account"}' },
    });
    await admin.destinations.create("t1", {
      type: "azure_servicebus",
      topics: "*",
      config: { name: "queue-1" },
      credentials: {
        connectionString: "Endpoint=sb://x.servicebus.windows.net/;SharedAccessKey=abc",
      },
    });
    const rabbit = await admin.destinations.create("t1", {
      type: "rabbitmq",
      topics: "*",
      config: { serverUrl: "rabbit.example.com:5671", exchange: "events", tls: "true" },
      credentials: { username: "guest", password: "guest-password" },
    });
    if (rabbit.type !== "rabbitmq") throw new Error("unreachable");
    expect(rabbit.credentials).toEqual({ username: "guest", password: "gues**********" });
    const kafka = await admin.destinations.create("t1", {
      type: "kafka",
      id: "des_kafka",
      topics: ["invoice.paid"],
      config: { brokers: "b1:9092,b2:9092", topic: "billing", saslMechanism: "scram-sha-512" },
      credentials: { username: "producer", password: "pw" },
    });
    if (kafka.type !== "kafka") throw new Error("unreachable");
    expect(kafka.target).toBe("b1:9092 / billing");
    expect(kafka.credentials.password).toBe("**");

    const all = await admin.destinations.list("t1");
    expect(all).toHaveLength(10);
    const webhooks = await admin.destinations.list("t1", "webhook");
    expect(webhooks.map((d) => d.id).sort()).toEqual(["des_failing", "des_hook"]);
    const forInvoices = await admin.destinations.list("t1", undefined, ["invoice.paid"]);
    expect(forInvoices.map((d) => d.id)).toContain("des_kafka");
    expect(forInvoices.map((d) => d.id)).not.toContain("des_sqs");

    const tenant = await admin.tenants.get("t1");
    expect(tenant.destinationsCount).toBe(10);
    expect(tenant.topics).toEqual(["*"]);
  });

  it("get, update (merge, rotation), disable and enable", async () => {
    const got = await admin.destinations.get("t1", "des_hook");
    if (got.type !== "webhook") throw new Error("unreachable");
    const oldSecret = got.credentials.secret;

    const updated = await admin.destinations.update("t1", "des_hook", {
      type: "webhook",
      config: { url: "https://example.com/hooks/v2" },
      credentials: { rotateSecret: true },
      metadata: { owner: "ops" },
    });
    if (updated.type !== "webhook") throw new Error("unreachable");
    expect(updated.config.url).toBe("https://example.com/hooks/v2");
    expect(updated.config.customHeaders).toBe('{"x-api-key":"abc"}');
    expect(updated.metadata).toEqual({ team: "core", owner: "ops" });
    expect(updated.credentials.previousSecret).toBe(oldSecret);
    expect(updated.credentials.secret).not.toBe(oldSecret);
    expect(updated.credentials.previousSecretInvalidAt).toBeInstanceOf(Date);

    const disabled = await admin.destinations.disable("t1", "des_sqs");
    expect(disabled.disabledAt).toBeInstanceOf(Date);
    const enabled = await admin.destinations.enable("t1", "des_sqs");
    expect(enabled.disabledAt).toBeNull();
  });

  it("publish, events, attempts, destination attempts and retry", async () => {
    const published = await admin.publish({
      id: "evt_conf_1",
      tenantId: "t1",
      topic: "order.created",
      eligibleForRetry: true,
      metadata: { source: "test" },
      data: { order_id: "o1", amount: 250 },
    });
    expect(published.id).toBe("evt_conf_1");
    expect(published.duplicate).toBe(false);
    expect(published.destinationIds).toEqual(
      expect.arrayContaining(["des_hook", "des_failing", "des_sqs"]),
    );
    expect(published.destinationIds).not.toContain("des_kafka");

    const again = await admin.publish({
      id: "evt_conf_1",
      tenantId: "t1",
      topic: "order.created",
      data: {},
    });
    expect(again.duplicate).toBe(true);

    const events = await admin.events.list({ tenantId: "t1", topic: ["order.created"] });
    expect(events.models?.[0]).toMatchObject({
      id: "evt_conf_1",
      tenantId: "t1",
      topic: "order.created",
    });
    expect(events.pagination).toMatchObject({ orderBy: "time", dir: "desc", limit: 100 });
    const event = await admin.events.get("evt_conf_1");
    expect(event.matchedDestinationIds).toEqual(published.destinationIds);
    expect(event.data).toEqual({ order_id: "o1", amount: 250 });

    // The failing webhook gets one automatic retry (RETRY_MAX_LIMIT=1).
    await waitFor(() => t.sandbox.store.attemptsSorted("t1", "des_failing").length === 2);

    const attempts = await admin.attempts.list({
      tenantId: "t1",
      eventId: "evt_conf_1",
      include: ["event.data", "response_data", "destination"],
    });
    const failing = attempts.models?.filter((a) => a.destinationId === "des_failing") ?? [];
    expect(failing.map((a) => a.attemptNumber)).toEqual([2, 1]);
    expect(failing[0]).toMatchObject({ status: "failed", code: "500", manual: false });
    expect(failing[0]?.responseData).toMatchObject({ status: 500 });
    expect(failing[0]?.event).toMatchObject({
      id: "evt_conf_1",
      data: { order_id: "o1", amount: 250 },
    });
    expect(failing[0]?.destination?.id).toBe("des_failing");
    const ok = attempts.models?.find((a) => a.destinationId === "des_hook");
    expect(ok).toMatchObject({ status: "success", code: "200", attemptNumber: 1 });

    const one = await admin.attempts.get(ok?.id ?? "", undefined, "event");
    expect(one.event).toMatchObject({ id: "evt_conf_1", topic: "order.created" });
    expect(one.event && "data" in one.event ? one.event.data : undefined).toBeUndefined();
    expect(one.responseData).toBeUndefined();

    const destAttempts = await admin.destinations.listAttempts({
      tenantId: "t1",
      destinationId: "des_failing",
      limit: 1,
    });
    expect(destAttempts.models).toHaveLength(1);
    expect(destAttempts.pagination?.next).toBeTruthy();
    const destAttempt = await admin.destinations.getAttempt(
      "t1",
      "des_failing",
      failing[1]?.id ?? "",
      "response_data",
    );
    expect(destAttempt.attemptNumber).toBe(1);
    expect(destAttempt.responseData).toMatchObject({ status: 500 });

    const retried = await admin.retry({ eventId: "evt_conf_1", destinationId: "des_hook" });
    expect(retried.success).toBe(true);
    const manual = t.sandbox.store.attemptsSorted("t1", "des_hook").at(-1);
    expect(manual).toMatchObject({ manual: true, attemptNumber: 2, status: "success" });
  });

  it("metrics for events and attempts", async () => {
    const start = new Date(Date.now() - 3_600_000);
    const end = new Date(Date.now() + 60_000);
    const events = await admin.metrics.getEventMetrics({
      time: { start, end },
      measures: ["count", "rate"],
      dimensions: ["topic"],
      filtersTenantId: "t1",
    });
    const orderCreated = events.data?.find((d) => d.dimensions?.topic === "order.created");
    expect(orderCreated?.metrics?.count).toBe(1);
    expect(events.metadata).toMatchObject({ rowLimit: 100000, truncated: false });

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
      filtersDestinationId: ["des_failing"],
    });
    expect(attempts.metadata?.granularity).toBe("1h");
    const nonEmpty = attempts.data?.filter((d) => d.metrics?.count !== 0) ?? [];
    expect(nonEmpty.map((d) => d.dimensions?.attempt_number).sort()).toEqual(["1", "2"]);
    for (const row of nonEmpty) {
      expect(row.timeBucket).toBeInstanceOf(Date);
      expect(row.dimensions).toMatchObject({
        destination_id: "des_failing",
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
    const { token } = await admin.tenants.getToken("t1");
    tenant = client(token ?? "");
  });

  it("reads its own tenant and lists only itself", async () => {
    expect((await tenant.tenants.get("t1")).id).toBe("t1");
    const list = await tenant.tenants.list({});
    expect(list.models?.map((m) => m.id)).toEqual(["t1"]);
    expect(list.count).toBe(1);
    const upserted = await tenant.tenants.upsert("t1", { metadata: { name: "Renamed" } });
    expect(upserted.metadata).toEqual({ name: "Renamed" });
  });

  it("manages its destinations", async () => {
    const created = await tenant.destinations.create("t1", {
      type: "webhook",
      id: "des_tenant",
      topics: ["user.created"],
      config: { url: "https://tenant.example.com/hook" },
    });
    if (created.type !== "webhook") throw new Error("unreachable");
    expect(created.credentials.secret).toMatch(/^whsec_/);
    const listed = await tenant.destinations.list("t1");
    expect(listed.map((d) => d.id)).toContain("des_tenant");
    const patched = await tenant.destinations.update("t1", "des_tenant", {
      type: "webhook",
      topics: ["user.created", "user.updated"],
      filter: { data: { plan: "pro" } },
    });
    expect(patched.topics).toEqual(["user.created", "user.updated"]);
    expect(patched.filter).toEqual({ data: { plan: "pro" } });
    expect((await tenant.destinations.disable("t1", "des_tenant")).disabledAt).toBeInstanceOf(Date);
    expect((await tenant.destinations.enable("t1", "des_tenant")).disabledAt).toBeNull();
    expect((await tenant.destinations.get("t1", "des_tenant")).id).toBe("des_tenant");
    expect((await tenant.destinations.delete("t1", "des_tenant")).success).toBe(true);
  });

  it("reads its events, attempts and metrics and retries", async () => {
    const events = await tenant.events.list({});
    expect(events.models?.every((e) => e.tenantId === "t1")).toBe(true);
    expect((await tenant.events.get("evt_conf_1")).id).toBe("evt_conf_1");

    const attempts = await tenant.attempts.list({ status: "success", include: "event" });
    expect(attempts.models?.length).toBeGreaterThan(0);
    expect(attempts.models?.every((a) => a.status === "success" && a.event?.id === a.eventId)).toBe(
      true,
    );
    const first = attempts.models?.[0];
    expect((await tenant.attempts.get(first?.id ?? "")).id).toBe(first?.id);
    const destAttempts = await tenant.destinations.listAttempts({
      tenantId: "t1",
      destinationId: "des_hook",
    });
    expect(destAttempts.models?.length).toBeGreaterThan(0);
    expect(
      (await tenant.destinations.getAttempt("t1", "des_hook", destAttempts.models?.[0]?.id ?? ""))
        .destinationId,
    ).toBe("des_hook");

    expect((await tenant.retry({ eventId: "evt_conf_1", destinationId: "des_hook" })).success).toBe(
      true,
    );

    const metrics = await tenant.metrics.getAttemptMetrics({
      time: { start: new Date(Date.now() - 3_600_000), end: new Date(Date.now() + 60_000) },
      measures: ["count"],
    });
    expect(metrics.data?.[0]?.metrics?.count).toBe(t.sandbox.store.attemptsSorted("t1").length);
    const eventMetrics = await tenant.metrics.getEventMetrics({
      time: { start: new Date(Date.now() - 3_600_000), end: new Date(Date.now() + 60_000) },
      measures: "count",
    });
    expect(eventMetrics.data?.[0]?.metrics?.count).toBe(t.sandbox.store.eventsSorted("t1").length);

    expect(await tenant.topics.list()).toEqual(TOPICS.split(","));
    expect(await tenant.schemas.listDestinationTypes()).toHaveLength(9);
  });

  it("deletes itself; admin deletes destinations and tenants", async () => {
    expect((await admin.destinations.delete("t1", "des_kafka")).success).toBe(true);
    expect((await admin.tenants.delete("t2")).success).toBe(true);
    expect((await tenant.tenants.delete("t1")).success).toBe(true);
    const list = await admin.tenants.list({});
    expect(list.count).toBe(0);
  });
});
