import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runInNewContext } from "node:vm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyTenantToken } from "./auth.ts";
import { createTestSandbox, JWT_SECRET, type TestSandbox } from "./testing/harness.ts";

let root: string;
let dist: string;

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), "sandbox-static-"));
  dist = path.join(root, "dist");
  mkdirSync(path.join(dist, "assets"), { recursive: true });
  writeFileSync(path.join(dist, "index.html"), "<!doctype html><title>portal</title>");
  writeFileSync(path.join(dist, "assets", "app-1a2b.js"), "console.log('app')");
  writeFileSync(path.join(dist, "assets", "app-1a2b.css"), "body{}");
  writeFileSync(path.join(dist, "favicon.svg"), "<svg/>");
  writeFileSync(path.join(root, "secret.txt"), "do not serve");
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

function evaluate(script: string): Record<string, unknown> {
  const window: { PORTAL_CONFIGS?: Record<string, unknown> } = {};
  runInNewContext(script, { window });
  return window.PORTAL_CONFIGS ?? {};
}

describe("GET /inject-portal-config.js", () => {
  it("sets window.PORTAL_CONFIGS with exactly Outpost's keys, as strings", async () => {
    const t = createTestSandbox({
      TOPICS: "user.created,order.paid",
      TOPICS_ALLOW_WILDCARDS: "1",
      PORTAL_BRAND_COLOR: "#6d28d9",
      PORTAL_ORGANIZATION_NAME: "Acme",
      PORTAL_ENABLE_WEBHOOK_CUSTOM_HEADERS: "TRUE",
      // Outpost reads DISABLE_TELEMETRY itself; a PORTAL_ spelling is just another unknown key.
      PORTAL_DISABLE_TELEMETRY: "yes",
      PORTAL_API_BASE_URL: "https://api.example.com",
      PORTAL_EMBED_ALLOWED_ORIGINS: "https://a.example",
      PORTAL_FOO: "bar",
    });
    const res = await t.request("GET", "/inject-portal-config.js", { token: null });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/javascript/);
    expect(res.headers.get("cache-control")).toBe("no-cache");
    const script = await res.text();
    expect(script.startsWith("window.PORTAL_CONFIGS = {")).toBe(true);
    expect(evaluate(script)).toEqual({
      PROXY_URL: "",
      REFERER_URL: "",
      REFRESH_URL: "",
      FAVICON_URL: "",
      BRAND_COLOR: "#6d28d9",
      LOGO: "",
      LOGO_DARK: "",
      ORGANIZATION_NAME: "Acme",
      FORCE_THEME: "",
      TOPICS: "user.created,order.paid",
      TOPICS_ALLOW_WILDCARDS: "true",
      DISABLE_OUTPOST_BRANDING: "false",
      DISABLE_TELEMETRY: "false",
      ENABLE_DESTINATION_FILTER: "false",
      ENABLE_WEBHOOK_CUSTOM_HEADERS: "true",
    });
    // Outpost passes no other PORTAL_* variable through, the portal's own settings included.
    expect(script).not.toContain("FOO");
    expect(script).not.toContain("api.example.com");
    t.stop();
  });

  it("cannot be broken out of by a value", async () => {
    const hostile = "</script><script>alert(1)</script>\u2028&";
    const t = createTestSandbox({ PORTAL_ORGANIZATION_NAME: hostile });
    const script = await (
      await t.request("GET", "/inject-portal-config.js", { token: null })
    ).text();
    expect(script).not.toContain("<");
    expect(script).not.toContain("\u2028");
    expect(evaluate(script).ORGANIZATION_NAME).toBe(hostile);
    t.stop();
  });
});

