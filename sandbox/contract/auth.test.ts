/** Who may call what: admin key, tenant JWT, and the empty-bodied 401/403 of the auth layer. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { httpClient, tenantWithToken, type Call, type Reply } from "./http.ts";
import { openTarget, uniqueId, type ContractTarget } from "./target.ts";

let target: ContractTarget;
let call: Call;
const a = uniqueId("auth_a");
const b = uniqueId("auth_b");
let tokenA: string;

beforeAll(async () => {
  target = await openTarget();
  call = httpClient(target);
  tokenA = await tenantWithToken(call, a);
  await tenantWithToken(call, b);
  for (const tenant of [a, b]) {
    const created = await call("POST", `/tenants/${tenant}/destinations`, {
      body: {
        id: "des_1",
        type: "webhook",
        topics: "*",
        config: { url: "http://127.0.0.1:9/hook" },
      },
    });
    expect(created.status).toBe(201);
  }
});

afterAll(async () => {
  await call("DELETE", `/tenants/${a}`);
  await call("DELETE", `/tenants/${b}`);
  await target?.close();
});

function expectEmpty(reply: Reply, status: number): void {
  expect({ status: reply.status, body: reply.text }).toEqual({ status, body: "" });
}

describe("authentication", () => {
  it("answers 401 with an empty body without, or with a wrong, bearer token", async () => {
    expectEmpty(await call("GET", `/tenants/${a}`, { token: null }), 401);
    expectEmpty(await call("GET", `/tenants/${a}`, { token: "not-the-key" }), 401);
    expectEmpty(await call("GET", `/tenants/${a}/destinations`, { token: `${tokenA}x` }), 401);
  });

  it("accepts the admin key and a tenant's own JWT", async () => {
    expect((await call("GET", `/tenants/${a}`)).status).toBe(200);
    const own = await call<{ id: string }>("GET", `/tenants/${a}`, { token: tokenA });
    expect(own.status).toBe(200);
    expect(own.body.id).toBe(a);
  });

  it("answers 403 with an empty body when a JWT names another tenant", async () => {
    for (const path of [
      `/tenants/${b}`,
      `/tenants/${b}/destinations`,
      `/tenants/${b}/destinations/des_1`,
      `/tenants/${b}/destinations/des_1/attempts`,
    ]) {
      expectEmpty(await call("GET", path, { token: tokenA }), 403);
    }
    expectEmpty(
      await call("PATCH", `/tenants/${b}/destinations/des_1`, {
        token: tokenA,
        body: { topics: "*" },
      }),
      403,
    );
    expectEmpty(await call("DELETE", `/tenants/${b}`, { token: tokenA }), 403);
  });

  it("keeps admin-only routes from JWTs with an empty-bodied 403", async () => {
    expectEmpty(
      await call("POST", "/publish", {
        token: tokenA,
        body: { tenant_id: a, topic: "user.created", data: {} },
      }),
      403,
    );
    expectEmpty(await call("GET", `/tenants/${a}/token`, { token: tokenA }), 403);
    expectEmpty(await call("GET", `/tenants/${a}/portal`, { token: tokenA }), 403);
  });

  it("pins tenant-wide routes to the JWT's tenant", async () => {
    expect((await call("GET", "/events", { token: tokenA, query: { tenant_id: b } })).status).toBe(
      403,
    );
    expect(
      (await call("GET", "/attempts", { token: tokenA, query: { tenant_id: b } })).status,
    ).toBe(403);
    expect((await call("GET", "/events", { token: tokenA, query: { tenant_id: a } })).status).toBe(
      200,
    );
    const window = {
      "time[start]": new Date(Date.now() - 3_600_000).toISOString(),
      "time[end]": new Date().toISOString(),
      "measures[]": "count",
    };
    const metricsStatus = async (kind: string, extra: Record<string, string>) =>
      (await call("GET", `/metrics/${kind}`, { token: tokenA, query: { ...window, ...extra } }))
        .status;
    expect(await metricsStatus("attempts", { "dimensions[]": "tenant_id" })).toBe(403);
    expect(await metricsStatus("events", { "filters[tenant_id][]": b })).toBe(403);
    // Even naming its own tenant: tenant_id is not a JWT's to choose.
    expect(await metricsStatus("attempts", { "filters[tenant_id][]": a })).toBe(403);
    expect(await metricsStatus("attempts", {})).toBe(200);
  });

  it("refuses a JWT of a tenant that was deleted with an empty 401", async () => {
    const gone = uniqueId("auth_gone");
    const token = await tenantWithToken(call, gone);
    expect((await call("GET", `/tenants/${gone}`, { token })).status).toBe(200);
    expect((await call("DELETE", `/tenants/${gone}`)).status).toBe(200);
    expectEmpty(await call("GET", `/tenants/${gone}`, { token }), 401);
    expectEmpty(await call("GET", `/tenants/${gone}/destinations`, { token }), 401);
  });

  it("lets a tenant replace its metadata and delete itself", async () => {
    const self = uniqueId("auth_self");
    const token = await tenantWithToken(call, self);
    const put = await call<{ metadata: Record<string, string> | null }>("PUT", `/tenants/${self}`, {
      token,
      body: { metadata: { plan: "pro" } },
    });
    expect(put.status).toBe(200);
    expect(put.body.metadata).toEqual({ plan: "pro" });
    expect((await call("DELETE", `/tenants/${self}`, { token })).status).toBe(200);
    expect((await call("GET", `/tenants/${self}`)).status).toBe(404);
  });
});
