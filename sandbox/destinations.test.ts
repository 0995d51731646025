import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { maskValue } from "./masking.ts";
import { createTestSandbox, type TestSandbox } from "./testing/harness.ts";

type Dest = {
  id: string;
  type: string;
  topics: string | string[];
  filter: Record<string, unknown> | null;
  config: Record<string, string>;
  credentials: Record<string, string>;
  metadata: Record<string, string> | null;
  delivery_metadata: Record<string, string> | null;
  disabled_at: string | null;
  created_at: string;
  updated_at: string;
  target: string;
  target_url?: string | null;
};
type ErrorBody = { status: number; message: string; data: string[] };

const NOW = Date.parse("2026-03-02T12:00:00.000Z");
let clock = NOW;
let t: TestSandbox;
let tenantToken: string;
const base = "/api/v1/tenants/acme/destinations";

beforeEach(async () => {
  clock = NOW;
  t = createTestSandbox(
    {
      TOPICS: "user.created,user.updated,order.created,order.paid",
      TOPICS_ALLOW_WILDCARDS: "true",
    },
    { now: () => clock },
  );
  await t.json("PUT", "/api/v1/tenants/acme");
  tenantToken = await t.tenantToken("acme", NOW);
});

afterEach(() => t.stop());

const create = (body: unknown, token?: string) =>
  t.json<Dest & ErrorBody>("POST", base, { body, token });
const patch = (id: string, body: unknown, token?: string) =>
  t.json<Dest & ErrorBody>("PATCH", `${base}/${id}`, { body, token });

describe("maskValue", () => {
  it("keeps the first 4 of 10+ characters and hides short values", () => {
    expect(maskValue("abcdefghij")).toBe("abcd******");
    expect(maskValue("abcdefghi")).toBe("*********");
    expect(maskValue("")).toBe("");
  });
});

