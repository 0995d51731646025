/**
 * GET /tenants lists tenants page by page. Sandbox-only: a real Outpost needs Redis with
 * RediSearch for this admin route and answers 501 without it, and the portal never calls it.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestSandbox, type TestSandbox } from "./testing/harness.ts";

interface TenantPage {
  models: { id: string }[];
  count: number;
  pagination: {
    order_by: string;
    dir: string;
    limit: number;
    next: string | null;
    prev: string | null;
  };
}

let t: TestSandbox;

beforeEach(async () => {
  t = createTestSandbox();
  await t.json("PUT", "/api/v1/tenants/t1", { body: { metadata: { name: "One" } } });
  await t.json("PUT", "/api/v1/tenants/t2");
});

afterEach(() => t.stop());

describe("GET /tenants", () => {
  it("pages with cursors in creation order", async () => {
    const first = await t.json<TenantPage>("GET", "/api/v1/tenants?limit=1&dir=asc");
    expect(first.status).toBe(200);
    expect(first.body.count).toBe(2);
    expect(first.body.models.map((m) => m.id)).toEqual(["t1"]);
    expect(first.body.pagination).toMatchObject({
      order_by: "created_at",
      dir: "asc",
      limit: 1,
      prev: null,
    });
    const next = first.body.pagination.next ?? "";
    expect(next).not.toBe("");
    const second = await t.json<TenantPage>(
      "GET",
      `/api/v1/tenants?limit=1&dir=asc&next=${encodeURIComponent(next)}`,
    );
    expect(second.body.models.map((m) => m.id)).toEqual(["t2"]);
    expect(second.body.pagination.next).toBeNull();
  });

  it("shows a tenant JWT only its own tenant, and nothing after deletion", async () => {
    const token = await t.tenantToken("t1");
    const own = await t.json<TenantPage>("GET", "/api/v1/tenants", { token });
    expect(own.body.models.map((m) => m.id)).toEqual(["t1"]);
    expect(own.body.count).toBe(1);
    await t.json("DELETE", "/api/v1/tenants/t1");
    await t.json("DELETE", "/api/v1/tenants/t2");
    expect((await t.json<TenantPage>("GET", "/api/v1/tenants")).body.count).toBe(0);
  });
});
