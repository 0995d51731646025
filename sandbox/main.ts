import { serve } from "@hono/node-server";
import { createSandbox } from "./app.ts";
import { signTenantToken } from "./auth.ts";
import { loadConfig } from "./config.ts";

const config = loadConfig();
const sandbox = createSandbox(config);

const server = serve({ fetch: sandbox.app.fetch, port: config.port }, (info) => {
  const origin = `http://localhost:${info.port}`;
  console.log(`Outpost sandbox listening on ${origin}`);
  console.log(`  API:        ${origin}/api/v1  (admin key: ${config.apiKey})`);
  console.log(`  Topics:     ${config.topics.length > 0 ? config.topics.join(", ") : "(any)"}`);
  if (sandbox.seeded) {
    const { tenantId, destinationIds, events, attempts } = sandbox.seeded;
    console.log(
      `  Demo data:  tenant "${tenantId}", ${destinationIds.length} destinations, ${events} events, ${attempts} attempts`,
    );
  } else {
    console.log("  Demo data:  off (SANDBOX_SEED=0)");
  }
  if (config.staticDir !== null) {
    console.log(`  Portal:     ${origin}${config.basePath} (from ${config.staticDir})`);
    if (sandbox.seeded) {
      void signTenantToken(config.jwtSecret, sandbox.seeded.tenantId, Date.now()).then((token) => {
        console.log(`  Log in:     ${origin}${config.basePath}?token=${token}`);
      });
    }
  }
});

let closing = false;
const shutdown = (signal: string): void => {
  if (closing) return;
  closing = true;
  console.log(`Received ${signal}, shutting down`);
  sandbox.stop();
  server.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 2000).unref();
};
process.on("SIGINT", () => shutdown("SIGINT"));
process.on("SIGTERM", () => shutdown("SIGTERM"));