describe("create validation", () => {
  it("reports missing required fields with the key first", async () => {
    const res = await create({
      type: "aws_sqs",
      topics: "*",
      config: {},
      credentials: { key: "k" },
    });
    expect(res.status).toBe(422);
    expect(res.body).toEqual({
      status: 422,
      message: "validation error",
      data: ["queue_url is required", "secret is required"],
    });
  });

  it("checks type, topics, patterns, selects and checkboxes", async () => {
    expect((await create({ topics: "*" })).body.data).toContain("type is required");
    expect((await create({ type: "smtp", topics: "*" })).body.data[0]).toMatch(
      /^type must be one of: webhook, /,
    );
    expect((await create({ type: "webhook", config: { url: "https://x.io" } })).body.data).toEqual([
      "topics is required",
    ]);
    expect(
      (await create({ type: "webhook", topics: [], config: { url: "https://x.io" } })).body.data,
    ).toEqual(["topics must not be empty"]);
    expect(
      (await create({ type: "webhook", topics: "*", config: { url: "ftp://x" } })).body.data,
    ).toEqual(["url has an invalid format"]);
    const kafka = await create({
      type: "kafka",
      topics: "*",
      config: { brokers: "b:9092", topic: "t", sasl_mechanism: "gssapi", tls: "yes" },
      credentials: { username: "u", password: "p" },
    });
    expect(kafka.body.data).toEqual([
      'tls must be "true" or "false"',
      "sasl_mechanism must be one of: plain, scram-sha-256, scram-sha-512",
    ]);
    const region = await create({
      type: "aws_s3",
      topics: "*",
      config: { bucket: "b", region: "Europe" },
      credentials: { key: "k", secret: "s" },
    });
    expect(region.body.data).toEqual(["region has an invalid format"]);
  });

  it("requires string values and known keys", async () => {
    const res = await create({
      type: "webhook",
      topics: "*",
      config: { url: "https://x.io", verbose: "1", custom_headers: 5 },
      metadata: { a: 1 },
    });
    expect(res.body.data).toEqual([
      "metadata.a must be a string",
      "verbose is not a config field of this destination type",
      "custom_headers must be a string",
    ]);
  });

  it("validates webhook custom headers", async () => {
    const bad = (headers: string) =>
      create({
        type: "webhook",
        topics: "*",
        config: { url: "https://x.io", custom_headers: headers },
      });
    expect((await bad("not json")).body.data).toEqual([
      "custom_headers must be a JSON object of string values",
    ]);
    expect((await bad('{"x-a":1}')).body.data).toEqual([
      "custom_headers must be a JSON object of string values",
    ]);
    expect((await bad('{"bad header":"v"}')).body.data).toEqual([
      'custom_headers has an invalid header name "bad header"',
    ]);
    expect((await bad('{"Content-Type":"text/plain"}')).body.data).toEqual([
      'custom_headers cannot set the reserved header "Content-Type"',
    ]);
    expect((await bad('{"x-api-key":"v"}')).status).toBe(201);
  });

  it("checks header names with Outpost's rule and reserved names, in any case", async () => {
    const problems = async (name: string) =>
      (
        await create({
          type: "webhook",
          topics: "*",
          config: { url: "https://x.io", custom_headers: JSON.stringify({ [name]: "v" }) },
        })
      ).body.data;
    for (const name of ["-x", "_x", "x.y", "x:y", "é", "x y", ""])
      expect(await problems(name), name).toEqual([
        `custom_headers has an invalid header name "${name}"`,
      ]);
    for (const name of ["content-type", "CONTENT-LENGTH", "Host", "connection", "User-Agent"])
      expect(await problems(name), name).toEqual([
        `custom_headers cannot set the reserved header "${name}"`,
      ]);
    for (const name of ["x", "X-Api_Key", "9lives", "Authorization", "x-outpost-extra"])
      expect(await problems(name), name).toBeUndefined();
  });

  it("only accepts configured topics, and wildcards that match one", async () => {
    expect(
      (await create({ type: "webhook", topics: ["nope"], config: { url: "https://x.io" } })).body
        .data,
    ).toEqual(['topics: "nope" is not an available topic']);
    expect(
      (await create({ type: "webhook", topics: ["invoice.*"], config: { url: "https://x.io" } }))
        .body.data,
    ).toEqual(['topics: "invoice.*" does not match any available topic']);
    const ok = await create({
      type: "webhook",
      topics: ["user.*", "order.paid"],
      config: { url: "https://x.io" },
    });
    expect(ok.status).toBe(201);
    expect(ok.body.topics).toEqual(["user.*", "order.paid"]);
  });

  it("rejects wildcard patterns when TOPICS_ALLOW_WILDCARDS is off", async () => {
    const strict = createTestSandbox({ TOPICS: "user.created" });
    await strict.json("PUT", "/api/v1/tenants/acme");
    const res = await strict.json<ErrorBody>("POST", base, {
      body: { type: "webhook", topics: ["user.*"], config: { url: "https://x.io" } },
    });
    expect(res.body.data).toEqual(['topics: wildcard "user.*" is not allowed']);
    expect(
      (
        await strict.json("POST", base, {
          body: { type: "webhook", topics: "*", config: { url: "https://x.io" } },
        })
      ).status,
    ).toBe(201);
    strict.stop();
  });

  it("accepts any topic when no topics are configured", async () => {
    const open = createTestSandbox();
    await open.json("PUT", "/api/v1/tenants/acme");
    const res = await open.json<Dest>("POST", base, {
      body: { type: "webhook", topics: ["anything.goes"], config: { url: "https://x.io" } },
    });
    expect(res.status).toBe(201);
    expect((await open.json("GET", "/api/v1/topics")).body).toEqual([]);
    open.stop();
  });

  it("rejects duplicate ids, bad JSON and future disabled_at", async () => {
    const body = { id: "des_1", type: "webhook", topics: "*", config: { url: "https://x.io" } };
    expect((await create(body)).status).toBe(201);
    expect((await create(body)).body).toEqual({
      status: 400,
      message: "destination already exists",
    });
    const raw = await t.json("POST", base, { rawBody: "{not json" });
    expect(raw).toEqual({ status: 400, body: { status: 400, message: "invalid JSON" } });
    const future = await create({ ...body, id: "des_2", disabled_at: "2099-01-01T00:00:00Z" });
    expect(future.body.data).toEqual(["disabled_at must not be in the future"]);
    const disabled = await create({ ...body, id: "des_3", disabled_at: "2026-03-01T00:00:00Z" });
    expect(disabled.body.disabled_at).toBe("2026-03-01T00:00:00.000Z");
  });
});

