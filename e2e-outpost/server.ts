/**
 * The real Outpost the portal journeys (and `npm run test:outpost`) run against: the contract
 * suite's deployment settings, on a port derived from E2E_PORT_BASE.
 */
import deployment from "../sandbox/contract/deployment.json" with { type: "json" };

const BASE = Number(process.env.E2E_PORT_BASE ?? 4310);
const port = Number(process.env.OUTPOST_PORT ?? BASE + 20);

export const OUTPOST = {
  port,
  origin: process.env.OUTPOST_URL ?? `http://127.0.0.1:${port}`,
  apiKey: process.env.OUTPOST_API_KEY ?? "outpost-e2e-admin-key",
  jwtSecret: "outpost-e2e-jwt-secret",
  /** Environment for `npm run outpost`. */
  env: {
    ...deployment,
    API_PORT: String(port),
    API_KEY: process.env.OUTPOST_API_KEY ?? "outpost-e2e-admin-key",
    API_JWT_SECRET: "outpost-e2e-jwt-secret",
  } as Record<string, string>,
};
