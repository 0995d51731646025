import { spawn } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";

export const DEMO_TENANT = process.env.SANDBOX_TENANT ?? "acme";

/** Starts the sandbox (`tsx sandbox/main.ts`) as a child process sharing this terminal. */
export function startSandbox(env) {
  const child = spawn(process.execPath, ["--import", "tsx", "sandbox/main.ts"], {
    env: { ...process.env, ...env },
    stdio: "inherit",
  });
  const stop = () => child.exitCode === null && child.kill("SIGTERM");
  process.on("exit", stop);
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => {
      stop();
      process.exit(0);
    });
  }
  child.on("exit", (code) => {
    if (code) process.exit(code);
  });
  return child;
}

export async function waitForHealthy(origin, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${origin}/api/v1/healthz`);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await sleep(200);
  }
  throw new Error(`The sandbox did not answer at ${origin} within ${timeoutMs / 1000}s`);
}

/** Mints a portal redirect URL through the admin API, exactly as a host product would. */
export async function mintPortalUrl(origin, { apiKey, tenantId = DEMO_TENANT, theme }) {
  const query = theme ? `?theme=${theme}` : "";
  const response = await fetch(
    `${origin}/api/v1/tenants/${encodeURIComponent(tenantId)}/portal${query}`,
    {
      headers: { Authorization: `Bearer ${apiKey}` },
    },
  );
  if (!response.ok) throw new Error(`Minting a portal URL failed: HTTP ${response.status}`);
  const body = await response.json();
  return body.redirect_url;
}
