import { spawn } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";

export const DEMO_TENANT = "acme";

/**
 * Starts the sandbox (`tsx sandbox/main.ts`) as a child process writing to this terminal.
 * `child.ready` resolves once it listens, so a request never reaches another server that
 * already holds the port; the sandbox explains its own start failures, and this process
 * exits with its code.
 */
export function startSandbox(env) {
  const child = spawn(process.execPath, ["--import", "tsx", "sandbox/main.ts"], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stderr.pipe(process.stderr);
  let seen = "";
  child.ready = new Promise((resolve) => {
    child.stdout.on("data", (chunk) => {
      process.stdout.write(chunk);
      if (seen !== null) {
        seen += chunk.toString();
        if (seen.includes("Outpost sandbox listening")) {
          seen = null;
          resolve();
        }
      }
    });
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
    process.exit(code ?? 1);
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

/** Creates an empty tenant unless it exists; true when it was created. */
export async function ensureTenant(origin, { apiKey, tenantId }) {
  const url = `${origin}/api/v1/tenants/${encodeURIComponent(tenantId)}`;
  const headers = { Authorization: `Bearer ${apiKey}` };
  const existing = await fetch(url, { headers });
  if (existing.ok) return false;
  if (existing.status !== 404)
    throw new Error(`Looking up tenant "${tenantId}" failed: HTTP ${existing.status}`);
  const created = await fetch(url, { method: "PUT", headers });
  if (!created.ok) {
    const body = await created.text();
    throw new Error(`Creating tenant "${tenantId}" failed: HTTP ${created.status} ${body}`.trim());
  }
  return true;
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