describe("responses", () => {
  it("masks sensitive credentials everywhere but shows the webhook secret", async () => {
    const sqs = await create({
      id: "des_sqs",
      type: "aws_sqs",
      topics: "*",
      config: { queue_url: "https://sqs.us-west-2.amazonaws.com/1234/q" },
      credentials: { key: "AKIAIOSFODNN7EXAMPLE", secret: "short" },
    });
    expect(sqs.body.credentials).toEqual({ key: "AKIA****************", secret: "*****" });
    const rabbit = await create({
      type: "rabbitmq",
      topics: "*",
      config: { server_url: "mq:5672" },
      credentials: { username: "visible-user", password: "hidden-password" },
    });
    expect(rabbit.body.credentials).toEqual({
      username: "visible-user",
      password: "hidd***********",
    });
    expect(rabbit.body.config.exchange).toBe("");
    expect(rabbit.body.target).toBe("mq:5672");
    expect(rabbit.body.target_url).toBeNull();

    for (const res of [
      await t.json<Dest>("GET", `${base}/des_sqs`),
      await t.json<Dest>("PUT", `${base}/des_sqs/disable`),
      await t.json<Dest>("PATCH", `${base}/des_sqs`, {
        body: { type: "aws_sqs", metadata: { a: "b" } },
      }),
    ]) {
      expect(res.body.credentials).toEqual({ key: "AKIA****************", secret: "*****" });
    }
    const list = await t.json<Dest[]>("GET", base);
    expect(list.body.find((d) => d.id === "des_sqs")?.credentials.key).toBe("AKIA****************");
    expect(t.sandbox.store.getDestination("acme", "des_sqs")?.credentials.key).toBe(
      "AKIAIOSFODNN7EXAMPLE",
    );

    await t.json("PUT", `${base}/des_sqs/enable`);
    await t.json("POST", "/api/v1/publish", {
      body: { tenant_id: "acme", topic: "user.created", data: {} },
    });
    const attempts = await t.json<{ models: Array<{ destination: Dest }> }>(
      "GET",
      "/api/v1/attempts?include=destination",
    );
    expect(attempts.body.models.map((a) => a.destination.credentials.key)).toContain(
      "AKIA****************",
    );

    const hook = await create({ type: "webhook", topics: "*", config: { url: "https://x.io" } });
    expect(hook.body.credentials.secret).toMatch(/^whsec_[0-9a-f]{64}$/);
    expect(hook.body.credentials.secret).toBe(
      t.sandbox.store.getDestination("acme", hook.body.id)?.credentials.secret,
    );
  });

  it("builds target and target_url per type", async () => {
    const cases: Array<[unknown, string, string | null | undefined]> = [
      [
        { type: "webhook", topics: "*", config: { url: "https://hooks.example.com/x" } },
        "https://hooks.example.com/x",
        undefined,
      ],
      [{ type: "hookdeck", topics: "*", credentials: { token: "tok" } }, "Hookdeck", null],
      [
        {
          type: "aws_kinesis",
          topics: "*",
          config: { stream_name: "s1", region: "eu-west-1" },
          credentials: { key: "k", secret: "s" },
        },
        "s1",
        "https://eu-west-1.console.aws.amazon.com/kinesis/home?region=eu-west-1#/streams/details/s1/details",
      ],
      [
        {
          type: "aws_s3",
          topics: "*",
          config: { bucket: "bkt", region: "us-east-2" },
          credentials: { key: "k", secret: "s" },
        },
        "bkt in us-east-2",
        "https://s3.console.aws.amazon.com/s3/buckets/bkt?region=us-east-2",
      ],
      [
        {
          type: "gcp_pubsub",
          topics: "*",
          config: { project_id: "p", topic: "t" },
          credentials: { service_account_json: "{}" },
        },
        "p/t",
        "https://console.cloud.google.com/cloudpubsub/topic/detail/t?project=p",
      ],
      [
        {
          type: "azure_servicebus",
          topics: "*",
          config: { name: "q1" },
          credentials: { connection_string: "cs" },
        },
        "q1",
        null,
      ],
    ];
    for (const [body, target, targetUrl] of cases) {
      const res = await create(body);
      expect(res.status).toBe(201);
      expect(res.body.target).toBe(target);
      if (targetUrl === undefined) expect("target_url" in res.body).toBe(false);
      else expect(res.body.target_url).toBe(targetUrl);
    }
  });

  it("keeps tenant destinations_count and topics current", async () => {
    await create({
      id: "d1",
      type: "webhook",
      topics: ["user.created"],
      config: { url: "https://x.io" },
    });
    await create({
      id: "d2",
      type: "webhook",
      topics: ["order.paid", "user.created"],
      config: { url: "https://x.io" },
    });
    let tenant = (
      await t.json<{ destinations_count: number; topics: string[] }>("GET", "/api/v1/tenants/acme")
    ).body;
    expect(tenant).toMatchObject({ destinations_count: 2, topics: ["order.paid", "user.created"] });
    await t.json("DELETE", `${base}/d2`);
    tenant = (
      await t.json<{ destinations_count: number; topics: string[] }>("GET", "/api/v1/tenants/acme")
    ).body;
    expect(tenant).toMatchObject({ destinations_count: 1, topics: ["user.created"] });
    expect((await t.json("GET", `${base}/d2`)).status).toBe(404);
  });

  it("lists newest first and filters by type and topics", async () => {
    await create({
      id: "w1",
      type: "webhook",
      topics: ["user.created"],
      config: { url: "https://x.io" },
    });
    clock += 1000;
    await create({ id: "w2", type: "webhook", topics: "*", config: { url: "https://x.io" } });
    clock += 1000;
    await create({
      id: "h1",
      type: "hookdeck",
      topics: ["order.paid"],
      credentials: { token: "t" },
    });
    const ids = async (q: string) =>
      (await t.json<Dest[]>("GET", `${base}${q}`)).body.map((d) => d.id);
    expect(await ids("")).toEqual(["h1", "w2", "w1"]);
    expect(await ids("?type=webhook")).toEqual(["w2", "w1"]);
    expect(await ids("?type[]=webhook&type[]=hookdeck")).toEqual(["h1", "w2", "w1"]);
    expect(await ids("?topics=order.paid")).toEqual(["h1", "w2"]);
    expect(await ids("?topics[0]=user.created&type=webhook")).toEqual(["w2", "w1"]);
  });
});

