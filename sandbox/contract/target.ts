/**
 * The server a contract test talks to, chosen by CONTRACT_TARGET: `sandbox` (default; an
 * in-process sandbox per test file) or `outpost` (the real server `npm run test:outpost`
 * started, at OUTPOST_URL). Tests use nothing but HTTP, so they run unchanged on both.
 */
import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { ADMIN_KEY, startTestServer } from "../testing/harness.ts";
import deployment from "./deployment.json" with { type: "json" };

export const DEPLOYMENT: Record<string, string> = deployment;
export const TOPICS = deployment.TOPICS.split(",");

export interface ContractTarget {
  name: "sandbox" | "outpost";
  /** Origin of the server, e.g. http://127.0.0.1:3333. */
  origin: string;
  adminKey: string;
  /** How long timing-dependent behaviour (delivery, logging, retries) may take to show. */
  settleMs: number;
  close(): Promise<void>;
}

export function targetName(): ContractTarget["name"] {
  const name = process.env.CONTRACT_TARGET ?? "sandbox";
  if (name !== "sandbox" && name !== "outpost") {
    throw new Error(`CONTRACT_TARGET must be "sandbox" or "outpost", got "${name}"`);
  }
  return name;
}

export async function openTarget(): Promise<ContractTarget> {
  if (targetName() === "outpost") {
    const origin = process.env.OUTPOST_URL;
    const adminKey = process.env.OUTPOST_API_KEY;
    if (!origin || !adminKey) {
      throw new Error(
        "CONTRACT_TARGET=outpost needs OUTPOST_URL and OUTPOST_API_KEY: run it with `npm run test:outpost`.",
      );
    }
    return { name: "outpost", origin, adminKey, settleMs: 20_000, close: async () => {} };
  }
  const server = await startTestServer(DEPLOYMENT);
  return {
    name: "sandbox",
    origin: server.baseUrl,
    adminKey: ADMIN_KEY,
    settleMs: 5_000,
    close: () => server.close(),
  };
}

/** A tenant id no other test (or earlier run against the same server) uses. */
export function uniqueId(prefix: string): string {
  return `${prefix}_${randomUUID().slice(0, 8)}`;
}

/** Polls `probe` until it returns a value that is not undefined, or fails at the deadline. */
export async function eventually<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  timeoutMs: number,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `${what}: not seen within ${timeoutMs} ms${last ? ` (last error: ${String(last)})` : ""}`,
      );
    }
    await sleep(100);
  }
}
