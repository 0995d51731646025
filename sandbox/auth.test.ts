import { decodeJwt, SignJWT } from "jose";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestSandbox, JWT_SECRET, type TestSandbox } from "./testing/harness.ts";

let t: TestSandbox;
let tokenA: string;

beforeEach(async () => {
  t = createTestSandbox();
  await t.json("PUT", "/api/v1/tenants/a");
  await t.json("PUT", "/api/v1/tenants/b");
  for (const tenant of ["a", "b"]) {
    await t.json("POST", `/api/v1/tenants/${tenant}/destinations`, {
      body: {
        id: `des_${tenant}`,
        type: "webhook",
        topics: "*",
        config: { url: `https://${tenant}.example.com` },
      },
    });
    await t.json("POST", "/api/v1/publish", {
      body: { id: `evt_${tenant}`, tenant_id: tenant, topic: "x", data: {} },
    });
  }
  tokenA = await t.tenantToken("a");
});

afterEach(() => t.stop());

async function expectEmpty(res: Response, status: number): Promise<void> {
  expect(res.status).toBe(status);
  expect(await res.text()).toBe("");
}

const secret = new TextEncoder().encode(JWT_SECRET);

describe("authentication", () => {
  it("issues Outpost-shaped tenant tokens", async () => {
    const { body } = await t.json<{ token: string; tenant_id: string }>(
      "GET",
      "/api/v1/tenants/a/token",
    );
    expect(body.tenant_id).toBe("a");
    const claims = decodeJwt(body.token);
    expect(claims.iss).toBe("outpost");
    expect(claims.sub).toBe("a");
    expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBe(24 * 60 * 60);
  });

  it("answers 401 with an empty body for missing or bad credentials", async () => {
    await expectEmpty(await t.request("GET", "/api/v1/tenants/a", { token: null }), 401);
    await expectEmpty(
      await t.request("GET", "/api/v1/tenants/a", {
        token: null,
        headers: { Authorization: "Basic abc" },
      }),
      401,
    );
    await expectEmpty(await t.request("GET", "/api/v1/tenants/a", { token: "wrong-key" }), 401);
    await expectEmpty(await t.request("GET", "/api/v1/topics", { token: "" }), 401);
  });

  it("rejects JWTs that are expired, badly signed or from another issuer", async () => {
    const now = Math.floor(Date.now() / 1000);
    const expired = await new SignJWT({})
      .setProtectedHeader({ alg: "HS256" })
      .setIssuer("outpost")
      .setSubject("a")
      .setIssuedAt(now - 90000)
      .setExpirationTime(now - 3600)
      .sign(secret);
    const wrongSecret = await new SignJWT({})
      .setProtectedHeader({ alg: "HS256" })
      .setIssuer("outpost")
      .setSubject("a")
      .setIssuedAt(now)
      .setExpirationTime(now + 3600)
      .sign(new TextEncoder().encode("other-secret"));
    const wrongIssuer = await new SignJWT({})
      .setProtectedHeader({ alg: "HS256" })
      .setIssuer("someone-else")
      .setSubject("a")
      .setIssuedAt(now)
      .setExpirationTime(now + 3600)
      .sign(secret);
    for (const token of [expired, wrongSecret, wrongIssuer, "not.a.jwt"]) {
      await expectEmpty(await t.request("GET", "/api/v1/tenants/a", { token }), 401);
    }
  });

  it("answers 401 for a JWT whose tenant is unknown or deleted", async () => {
    await expectEmpty(
      await t.request("GET", "/api/v1/tenants/ghost", { token: await t.tenantToken("ghost") }),
      401,
    );
    expect((await t.request("GET", "/api/v1/tenants/a", { token: tokenA })).status).toBe(200);
    expect((await t.request("DELETE", "/api/v1/tenants/a")).status).toBe(200);
    await expectEmpty(await t.request("GET", "/api/v1/tenants/a", { token: tokenA }), 401);
    await expectEmpty(await t.request("GET", "/api/v1/events", { token: tokenA }), 401);
  });

  it("leaves healthz open", async () => {
    expect((await t.request("GET", "/api/v1/healthz", { token: null })).status).toBe(200);
  });
});