describe("webhook secrets", () => {
  it("forbids tenants from setting managed secrets but lets the admin", async () => {
    const res = await create(
      {
        type: "webhook",
        topics: "*",
        config: { url: "https://x.io" },
        credentials: { secret: "mine", previous_secret: "old" },
      },
      tenantToken,
    );
    expect(res.status).toBe(422);
    expect(res.body.data).toEqual(["secret is forbidden", "previous_secret is forbidden"]);
    const admin = await create({
      id: "w",
      type: "webhook",
      topics: "*",
      config: { url: "https://x.io" },
      credentials: { secret: "whsec_admin" },
    });
    expect(admin.body.credentials.secret).toBe("whsec_admin");
    const tenantPatch = await patch(
      "w",
      { type: "webhook", credentials: { secret: "whsec_tenant" } },
      tenantToken,
    );
    expect(tenantPatch.body.data).toEqual(["secret is forbidden"]);
    // Echoing the current secret back (as a form would) is not an attempt to set it.
    const echo = await patch(
      "w",
      { type: "webhook", credentials: { secret: "whsec_admin" }, metadata: { a: "1" } },
      tenantToken,
    );
    expect(echo.status).toBe(200);
  });

  it("rotates: old secret becomes previous_secret for 24 h", async () => {
    const created = await create({
      id: "w",
      type: "webhook",
      topics: "*",
      config: { url: "https://x.io" },
    });
    const first = created.body.credentials.secret;
    clock += 5000;
    const rotated = await patch(
      "w",
      { type: "webhook", credentials: { rotate_secret: true } },
      tenantToken,
    );
    expect(rotated.status).toBe(200);
    expect(rotated.body.credentials.previous_secret).toBe(first);
    expect(rotated.body.credentials.secret).toMatch(/^whsec_/);
    expect(rotated.body.credentials.secret).not.toBe(first);
    expect(rotated.body.credentials.previous_secret_invalid_at).toBe(
      new Date(clock + 86_400_000).toISOString(),
    );
    expect(rotated.body.credentials).not.toHaveProperty("rotate_secret");
    expect(rotated.body.updated_at).toBe(new Date(clock).toISOString());

    const again = await patch("w", { type: "webhook", credentials: { rotate_secret: true } });
    expect(again.body.credentials.previous_secret).toBe(rotated.body.credentials.secret);
  });
});

