import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runInNewContext } from "node:vm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { inlineScriptHashes } from "./csp.ts";
import { createTestSandbox, type TestSandbox } from "./testing/harness.ts";

const BOOT_A = "\n      (function () { document.title = 'a'; })();\n    ";
const BOOT_B = "window.b = 1;";
const INDEX = `<!doctype html><html><head><title>portal</title>
<script>${BOOT_A}</script>
<script src="inject-portal-config.js"></script>
<script src="portal-settings.js"></script>
<script type="text/javascript">${BOOT_B}</script>
<script type="module" crossorigin src="./assets/index-1.js"></script>
</head><body><div id="root"></div></body></html>`;

const sha = (text: string) =>
  `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

let root: string;
let dist: string;
let current: TestSandbox | null = null;

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), "sandbox-hardening-"));
  dist = path.join(root, "dist");
  mkdirSync(path.join(dist, ".vite"), { recursive: true });
  writeFileSync(path.join(dist, "index.html"), INDEX);
  writeFileSync(path.join(dist, ".vite", "manifest.json"), '{"secret":"build internals"}');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => {
  current?.stop();
  current = null;
});

function sandbox(env: Record<string, string> = {}) {
  current = createTestSandbox({ SANDBOX_STATIC_DIR: dist, ...env });
  return current;
}
const get = (t: TestSandbox, p: string) => t.request("GET", p, { token: null });

function settingsOf(script: string): Record<string, unknown> | undefined {
  const window: { PORTAL_SETTINGS?: Record<string, unknown> } = {};
  runInNewContext(script, { window });
  return window.PORTAL_SETTINGS;
}

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp.split(";").map((part) => {
      const [name = "", ...values] = part.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
}

describe("portal-settings.js", () => {
  it("is written from the portal's own PORTAL_<KEY> variables, next to index.html", async () => {
    const t = sandbox({
      SANDBOX_BASE_PATH: "/portal/",
      PORTAL_EMBED_ALLOWED_ORIGINS: "https://app.example.com",
      PORTAL_API_BASE_URL: "/outpost/api/v1",
      PORTAL_DEFAULT_LOCALE: "de",
      PORTAL_BRAND_COLOR: "#f60",
      PORTAL_FOO: "bar",
    });
    const res = await get(t, "/portal/portal-settings.js");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/javascript/);
    expect(settingsOf(await res.text())).toEqual({
      API_BASE_URL: "/outpost/api/v1",
      EMBED_ALLOWED_ORIGINS: "https://app.example.com",
      DEFAULT_LOCALE: "de",
    });
  });

  it("is a plain 404 (never the HTML fallback) when there are no settings and no file", async () => {
    const t = sandbox();
    const res = await get(t, "/portal-settings.js");
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain("<title>portal</title>");
  });

  it("serves a deployed file from the static folder when the env sets nothing", async () => {
    const own = mkdtempSync(path.join(tmpdir(), "sandbox-settings-"));
    writeFileSync(path.join(own, "index.html"), INDEX);
    writeFileSync(path.join(own, "portal-settings.js"), 'window.PORTAL_SETTINGS = { "A": "1" };');
    const t = sandbox({ SANDBOX_STATIC_DIR: own });
    expect(settingsOf(await (await get(t, "/portal-settings.js")).text())).toEqual({ A: "1" });
    rmSync(own, { recursive: true, force: true });
  });
});

describe("Content-Security-Policy of the portal's HTML", () => {
  it("allows exactly the inline boot scripts of the HTML served, by hash", () => {
    expect(inlineScriptHashes(INDEX)).toEqual([sha(BOOT_A), sha(BOOT_B)]);
    // The browser hashes the text after CRLF → LF.
    expect(inlineScriptHashes("<script>a;\r\nb;</script>")).toEqual([sha("a;\nb;")]);
  });

  it("frames only from 'self' and EMBED_ALLOWED_ORIGINS, with a strict default policy", async () => {
    const t = sandbox({
      PORTAL_EMBED_ALLOWED_ORIGINS: "https://app.example.com, https://b.example/path, javascript:x",
    });
    for (const p of ["/", "/destinations/des_1"]) {
      const csp = directives((await get(t, p)).headers.get("content-security-policy") ?? "");
      expect(csp.get("frame-ancestors")).toEqual([
        "'self'",
        "https://app.example.com",
        "https://b.example",
      ]);
      expect(csp.get("script-src")).toEqual(["'self'", sha(BOOT_A), sha(BOOT_B)]);
      expect(csp.get("default-src")).toEqual(["'self'"]);
      expect(csp.get("object-src")).toEqual(["'none'"]);
      expect(csp.get("base-uri")).toEqual(["'self'"]);
      expect(csp.get("connect-src")).toEqual(["'self'"]);
    }
  });

  it("frames from 'self' only without an allowlist, and allows a cross-origin API and logo", async () => {
    const t = sandbox({
      PORTAL_API_BASE_URL: "https://api.example.com/api/v1",
      PORTAL_LOGO: "https://cdn.example.com/logo.svg",
    });
    const csp = directives((await get(t, "/")).headers.get("content-security-policy") ?? "");
    expect(csp.get("frame-ancestors")).toEqual(["'self'"]);
    expect(csp.get("connect-src")).toEqual(["'self'", "https://api.example.com"]);
    expect(csp.get("img-src")).toEqual(["'self'", "data:", "https://cdn.example.com"]);
  });

  it("follows the HTML when it changes (hashes are never fixed)", async () => {
    const own = mkdtempSync(path.join(tmpdir(), "sandbox-csp-"));
    writeFileSync(path.join(own, "index.html"), "<script>one()</script>");
    const t = sandbox({ SANDBOX_STATIC_DIR: own });
    const first = (await get(t, "/")).headers.get("content-security-policy") ?? "";
    writeFileSync(path.join(own, "index.html"), "<script>two()</script>");
    const second = (await get(t, "/")).headers.get("content-security-policy") ?? "";
    expect(directives(first).get("script-src")).toEqual(["'self'", sha("one()")]);
    expect(directives(second).get("script-src")).toEqual(["'self'", sha("two()")]);
    rmSync(own, { recursive: true, force: true });
  });
});

describe("build internals", () => {
  it("does not serve /.vite/ or any dot folder", async () => {
    const t = sandbox();
    for (const p of ["/.vite/manifest.json", "/.vite/", "/.env", "/assets/.hidden"]) {
      const res = await get(t, p);
      expect(res.status, p).toBe(404);
      expect(await res.text(), p).not.toContain("build internals");
    }
  });
});

describe("request body limit", () => {
  it("answers 413 in Outpost's error shape for bodies over 1 MB", async () => {
    const t = sandbox();
    const huge = JSON.stringify({ metadata: { blob: "x".repeat(11 * 1024 * 1024) } });
    const res = await t.json<{ status: number; message: string }>("PUT", "/api/v1/tenants/big", {
      rawBody: huge,
    });
    expect(res.status).toBe(413);
    expect(res.body).toEqual({ status: 413, message: "request body too large" });
    expect(t.sandbox.store.hasTenant("big")).toBe(false);

    const url = `https://example.com/${"a".repeat(1024 * 1024)}`;
    await t.json("PUT", "/api/v1/tenants/t1");
    const hook = await t.json("POST", "/api/v1/tenants/t1/destinations", {
      body: { type: "webhook", topics: "*", config: { url } },
    });
    expect(hook.status).toBe(413);
    expect(t.sandbox.store.listDestinations("t1")).toEqual([]);
  });

  it("accepts a body just under the limit", async () => {
    const t = sandbox();
    const body = JSON.stringify({ metadata: { blob: "x".repeat(1024 * 1024 - 100) } });
    const res = await t.request("PUT", "/api/v1/tenants/near", { rawBody: body });
    expect(res.status).toBe(201);
  });
});
