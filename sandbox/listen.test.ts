import { spawn } from "node:child_process";
import { createServer, type AddressInfo } from "node:net";
import { networkInterfaces } from "node:os";
import { afterEach, describe, expect, it } from "vitest";
import { isLoopback, loadConfig } from "./config.ts";
import { exposureWarning, listenAll, type Listening } from "./listen.ts";

const ok = () => new Response("ok");
let open: Listening | null = null;
afterEach(async () => {
  await open?.close();
  open = null;
});

/** An address of this machine that other machines can reach, if it has one. */
function externalIPv4(): string | undefined {
  return Object.values(networkInterfaces())
    .flat()
    .find((i) => i && i.family === "IPv4" && !i.internal)?.address;
}

async function reachable(url: string): Promise<boolean> {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(2000) })).ok;
  } catch {
    return false;
  }
}

describe("where the sandbox listens", () => {
  it("defaults to loopback, 127.0.0.1 and ::1, unless HOST says otherwise", () => {
    expect(loadConfig({}).hosts).toEqual(["127.0.0.1", "::1"]);
    expect(loadConfig({ HOST: "localhost" }).hosts).toEqual(["127.0.0.1", "::1"]);
    expect(loadConfig({}).loopbackOnly).toBe(true);
    expect(loadConfig({ HOST: "0.0.0.0" })).toMatchObject({
      hosts: ["0.0.0.0"],
      loopbackOnly: false,
    });
    expect(loadConfig({ HOST: "[::1]" })).toMatchObject({ hosts: ["::1"], loopbackOnly: true });
    expect(() => loadConfig({ HOST: "a b" })).toThrow(/HOST/);
    expect(["127.0.0.1", "127.1.2.3", "::1", "localhost"].every(isLoopback)).toBe(true);
    expect(["0.0.0.0", "::", "192.168.1.2", "example.com"].some(isLoopback)).toBe(false);
  });

  it("answers on 127.0.0.1 and ::1 and not on the machine's network address", async () => {
    open = await listenAll(ok, loadConfig({}).hosts, 0);
    expect(open.hosts).toContain("127.0.0.1");
    expect(await reachable(`http://127.0.0.1:${open.port}/`)).toBe(true);
    if (open.hosts.includes("::1"))
      expect(await reachable(`http://[::1]:${open.port}/`)).toBe(true);
    const external = externalIPv4();
    if (external !== undefined)
      expect(await reachable(`http://${external}:${open.port}/`)).toBe(false);
  });

  it("turns a port in use into a readable error", async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const port = (blocker.address() as AddressInfo).port;
    await expect(listenAll(ok, ["127.0.0.1", "::1"], port)).rejects.toThrow(
      `port ${port} is already in use`,
    );
    blocker.close();
  });
});

/** Runs `npm run sandbox`'s entry point and collects its output until it exits or `until` matches. */
function runMain(env: Record<string, string>, until?: RegExp) {
  const child = spawn(process.execPath, ["--import", "tsx", "sandbox/main.ts"], {
    env: { ...process.env, SANDBOX_SEED: "0", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  return new Promise<{ code: number | null; out: string }>((resolve) => {
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      if (until?.test(out)) {
        child.kill("SIGTERM");
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("exit", (code) => resolve({ code, out }));
  });
}

describe("sandbox/main.ts", () => {
  it("warns when HOST opens it beyond this machine (checked without opening it)", () => {
    expect(exposureWarning(loadConfig({ HOST: "0.0.0.0" }), true)).toBe(
      "WARNING: HOST=0.0.0.0 is not loopback: anyone who can reach this machine can use the " +
        "admin key and the embedding demo's unauthenticated links. Unset HOST to listen on 127.0.0.1 and ::1 only.",
    );
    expect(exposureWarning(loadConfig({ HOST: "192.168.1.2" }), false)).toMatch(
      /^WARNING: HOST=192\.168\.1\.2 is not loopback: .* use the admin key\. Unset HOST/,
    );
    expect(exposureWarning(loadConfig({}), true)).toBeNull();
    expect(exposureWarning(loadConfig({ HOST: "127.0.0.1" }), true)).toBeNull();
  });

  it("prints no warning on loopback", async () => {
    const { out } = await runMain({ API_PORT: "0" }, /Retention:/);
    expect(out).toMatch(/listening on 127\.0\.0\.1( and \[::1\])?, port \d+/);
    expect(out).not.toContain("WARNING");
    expect(out).not.toContain("undefined");
  });

  it("exits non-zero with one clear line on a port in use or bad config", async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const port = (blocker.address() as AddressInfo).port;
    const busy = await runMain({ API_PORT: String(port) });
    blocker.close();
    expect(busy.code).toBe(1);
    expect(busy.out).toContain(
      `Outpost sandbox could not start: port ${port} is already in use on 127.0.0.1:${port}`,
    );
    expect(busy.out).not.toMatch(/\n\s+at /);

    const bad = await runMain({ SANDBOX_RETENTION_DAYS: "soon" });
    expect(bad.code).toBe(1);
    expect(bad.out.trim()).toBe(
      'Outpost sandbox could not start: SANDBOX_RETENTION_DAYS must be a non-negative integer, got "soon"',
    );
  });
});