describe("authorization", () => {
  it("answers 403 with an empty body on another tenant's path", async () => {
    for (const [method, path] of [
      ["GET", "/api/v1/tenants/b"],
      ["PUT", "/api/v1/tenants/b"],
      ["DELETE", "/api/v1/tenants/b"],
      ["GET", "/api/v1/tenants/b/destinations"],
      ["GET", "/api/v1/tenants/b/destinations/des_b"],
      ["PUT", "/api/v1/tenants/b/destinations/des_b/disable"],
      ["GET", "/api/v1/tenants/b/destinations/des_b/attempts"],
    ] as const) {
      await expectEmpty(await t.request(method, path, { token: tokenA }), 403);
    }
    expect(t.sandbox.store.getDestination("b", "des_b")?.disabledAt).toBeNull();
  });

  it("answers 403 with an empty body on admin-only routes", async () => {
    await expectEmpty(
      await t.request("POST", "/api/v1/publish", {
        token: tokenA,
        body: { tenant_id: "a", topic: "x", data: {} },
      }),
      403,
    );
    await expectEmpty(await t.request("GET", "/api/v1/tenants/a/token", { token: tokenA }), 403);
    await expectEmpty(await t.request("GET", "/api/v1/tenants/a/portal", { token: tokenA }), 403);
  });

  it("answers 403 (JSON) when a JWT asks for another tenant_id on tenant-wide routes", async () => {
    for (const path of [
      "/api/v1/events?tenant_id=b",
      "/api/v1/attempts?tenant_id=b",
      "/api/v1/attempts?tenant_id[]=a&tenant_id[]=b",
      "/api/v1/events/evt_a?tenant_id=b",
      "/api/v1/metrics/events?tenant_id=b&time[start]=2024-01-01T00:00:00Z&time[end]=2024-01-02T00:00:00Z&measures=count",
    ]) {
      const { status, body } = await t.json<{ status: number; message: string }>("GET", path, {
        token: tokenA,
      });
      expect(status, path).toBe(403);
      expect(body.status).toBe(403);
      expect(body.message).toMatch(/tenant_id/);
    }
    expect((await t.request("GET", "/api/v1/events?tenant_id=a", { token: tokenA })).status).toBe(
      200,
    );
  });

  it("answers 403 (JSON) for tenant_id as metrics dimension or filter with a JWT", async () => {
    const range =
      "time[start]=2024-01-01T00:00:00Z&time[end]=2024-01-02T00:00:00Z&measures[]=count";
    for (const extra of [
      "dimensions[]=tenant_id",
      "filters[tenant_id][]=a",
      "filters[tenant_id]=a",
    ]) {
      const { status, body } = await t.json<{ message: string }>(
        "GET",
        `/api/v1/metrics/attempts?${range}&${extra}`,
        {
          token: tokenA,
        },
      );
      expect(status, extra).toBe(403);
      expect(body.message).toMatch(/tenant_id/);
    }
    expect(
      (await t.request("GET", `/api/v1/metrics/attempts?${range}&dimensions[]=tenant_id`)).status,
    ).toBe(200);
  });

  it("isolates tenants on id-addressed resources", async () => {
    expect((await t.request("GET", "/api/v1/events/evt_b", { token: tokenA })).status).toBe(404);
    expect((await t.request("GET", "/api/v1/events/evt_a", { token: tokenA })).status).toBe(200);
    const attemptB = t.sandbox.store.attemptsSorted("b")[0];
    expect(
      (await t.request("GET", `/api/v1/attempts/${attemptB?.id}`, { token: tokenA })).status,
    ).toBe(404);
    const retry = await t.json<{ message: string }>("POST", "/api/v1/retry", {
      token: tokenA,
      body: { event_id: "evt_b", destination_id: "des_b" },
    });
    expect(retry.status).toBe(404);
    expect(t.sandbox.store.attemptsSorted("b")).toHaveLength(1);

    const events = await t.json<{ models: Array<{ tenant_id: string }> }>("GET", "/api/v1/events", {
      token: tokenA,
    });
    expect(events.body.models.map((e) => e.tenant_id)).toEqual(["a"]);
    const tenants = await t.json<{ models: Array<{ id: string }>; count: number }>(
      "GET",
      "/api/v1/tenants",
      {
        token: tokenA,
      },
    );
    expect(tenants.body.models.map((x) => x.id)).toEqual(["a"]);
    expect(tenants.body.count).toBe(1);
  });

  it("lets only the admin override created_at/updated_at on create (403 for a JWT)", async () => {
    const body = {
      type: "webhook",
      topics: "*",
      config: { url: "https://x.example.com" },
      created_at: "2024-01-01T00:00:00Z",
    };
    const denied = await t.json<{ status: number }>("POST", "/api/v1/tenants/a/destinations", {
      token: tokenA,
      body,
    });
    expect(denied.status).toBe(403);
    const allowed = await t.json<{ created_at: string; updated_at: string }>(
      "POST",
      "/api/v1/tenants/a/destinations",
      {
        body,
      },
    );
    expect(allowed.status).toBe(201);
    expect(allowed.body.created_at).toBe("2024-01-01T00:00:00.000Z");
    expect(allowed.body.updated_at).toBe("2024-01-01T00:00:00.000Z");
  });

  it("answers 404 JSON for an unknown tenant with the admin key", async () => {
    const { status, body } = await t.json("GET", "/api/v1/tenants/nope/destinations");
    expect(status).toBe(404);
    expect(body).toEqual({ status: 404, message: "tenant not found" });
  });
});
