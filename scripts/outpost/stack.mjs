// Starts a complete real Outpost: its three services, optionally the built portal behind
// PORTAL_PROXY_URL, and the server itself; stop() ends all of it and removes the temp data.
import { randomBytes } from "node:crypto";
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ensureDebianPackages, ensureOutpostBinary } from "./prerequisites.mjs";
import { ProcessGroup, tail, waitUntil } from "./processes.mjs";
import { startPostgres, startRabbitMQ, startRedis } from "./services.mjs";
import { serveStaticPortal } from "./static-portal.mjs";

/** Same defaults as `npm start`'s sandbox, so scripts and docs work against either. */
export const DEFAULTS = {
  API_PORT: "3333",
  API_KEY: "sandbox-api-key",
  API_JWT_SECRET: "sandbox-jwt-secret",
};

// Quicker than Outpost's production defaults so tests see deliveries and retries in seconds;
// any of them can still be set in the environment.
const DEV_DEFAULTS = {
  LOG_BATCH_THRESHOLD_SECONDS: "1",
  RETRY_INTERVAL_SECONDS: "1",
  DISABLE_TELEMETRY: "true",
  LOG_LEVEL: "warn",
};

async function healthy(url) {
  try {
    return (await fetch(`${url}/api/v1/healthz`)).ok;
  } catch {
    return false;
  }
}

/**
 * @param {{ env?: Record<string,string|undefined>, portalDir?: string|null, log?: (s: string) => void }} options
 */
export async function startOutpostStack({
  env = process.env,
  portalDir = null,
  log = console.log,
} = {}) {
  ensureDebianPackages(log);
  const binary = ensureOutpostBinary(log);

  const dataDir = mkdtempSync(join(tmpdir(), "outpost-"));
  // PostgreSQL runs as another account and must reach its folders inside.
  chmodSync(dataDir, 0o755);
  const logDir = join(dataDir, "logs");
  mkdirSync(logDir);
  const group = new ProcessGroup(logDir);
  let portal = null;
  let stopped = false;

  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await group.stopAll();
    await portal?.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
  const stopNow = () => {
    if (stopped) return;
    stopped = true;
    group.killAllNow();
    rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    const [redis, postgres, rabbitmq] = await Promise.all([
      startRedis(group, dataDir),
      startPostgres(group, dataDir),
      startRabbitMQ(group, dataDir),
    ]);
    if (portalDir) portal = await serveStaticPortal(portalDir);

    const apiPort = env.API_PORT || DEFAULTS.API_PORT;
    const outpostEnv = {
      ...DEV_DEFAULTS,
      ...Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined)),
      API_PORT: apiPort,
      API_KEY: env.API_KEY || DEFAULTS.API_KEY,
      API_JWT_SECRET: env.API_JWT_SECRET || DEFAULTS.API_JWT_SECRET,
      AES_ENCRYPTION_SECRET: env.AES_ENCRYPTION_SECRET || randomBytes(16).toString("hex"),
      REDIS_HOST: redis.host,
      REDIS_PORT: String(redis.port),
      POSTGRES_URL: postgres.url,
      RABBITMQ_SERVER_URL: rabbitmq.url,
      ...(portal ? { PORTAL_PROXY_URL: portal.url } : {}),
    };
    // The sandbox's name for Outpost's MAX_RETRY_LIMIT.
    if (env.RETRY_MAX_LIMIT && !env.MAX_RETRY_LIMIT)
      outpostEnv.MAX_RETRY_LIMIT = env.RETRY_MAX_LIMIT;
    for (const name of ["REDIS_PASSWORD", "CLICKHOUSE_ADDR", "CONFIG"]) delete outpostEnv[name];

    const url = `http://127.0.0.1:${apiPort}`;
    if (await healthy(url))
      throw new Error(`Something already answers on ${url}; set API_PORT to a free port.`);
    // Its own folder as working directory: Outpost reads a .env or config file from there.
    const workDir = join(dataDir, "outpost");
    mkdirSync(workDir);
    const outpost = group.start("outpost", binary, [], { env: outpostEnv, cwd: workDir });
    await waitUntil(outpost, "healthy /api/v1/healthz", () => healthy(url), 120_000);
    outpost.exited.then(async (code) => {
      if (stopped) return;
      log(`Outpost exited unexpectedly (${code}).\n${tail(outpost.logPath)}`);
      await stop();
      process.exitCode = 1;
    });
    return {
      url,
      apiKey: outpostEnv.API_KEY,
      jwtSecret: outpostEnv.API_JWT_SECRET,
      portalUrl: portal?.url,
      stop,
      stopNow,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * Stops the stack on Ctrl+C, SIGTERM/SIGHUP, on normal exit, and when this process's parent
 * goes away (it is re-parented, so its ppid changes).
 */
export function stopWithProcess(stack, onStopped = () => process.exit(0)) {
  const parent = process.ppid;
  const shutdown = async () => {
    clearInterval(watch);
    await stack.stop();
    onStopped();
  };
  const watch = setInterval(() => {
    if (process.ppid !== parent) void shutdown();
  }, 1000);
  watch.unref();
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.once(signal, () => void shutdown());
  process.once("exit", () => stack.stopNow());
  return shutdown;
}
