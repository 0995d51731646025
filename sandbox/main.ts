import { createSandbox } from "./app.ts";
import { signTenantToken } from "./auth.ts";
import { loadConfig, type SandboxConfig } from "./config.ts";
import { exposureWarning, listenAll } from "./listen.ts";

function fail(message: string): never {
  console.error(`Outpost sandbox could not start: ${message}`);
  process.exit(1);
}

let config: SandboxConfig;
try {
  config = loadConfig();
} catch (error) {
  fail((error as Error).message);
}
const sandbox = createSandbox(config);

const listening = await listenAll(sandbox.app.fetch, config.hosts, config.port).catch(
  (error: Error) => {
    sandbox.stop();
    return fail(error.message);
  },
);

const origin = `http://localhost:${listening.port}`;
const addresses = listening.hosts.map((h) => (h.includes(":") ? `[${h}]` : h)).join(" and ");
// One write, so whoever waits for the first line (scripts/lib.mjs) gets the whole summary.
const lines = [`Outpost sandbox listening on ${addresses}, port ${listening.port}`];
const warning = exposureWarning(config, sandbox.seeded !== null);
if (warning !== null) lines.push(`  ${warning}`);
lines.push(`  API:        ${origin}/api/v1  (admin key: ${config.apiKey})`);
lines.push(`  Topics:     ${config.topics.length > 0 ? config.topics.join(", ") : "(any)"}`);
if (sandbox.seeded) {
  const { tenantId, destinationIds, events, attempts } = sandbox.seeded;
  lines.push(
    `  Demo data:  tenant "${tenantId}", ${destinationIds.length} destinations, ${events} events, ${attempts} attempts`,
  );
} else {
  lines.push("  Demo data:  off (SANDBOX_SEED=0)");
}
lines.push(
  `  Retention:  ${config.retentionDays} days; per tenant at most ${config.maxEventsPerTenant} events and ${config.maxAttemptsPerTenant} attempts`,
);
if (config.staticDir !== null) {
  lines.push(`  Portal:     ${origin}${config.basePath} (from ${config.staticDir})`);
  if (sandbox.seeded) {
    const token = await signTenantToken(config.jwtSecret, sandbox.seeded.tenantId, Date.now());
    lines.push(`  Log in:     ${origin}${config.basePath}?token=${token}`);
  }
}
console.log(lines.join("\n"));

let closing = false;
const shutdown = (signal: string): void => {
  if (closing) return;
  closing = true;
  console.log(`Received ${signal}, shutting down`);
  sandbox.stop();
  void listening.close().then(() => process.exit(0));
  setTimeout(() => process.exit(0), 2000).unref();
};
process.on("SIGINT", () => shutdown("SIGINT"));
process.on("SIGTERM", () => shutdown("SIGTERM"));
