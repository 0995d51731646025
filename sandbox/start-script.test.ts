import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { decodeJwt } from "jose";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";

/*
 * `npm start` (scripts/start.mjs --no-build) on a stand-in build, as a new user runs it.
 */

let dist: string;
let child: ChildProcess | null = null;

beforeAll(() => {
  dist = mkdtempSync(path.join(tmpdir(), "start-dist-"));
  writeFileSync(path.join(dist, "index.html"), "<!doctype html><title>portal</title>");
});
afterAll(() => rmSync(dist, { recursive: true, force: true }));
afterEach(() => {
  child?.kill("SIGTERM");
  child = null;
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Starts `npm start`; resolves with its output once `until` matches, or when it exits. */
function start(env: Record<string, string>, until: RegExp) {
  const started = spawn(process.execPath, ["scripts/start.mjs", "--no-build"], {
    env: { ...process.env, SANDBOX_STATIC_DIR: dist, API_KEY: "start-key", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child = started;
  let out = "";
  return new Promise<{ out: string; exitCode: number | null }>((resolve) => {
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      if (until.test(out)) resolve({ out, exitCode: null });
    };
    started.stdout.on("data", onData);
    started.stderr.on("data", onData);
    started.on("exit", (code) => resolve({ out, exitCode: code }));
  });
}

describe("npm start", () => {
  it("without demo data keeps running and prints working commands to create a tenant and get a link", async () => {
    const port = await freePort();
    const { out, exitCode } = await start(
      { SANDBOX_SEED: "0", API_PORT: String(port) },
      /Stop with Ctrl\+C/,
    );
    expect(exitCode).toBeNull();
    expect(out).not.toContain("undefined");
    expect(out).toContain("SANDBOX_TENANT=my-tenant");
    const commands = out.split("\n").filter((line) => line.trim().startsWith("curl "));
    expect(commands).toHaveLength(2);

    // Run the printed commands as the user would (same method, header and URL).
    for (const command of commands) {
      const method = /-X (\w+)/.exec(command)?.[1] ?? "GET";
      const auth = /-H "Authorization: ([^"]+)"/.exec(command)?.[1] ?? "";
      const url = /(http:\/\/\S+?)"?$/.exec(command.trim())?.[1] ?? "";
      expect(auth).toBe("Bearer start-key");
      const res = await fetch(url, { method, headers: { Authorization: auth } });
      expect(res.ok, command).toBe(true);
      if (url.includes("/portal")) {
        const { redirect_url } = (await res.json()) as { redirect_url: string };
        const token = new URL(redirect_url).searchParams.get("token") ?? "";
        expect(decodeJwt(token).sub).toBe("my-tenant");
      }
    }
    // Still up after printing.
    expect(child?.exitCode).toBeNull();
    expect((await fetch(`http://127.0.0.1:${port}/api/v1/healthz`)).ok).toBe(true);
  });

  it("with SANDBOX_TENANT creates that empty tenant and prints its links", async () => {
    const port = await freePort();
    const { out } = await start(
      { SANDBOX_SEED: "0", SANDBOX_TENANT: "globex", API_PORT: String(port) },
      /Stop with Ctrl\+C/,
    );
    expect(out).not.toContain("undefined");
    expect(out).toContain('Tenant "globex" (a new, empty tenant)');
    const light = /Open \(light\): (\S+)/.exec(out)?.[1] ?? "";
    expect(new URL(light).searchParams.get("theme")).toBe("light");
    expect(decodeJwt(new URL(light).searchParams.get("token") ?? "").sub).toBe("globex");
    const tenant = await fetch(`http://127.0.0.1:${port}/api/v1/tenants/globex`, {
      headers: { Authorization: "Bearer start-key" },
    });
    expect(await tenant.json()).toMatchObject({ id: "globex", destinations_count: 0 });
    expect(out).not.toContain("Embedded:");
  });

  it("fails with a clear message and a non-zero exit when the port is taken", async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const { port } = blocker.address() as AddressInfo;
    const { out, exitCode } = await start({ API_PORT: String(port) }, /(?!)/);
    blocker.close();
    expect(exitCode).toBe(1);
    expect(out).toContain(`could not start: port ${port} is already in use`);
    expect(out).not.toContain("Open (light)");
  });
});
