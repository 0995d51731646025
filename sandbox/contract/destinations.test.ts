/** Destinations as the portal manages them: validation, masking, rotation and merge-patch. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { httpClient, tenantWithToken, type Call } from "./http.ts";
import { openTarget, uniqueId, type ContractTarget } from "./target.ts";

interface Destination {
  id: string;
  type: string;
  topics: "*" | string[];
  filter: Record<string, unknown> | null;
  config: Record<string, string>;
  credentials: Record<string, string>;
  metadata?: Record<string, string> | null;
  delivery_metadata?: Record<string, string> | null;
  disabled_at: string | null;
  target?: string;
}

interface ValidationBody {
  status: number;
  message: string;
  data: string[];
}

let target: ContractTarget;
let call: Call;
let token: string;
const tenant = uniqueId("dest");
const base = `/tenants/${tenant}/destinations`;
const hookUrl = "http://127.0.0.1:9/hook";

beforeAll(async () => {
  target = await openTarget();
  call = httpClient(target);
  token = await tenantWithToken(call, tenant);
});

afterAll(async () => {
  await call("DELETE", `/tenants/${tenant}`);
  await target?.close();
});

async function createWebhook(
  id: string,
  extra: Record<string, unknown> = {},
): Promise<Destination> {
  const reply = await call<Destination>("POST", base, {
    token,
    body: { id, type: "webhook", topics: ["user.created"], config: { url: hookUrl }, ...extra },
  });
  expect(reply.status).toBe(201);
  return reply.body;
}

describe("validation", () => {
  it("answers 422 'validation error' listing what is wrong", async () => {
    const reply = await call<ValidationBody>("POST", base, {
      token,
      body: { type: "webhook", topics: ["user.created"], config: {} },
    });
    expect(reply.status).toBe(422);
    expect(reply.body).toMatchObject({ status: 422, message: "validation error" });
    expect(reply.body.data).toContain("url is required");
  });

  it("rejects an unknown type and topics that are not offered", async () => {
    const unknownType = await call<ValidationBody>("POST", base, {
      token,
      body: { type: "carrier_pigeon", topics: "*", config: {} },
    });
    expect(unknownType.status).toBe(422);
    const unknownTopic = await call<ValidationBody>("POST", base, {
      token,
      body: { type: "webhook", topics: ["no.such.topic"], config: { url: hookUrl } },
    });
    expect(unknownTopic.status).toBe(422);
    // A wildcard must match at least one configured topic.
    const deadWildcard = await call("POST", base, {
      token,
      body: { type: "webhook", topics: ["ship.*"], config: { url: hookUrl } },
    });
    expect(deadWildcard.status).toBe(422);
    const wildcard = await call<Destination>("POST", base, {
      token,
      body: { type: "webhook", topics: ["order.*"], config: { url: hookUrl } },
    });
    expect(wildcard.status).toBe(201);
    expect(wildcard.body.topics).toEqual(["order.*"]);
    expect((await call("DELETE", `${base}/${wildcard.body.id}`, { token })).status).toBe(200);
  });

  it("keeps a tenant from choosing the webhook secret", async () => {
    const reply = await call("POST", base, {
      token,
      body: {
        type: "webhook",
        topics: "*",
        config: { url: hookUrl },
        credentials: { secret: "whsec_mine" },
      },
    });
    expect(reply.status).toBe(422);
    await createWebhook("des_nosecret");
    const patch = await call("PATCH", `${base}/des_nosecret`, {
      token,
      body: { credentials: { previous_secret: "whsec_old" } },
    });
    expect(patch.status).toBe(422);
  });
});

describe("responses", () => {
  it("masks sensitive credentials: 10+ characters keep 4, shorter ones are all stars", async () => {
    const reply = await call<Destination>("POST", base, {
      token,
      body: {
        type: "aws_s3",
        topics: ["invoice.paid"],
        config: { bucket: "archive", region: "eu-west-1" },
        credentials: { key: "AKIAEXAMPLEKEY123456", secret: "abcdefghij", session: "short" },
      },
    });
    expect(reply.status).toBe(201);
    expect(reply.body.credentials.secret).toBe("abcd******");
    expect(reply.body.credentials.session).toBe("*****");
    const read = await call<Destination>("GET", `${base}/${reply.body.id}`, { token });
    expect(read.body.credentials).toEqual(reply.body.credentials);
    expect(read.body.target).toBe("archive in eu-west-1");
  });

  it("generates a whsec_ secret and rotates it, keeping the previous one for 24 h", async () => {
    const created = await createWebhook("des_rotate");
    expect(created.credentials.secret).toMatch(/^whsec_[0-9a-f]{64}$/);
    const before = Date.now();
    const rotated = await call<Destination>("PATCH", `${base}/des_rotate`, {
      token,
      body: { credentials: { rotate_secret: true } },
    });
    expect(rotated.status).toBe(200);
    expect(rotated.body.credentials.previous_secret).toBe(created.credentials.secret);
    expect(rotated.body.credentials.secret).toMatch(/^whsec_[0-9a-f]{64}$/);
    expect(rotated.body.credentials.secret).not.toBe(created.credentials.secret);
    const invalidAt = Date.parse(rotated.body.credentials.previous_secret_invalid_at ?? "");
    expect(invalidAt - before).toBeGreaterThan(24 * 3_600_000 - 60_000);
    expect(invalidAt - before).toBeLessThan(24 * 3_600_000 + 60_000);
  });
});

describe("updates", () => {
  it("merge-patches config, metadata and delivery_metadata (null removes a key)", async () => {
    await createWebhook("des_merge", {
      config: { url: hookUrl, custom_headers: '{"x-team":"core"}' },
      metadata: { team: "core", tier: "gold" },
      delivery_metadata: { source: "portal", region: "eu" },
    });
    const reply = await call<Destination>("PATCH", `${base}/des_merge`, {
      token,
      body: {
        config: { url: "http://127.0.0.1:9/other" },
        metadata: { tier: null, owner: "ops" },
        delivery_metadata: { region: null },
      },
    });
    expect(reply.status).toBe(200);
    expect(reply.body.config).toMatchObject({
      url: "http://127.0.0.1:9/other",
      custom_headers: '{"x-team":"core"}',
    });
    expect(reply.body.metadata).toEqual({ team: "core", owner: "ops" });
    expect(reply.body.delivery_metadata).toEqual({ source: "portal" });
  });

  it("replaces topics and the filter whole; an empty filter clears it", async () => {
    await createWebhook("des_filter", { filter: { data: { amount: { $gte: 100 } } } });
    const replaced = await call<Destination>("PATCH", `${base}/des_filter`, {
      token,
      body: { topics: ["order.created", "order.paid"], filter: { topic: { $in: ["order.paid"] } } },
    });
    expect(replaced.body.topics).toEqual(["order.created", "order.paid"]);
    expect(replaced.body.filter).toEqual({ topic: { $in: ["order.paid"] } });
    const cleared = await call<Destination>("PATCH", `${base}/des_filter`, {
      token,
      body: { filter: {} },
    });
    expect(cleared.status).toBe(200);
    expect(cleared.body.filter ?? null).toBeNull();
  });

  it("disables and enables, returning the destination", async () => {
    await createWebhook("des_toggle");
    const disabled = await call<Destination>("PUT", `${base}/des_toggle/disable`, { token });
    expect(disabled.status).toBe(200);
    expect(Date.parse(disabled.body.disabled_at ?? "")).not.toBeNaN();
    const enabled = await call<Destination>("PUT", `${base}/des_toggle/enable`, { token });
    expect(enabled.body.disabled_at ?? null).toBeNull();
  });

  it("lists a plain array filtered by type and topics, and deletes", async () => {
    const all = await call<Destination[]>("GET", base, { token });
    expect(Array.isArray(all.body)).toBe(true);
    const webhooks = await call<Destination[]>("GET", base, { token, query: { type: "webhook" } });
    expect(webhooks.body.length).toBeGreaterThan(0);
    expect(webhooks.body.every((d) => d.type === "webhook")).toBe(true);
    const invoices = await call<Destination[]>("GET", base, {
      token,
      query: { topics: "invoice.paid" },
    });
    expect(invoices.body.map((d) => d.type)).toEqual(["aws_s3"]);
    expect((await call("DELETE", `${base}/des_toggle`, { token })).status).toBe(200);
    expect((await call("GET", `${base}/des_toggle`, { token })).status).toBe(404);
  });

  it("replaces tenant metadata whole; a body-less PUT clears it", async () => {
    const other = uniqueId("dest_meta");
    await call("PUT", `/tenants/${other}`, { body: { metadata: { a: "1", b: "2" } } });
    const replaced = await call<{ metadata: Record<string, string> | null }>(
      "PUT",
      `/tenants/${other}`,
      {
        body: { metadata: { b: "3" } },
      },
    );
    expect(replaced.body.metadata).toEqual({ b: "3" });
    const cleared = await call<{ metadata: Record<string, string> | null }>(
      "PUT",
      `/tenants/${other}`,
    );
    expect(cleared.body.metadata ?? null).toBeNull();
    await call("DELETE", `/tenants/${other}`);
  });
});