describe("PATCH semantics", () => {
  beforeEach(async () => {
    await create({
      id: "k",
      type: "kafka",
      topics: ["user.created"],
      filter: { data: { plan: "pro" } },
      config: {
        brokers: "b1:9092",
        topic: "events",
        sasl_mechanism: "plain",
        partition_key_template: "data.id",
      },
      credentials: { username: "user", password: "password-123" },
      metadata: { team: "a", env: "prod" },
      delivery_metadata: { source: "outpost" },
    });
  });

  it("merges config, credentials, metadata and delivery_metadata (null removes)", async () => {
    const res = await patch("k", {
      type: "kafka",
      config: { topic: "events-v2", partition_key_template: null },
      credentials: { username: "user2" },
      metadata: { env: null, owner: "ops" },
      delivery_metadata: null,
    });
    expect(res.status).toBe(200);
    expect(res.body.config).toEqual({
      brokers: "b1:9092",
      topic: "events-v2",
      sasl_mechanism: "plain",
    });
    expect(res.body.credentials).toEqual({ username: "user2", password: "pass********" });
    expect(t.sandbox.store.getDestination("acme", "k")?.credentials.password).toBe("password-123");
    expect(res.body.metadata).toEqual({ team: "a", owner: "ops" });
    expect(res.body.delivery_metadata).toBeNull();
  });

  it("treats an echoed masked credential as unchanged", async () => {
    const res = await patch("k", {
      type: "kafka",
      credentials: { username: "user", password: "pass********" },
    });
    expect(res.status).toBe(200);
    expect(t.sandbox.store.getDestination("acme", "k")?.credentials.password).toBe("password-123");
    await patch("k", { type: "kafka", credentials: { password: "brand-new-password" } });
    expect(t.sandbox.store.getDestination("acme", "k")?.credentials.password).toBe(
      "brand-new-password",
    );
  });

  it("replaces filter and topics whole; null or {} clears the filter", async () => {
    const replaced = await patch("k", {
      type: "kafka",
      filter: { topic: "user.created" },
      topics: ["order.paid"],
    });
    expect(replaced.body.filter).toEqual({ topic: "user.created" });
    expect(replaced.body.topics).toEqual(["order.paid"]);
    expect((await patch("k", { type: "kafka" })).body.filter).toEqual({ topic: "user.created" });
    expect((await patch("k", { type: "kafka", filter: {} })).body.filter).toBeNull();
    await patch("k", { type: "kafka", filter: { a: 1 } });
    expect((await patch("k", { type: "kafka", filter: null })).body.filter).toBeNull();
  });

  it("revalidates the merged result and refuses type changes", async () => {
    expect((await patch("k", { type: "kafka", config: { brokers: null } })).body.data).toEqual([
      "brokers is required",
    ]);
    expect((await patch("k", { type: "webhook" })).body.data).toEqual([
      "type cannot be changed (destination is kafka)",
    ]);
    expect((await patch("k", { type: "kafka", topics: ["bogus"] })).body.data).toEqual([
      'topics: "bogus" is not an available topic',
    ]);
    expect(t.sandbox.store.getDestination("acme", "k")?.config.brokers).toBe("b1:9092");
  });

  it("sets and clears disabled_at via PATCH and enable/disable", async () => {
    const disabled = await patch("k", { type: "kafka", disabled_at: "2026-03-02T11:00:00Z" });
    expect(disabled.body.disabled_at).toBe("2026-03-02T11:00:00.000Z");
    expect((await patch("k", { type: "kafka", disabled_at: null })).body.disabled_at).toBeNull();
    const off = await t.json<Dest>("PUT", `${base}/k/disable`, { token: tenantToken });
    expect(off.body.disabled_at).toBe(new Date(clock).toISOString());
    clock += 1000;
    const stillOff = await t.json<Dest>("PUT", `${base}/k/disable`);
    expect(stillOff.body.disabled_at).toBe(off.body.disabled_at);
    expect((await t.json<Dest>("PUT", `${base}/k/enable`)).body.disabled_at).toBeNull();
  });
});

describe("tenants", () => {
  it("PUT creates (201) then updates (200), replacing metadata whole; empty PUT clears it", async () => {
    const created = await t.json<{ metadata: unknown }>("PUT", "/api/v1/tenants/new", {
      body: { metadata: { a: "1", b: "2" } },
    });
    expect(created.status).toBe(201);
    const updated = await t.json<{ metadata: unknown }>("PUT", "/api/v1/tenants/new", {
      body: { metadata: { c: "3" } },
    });
    expect(updated.status).toBe(200);
    expect(updated.body.metadata).toEqual({ c: "3" });
    const cleared = await t.json<{ metadata: unknown }>("PUT", "/api/v1/tenants/new");
    expect(cleared.body.metadata).toBeNull();
    const invalid = await t.json<ErrorBody>("PUT", "/api/v1/tenants/new", {
      body: { metadata: { n: 1 } },
    });
    expect(invalid.status).toBe(422);
    expect(invalid.body.data).toEqual(["metadata.n must be a string"]);
  });

  it("deleting a tenant removes its destinations, events and attempts", async () => {
    await create({ id: "d", type: "webhook", topics: "*", config: { url: "https://x.io" } });
    await t.json("POST", "/api/v1/publish", {
      body: { id: "e1", tenant_id: "acme", topic: "user.created", data: {} },
    });
    expect(t.sandbox.store.counts()).toMatchObject({ events: 1, attempts: 1 });
    expect((await t.json("DELETE", "/api/v1/tenants/acme")).body).toEqual({ success: true });
    expect(t.sandbox.store.counts()).toEqual({ tenants: 0, events: 0, attempts: 0 });
    expect((await t.json("GET", "/api/v1/events/e1")).status).toBe(404);
    expect((await t.json("DELETE", "/api/v1/tenants/acme")).status).toBe(404);
  });
});
