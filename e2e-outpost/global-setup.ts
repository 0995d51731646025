/**
 * Starts `npm run outpost --portal` unless one is already running at OUTPOST_URL (as under
 * `npm run test:outpost`, which starts it once for both suites). Fails loudly when it cannot.
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { setTimeout as sleep } from "node:timers/promises";
import { OUTPOST } from "./server";

async function healthy(origin: string): Promise<boolean> {
  try {
    return (await fetch(`${origin}/api/v1/healthz`)).ok;
  } catch {
    return false;
  }
}

export default async function globalSetup(): Promise<() => Promise<void>> {
  if (process.env.OUTPOST_URL) {
    if (!(await healthy(OUTPOST.origin)))
      throw new Error(`No healthy Outpost at OUTPOST_URL=${OUTPOST.origin}`);
    return async () => {};
  }
  const child = spawn(process.execPath, ["scripts/outpost.mjs", "--portal"], {
    env: { ...process.env, ...OUTPOST.env },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const exited = once(child, "exit");
  // First use installs packages and builds Outpost: allow for it.
  const deadline = Date.now() + 20 * 60_000;
  while (!(await healthy(OUTPOST.origin))) {
    if (child.exitCode !== null) throw new Error("npm run outpost failed (see its output above)");
    if (Date.now() > deadline) throw new Error("Outpost did not become healthy in time");
    await sleep(500);
  }
  return async () => {
    if (child.exitCode === null) child.kill("SIGTERM");
    await exited;
  };
}