describe("static SPA at /", () => {
  let t: TestSandbox;
  beforeAll(() => {
    t = createTestSandbox({ SANDBOX_STATIC_DIR: dist });
  });
  afterAll(() => t.stop());
  const get = (p: string, method = "GET") => t.request(method, p, { token: null });

  it("serves index.html without caching and assets as immutable", async () => {
    const index = await get("/");
    expect(index.status).toBe(200);
    expect(index.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(index.headers.get("cache-control")).toBe("no-cache");
    expect(await index.text()).toContain("<title>portal</title>");
    expect((await get("/?token=abc&theme=dark")).status).toBe(200);

    const js = await get("/assets/app-1a2b.js");
    expect(js.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(js.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(await js.text()).toBe("console.log('app')");
    expect((await get("/assets/app-1a2b.css")).headers.get("content-type")).toBe(
      "text/css; charset=utf-8",
    );
    const icon = await get("/favicon.svg");
    expect(icon.headers.get("content-type")).toBe("image/svg+xml");
    expect(icon.headers.get("cache-control")).toBe("no-cache");
  });

  it("falls back to index.html for client routes but not for missing assets or the API", async () => {
    const route = await get("/destinations/des_123/attempts");
    expect(route.status).toBe(200);
    expect(await route.text()).toContain("<title>portal</title>");
    expect((await get("/assets/missing.js")).status).toBe(404);
    const api = await get("/api/v1/nope");
    expect(api.status).toBe(401);
    const apiMissing = await t.request("GET", "/api/v1/nope");
    expect(apiMissing.status).toBe(404);
    expect(await apiMissing.json()).toEqual({ status: 404, message: "not found" });
    expect((await get("/", "POST")).status).toBe(404);
  });

  it("answers HEAD without a body", async () => {
    const head = await get("/assets/app-1a2b.js", "HEAD");
    expect(head.status).toBe(200);
    expect(head.headers.get("content-length")).toBe(String("console.log('app')".length));
    expect(await head.text()).toBe("");
  });

  it("never serves files outside the directory", async () => {
    for (const p of [
      "/..%2fsecret.txt",
      "/assets/..%2f..%2fsecret.txt",
      "/..%5csecret.txt",
      "/%2e%2e/secret.txt",
      "/%00",
    ]) {
      const res = await get(p);
      expect(await res.text(), p).not.toContain("do not serve");
    }
    expect((await get("/..%2fsecret.txt")).status).toBe(404);
  });

  it("sets Referrer-Policy and X-Content-Type-Options on every response", async () => {
    for (const res of [
      await get("/"),
      await get("/assets/app-1a2b.js"),
      await get("/api/v1/healthz"),
      await get("/api/v1/tenants"),
      await get("/assets/nope.js"),
    ]) {
      expect(res.headers.get("referrer-policy")).toBe("no-referrer");
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    }
  });
});

describe("static SPA under a base path", () => {
  let t: TestSandbox;
  beforeAll(() => {
    t = createTestSandbox({ SANDBOX_STATIC_DIR: dist, SANDBOX_BASE_PATH: "/portal/" });
  });
  afterAll(() => t.stop());
  const get = (p: string) => t.request("GET", p, { token: null });

  it("serves the app, assets, client routes and config script under the base path", async () => {
    expect(await (await get("/portal/")).text()).toContain("<title>portal</title>");
    expect((await get("/portal/assets/app-1a2b.js")).headers.get("cache-control")).toBe(
      "public, max-age=31536000, immutable",
    );
    expect(await (await get("/portal/destinations/x")).text()).toContain("<title>portal</title>");
    expect((await get("/portal/inject-portal-config.js")).headers.get("content-type")).toMatch(
      /javascript/,
    );
    expect((await get("/inject-portal-config.js")).status).toBe(200);
    expect((await get("/api/v1/healthz")).status).toBe(200);
  });

  it("redirects to the base path and leaves other paths alone", async () => {
    const root = await get("/?token=abc");
    expect(root.status).toBe(302);
    expect(root.headers.get("location")).toBe("/portal/?token=abc");
    const bare = await get("/portal");
    expect(bare.status).toBe(301);
    expect(bare.headers.get("location")).toBe("/portal/");
    expect((await get("/elsewhere")).status).toBe(404);
  });
});

describe("portal redirect URL", () => {
  it("uses the request's own origin and the base path", async () => {
    const t = createTestSandbox({ SANDBOX_BASE_PATH: "/portal/" });
    await t.json("PUT", "/api/v1/tenants/acme");
    const direct = await t.json<{ redirect_url: string; tenant_id: string }>(
      "GET",
      "/api/v1/tenants/acme/portal",
      {
        headers: { Host: "sandbox.local:3333" },
      },
    );
    expect(direct.body.tenant_id).toBe("acme");
    const url = new URL(direct.body.redirect_url);
    expect(`${url.origin}${url.pathname}`).toBe("http://sandbox.local:3333/portal/");
    expect([...url.searchParams.keys()]).toEqual(["token"]);
    expect(
      await verifyTenantToken(JWT_SECRET, url.searchParams.get("token") ?? "", Date.now()),
    ).toBe("acme");

    const proxied = await t.json<{ redirect_url: string }>(
      "GET",
      "/api/v1/tenants/acme/portal?theme=light",
      {
        headers: {
          Host: "internal:3333",
          "X-Forwarded-Proto": "https",
          "X-Forwarded-Host": "hooks.example.com, proxy.internal",
        },
      },
    );
    expect(proxied.body.redirect_url).toMatch(
      /^https:\/\/hooks\.example\.com\/portal\/\?token=[\w-]+\.[\w-]+\.[\w-]+&theme=light$/,
    );

    const badTheme = await t.json<{ redirect_url: string }>(
      "GET",
      "/api/v1/tenants/acme/portal?theme=neon",
    );
    expect(new URL(badTheme.body.redirect_url).searchParams.has("theme")).toBe(false);
    expect((await t.json("GET", "/api/v1/tenants/nobody/portal")).status).toBe(404);
    t.stop();
  });
});
