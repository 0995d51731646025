import { decodeJwt } from "jose";
import { afterEach, describe, expect, it } from "vitest";
import { verifyTenantToken } from "./auth.ts";
import { portalOriginFor } from "./embed-demo.ts";
import { createTestSandbox, JWT_SECRET, type TestSandbox } from "./testing/harness.ts";

const PAGE = "http://127.0.0.1:4000/embed-demo";

let current: TestSandbox | null = null;

/** A sandbox in demo mode (demo data on) unless `seed` is false. */
function sandbox(env: Record<string, string> = {}, seed = true) {
  current = createTestSandbox(env, { seed });
  return current;
}

afterEach(() => {
  current?.stop();
  current = null;
});

describe("without demo data", () => {
  it("mounts no route, even for a tenant named like the demo's: nobody can mint links without auth", async () => {
    const t = sandbox({ SANDBOX_EMBED_DEMO: "1" }, false);
    t.sandbox.store.upsertTenant("acme", null, Date.now());
    expect((await t.request("GET", PAGE, { token: null })).status).toBe(404);
    expect((await t.request("GET", `${PAGE}/portal-url?tenant=acme`, { token: null })).status).toBe(
      404,
    );
    expect((await t.request("GET", `${PAGE}/portal-url`, { token: null })).status).toBe(404);
  });
});

describe("portalOriginFor", () => {
  it("swaps 127.0.0.1 for localhost and keeps the port", () => {
    expect(portalOriginFor("http://127.0.0.1:3333/embed-demo")).toBe("http://localhost:3333");
    expect(portalOriginFor("http://example.test:8080/embed-demo")).toBe("http://example.test:8080");
  });
});

describe("GET /embed-demo", () => {
  it("moves to 127.0.0.1 so the page and the portal have different origins", async () => {
    const t = sandbox();
    const res = await t.request("GET", "http://localhost:4000/embed-demo?tenant=acme", {
      token: null,
    });
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe("http://127.0.0.1:4000/embed-demo?tenant=acme");
  });

  it("serves an accessible host page that loads embed.js from the portal's origin", async () => {
    const t = sandbox({ SANDBOX_STATIC_DIR: "dist" });
    const res = await t.request("GET", PAGE, { token: null });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toMatch(/<title>[^<]+<\/title>/);
    expect(html).toContain('<script src="http://localhost:4000/embed.js" defer></script>');
    for (const id of ["demo-theme", "demo-ttl", "demo-path"])
      expect(html).toContain(`<label for="${id}">`);
    // No inline handlers and no inline scripts.
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    expect(html).not.toContain("No built portal");
  });

  it("locks the page down with a CSP that allows the portal's origin only", async () => {
    const t = sandbox();
    const res = await t.request("GET", PAGE, { token: null });
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("script-src 'self' http://localhost:4000");
    expect(csp).toContain("frame-src http://localhost:4000");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
    expect(await res.text()).toContain("No built portal");
  });

  it("loads embed.js under the portal's sub-path", async () => {
    const t = sandbox({ SANDBOX_BASE_PATH: "/portal/" });
    const html = await (await t.request("GET", PAGE, { token: null })).text();
    expect(html).toContain('src="http://localhost:4000/portal/embed.js"');
  });

  it("puts nothing from the query into the page", async () => {
    const t = sandbox();
    const html = await (
      await t.request("GET", `${PAGE}?tenant=%22%3E%3Cscript%3E`, { token: null })
    ).text();
    expect(html).not.toContain('"><script>');
    expect(html).not.toContain("%22%3E");
  });

  it("serves its script and styles", async () => {
    const t = sandbox();
    const js = await t.request("GET", `${PAGE}/demo.js`, { token: null });
    expect(js.headers.get("content-type")).toMatch(/^text\/javascript/);
    const script = await js.text();
    expect(script).toContain("PortalEmbed.mount");
    expect(script).toContain("onSessionExpired");
    expect(script).toContain("/embed-demo/portal-url");
    const css = await t.request("GET", `${PAGE}/demo.css`, { token: null });
    expect(css.headers.get("content-type")).toMatch(/^text\/css/);
  });
});

describe("GET /embed-demo/portal-url", () => {
  it("mints a portal link on the portal's origin for an existing tenant", async () => {
    const t = sandbox({ SANDBOX_BASE_PATH: "/portal/" });
    const { status, body } = await t.json<{ url: string; tenant_id: string }>(
      "GET",
      `${PAGE}/portal-url?tenant=acme`,
      { token: null },
    );
    expect(status).toBe(200);
    const url = new URL(body.url);
    expect(url.origin).toBe("http://localhost:4000");
    expect(url.pathname).toBe("/portal/");
    const token = url.searchParams.get("token") ?? "";
    expect(await verifyTenantToken(JWT_SECRET, token, Date.now())).toBe("acme");
    const { exp, iat } = decodeJwt(token);
    expect((exp ?? 0) - (iat ?? 0)).toBe(24 * 60 * 60);
  });

  it("signs short-lived links on request, within bounds", async () => {
    const t = sandbox();
    const lifetime = async (ttl: string) => {
      const { body } = await t.json<{ url: string }>(
        "GET",
        `${PAGE}/portal-url?tenant=acme&ttl=${ttl}`,
        { token: null },
      );
      const { exp, iat } = decodeJwt(new URL(body.url).searchParams.get("token") ?? "");
      return (exp ?? 0) - (iat ?? 0);
    };
    expect(await lifetime("60")).toBe(60);
    expect(await lifetime("1")).toBe(10);
    expect(await lifetime("999999999")).toBe(24 * 60 * 60);
    expect(await lifetime("abc")).toBe(24 * 60 * 60);
  });

  it("mints for the demo tenant when no tenant is named", async () => {
    const t = sandbox();
    const { status, body } = await t.json<{ url: string; tenant_id: string }>(
      "GET",
      `${PAGE}/portal-url`,
      { token: null },
    );
    expect(status).toBe(200);
    expect(body.tenant_id).toBe("acme");
    const token = new URL(body.url).searchParams.get("token") ?? "";
    expect(await verifyTenantToken(JWT_SECRET, token, Date.now())).toBe("acme");
  });

  it("refuses every other tenant, existing or not", async () => {
    const t = sandbox();
    await t.json("PUT", "/api/v1/tenants/victim");
    for (const tenant of ["victim", "nobody", "ACME"]) {
      const res = await t.json<{ status: number; message: string; url?: string }>(
        "GET",
        `${PAGE}/portal-url?tenant=${tenant}`,
        { token: null },
      );
      expect(res.status).toBe(403);
      expect(res.body.status).toBe(403);
      expect(res.body.url).toBeUndefined();
    }
  });

  it("answers 404 once the demo tenant is deleted", async () => {
    const t = sandbox();
    await t.request("DELETE", "/api/v1/tenants/acme");
    const res = await t.request("GET", `${PAGE}/portal-url`, { token: null });
    expect(res.status).toBe(404);
  });

  it("is never cached", async () => {
    const t = sandbox();
    const res = await t.request("GET", `${PAGE}/portal-url?tenant=acme`, { token: null });
    expect(res.headers.get("cache-control")).toBe("no-store");
  });
});
