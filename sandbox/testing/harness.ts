import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { createSandbox, type Sandbox, type SandboxOptions } from "../app.ts";
import { signTenantToken } from "../auth.ts";
import { loadConfig, type SandboxConfig } from "../config.ts";

export const ADMIN_KEY = "test-admin-key";
export const JWT_SECRET = "test-jwt-secret";

/** Test config: no demo data, fast retries, fixed secrets. */
export function testConfig(env: Record<string, string> = {}): SandboxConfig {
  return loadConfig({
    API_KEY: ADMIN_KEY,
    API_JWT_SECRET: JWT_SECRET,
    SANDBOX_SEED: "0",
    RETRY_INTERVAL_SECONDS: "0.02",
    RETRY_MAX_LIMIT: "2",
    ...env,
  });
}

export interface RequestOptions {
  token?: string | null;
  body?: unknown;
  rawBody?: string;
  headers?: Record<string, string>;
}

export interface TestSandbox {
  sandbox: Sandbox;
  config: SandboxConfig;
  /** In-process request against the Hono app; admin key unless `token` is given (null: no auth). */
  request(method: string, path: string, options?: RequestOptions): Promise<Response>;
  /** Like request() but returns the parsed JSON body and status. */
  json<T = unknown>(
    method: string,
    path: string,
    options?: RequestOptions,
  ): Promise<{ status: number; body: T }>;
  tenantToken(tenantId: string, nowMs?: number): Promise<string>;
  stop(): void;
}

export function createTestSandbox(
  env: Record<string, string> = {},
  options: SandboxOptions = {},
): TestSandbox {
  const config = testConfig(env);
  const sandbox = createSandbox(config, options);
  const request = async (
    method: string,
    path: string,
    opts: RequestOptions = {},
  ): Promise<Response> => {
    const headers: Record<string, string> = { ...(opts.headers ?? {}) };
    const token = opts.token === undefined ? ADMIN_KEY : opts.token;
    if (token !== null) headers.Authorization = `Bearer ${token}`;
    let body: string | undefined;
    if (opts.rawBody !== undefined) body = opts.rawBody;
    else if (opts.body !== undefined) body = JSON.stringify(opts.body);
    if (body !== undefined) headers["Content-Type"] = "application/json";
    return sandbox.app.request(path, { method, headers, body });
  };
  return {
    sandbox,
    config,
    request,
    json: async <T>(method: string, path: string, opts?: RequestOptions) => {
      const res = await request(method, path, opts);
      const text = await res.text();
      return { status: res.status, body: (text === "" ? undefined : JSON.parse(text)) as T };
    },
    tenantToken: (tenantId, nowMs) =>
      signTenantToken(config.jwtSecret, tenantId, nowMs ?? Date.now()),
    stop: () => sandbox.stop(),
  };
}

export interface ListeningSandbox extends TestSandbox {
  port: number;
  baseUrl: string;
  close(): Promise<void>;
}

/** Same, but listening on an ephemeral port for real HTTP clients. */
export async function startTestServer(
  env: Record<string, string> = {},
  options: SandboxOptions = {},
): Promise<ListeningSandbox> {
  const t = createTestSandbox(env, options);
  const server = serve({ fetch: t.sandbox.app.fetch, port: 0 });
  await once(server, "listening");
  const port = (server.address() as AddressInfo).port;
  return {
    ...t,
    port,
    baseUrl: `http://localhost:${port}`,
    close: async () => {
      t.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export const sleep = (ms: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `check` until it returns true or the timeout passes. */
export async function waitFor(check: () => boolean, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await sleep(10);
  }
}
