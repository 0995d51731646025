// `npm run dev`: the sandbox API plus Vite's dev server with hot reload, which proxies
// /api/v1 and /inject-portal-config.js to the sandbox. With OUTPOST_URL set (e.g. the URL
// `npm run outpost` prints) it proxies to that Outpost instead and starts no sandbox.
import { createServer } from "vite";
import { DEMO_TENANT, mintPortalUrl, startSandbox, waitForHealthy } from "./lib.mjs";

const apiPort = process.env.API_PORT ?? "3333";
const apiKey = process.env.API_KEY ?? "sandbox-api-key";
const outpost = process.env.OUTPOST_URL?.replace(/\/+$/, "");
process.env.SANDBOX_URL ??= outpost ?? `http://localhost:${apiPort}`;

if (!outpost) startSandbox({ API_PORT: apiPort, API_KEY: apiKey });
await waitForHealthy(process.env.SANDBOX_URL);
if (outpost) {
  // A fresh Outpost has no tenants: make sure the one the links are for exists.
  const response = await fetch(`${outpost}/api/v1/tenants/${encodeURIComponent(DEMO_TENANT)}`, {
    method: "PUT",
    headers: { Authorization: `Bearer ${apiKey}`, "Content-Type": "application/json" },
    body: "{}",
  });
  if (!response.ok)
    throw new Error(`Creating tenant ${DEMO_TENANT} failed: HTTP ${response.status}`);
}

const server = await createServer();
await server.listen();
const origin = server.resolvedUrls?.local[0]?.replace(/\/$/, "") ?? "http://localhost:5173";

// Minted through Vite's proxy so the link points at the dev server.
const light = await mintPortalUrl(origin, { apiKey, theme: "light" });
const dark = await mintPortalUrl(origin, { apiKey, theme: "dark" });
console.log(`
  Dev server with hot reload; API from ${outpost ? `the Outpost at ${outpost}` : `the sandbox on port ${apiPort}`}.

  Open (light): ${light}
  Open (dark):  ${dark}
`);
