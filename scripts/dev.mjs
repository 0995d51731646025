// `npm run dev`: the sandbox API plus Vite's dev server with hot reload, which proxies
// /api/v1 and /inject-portal-config.js to the sandbox.
import { createServer } from "vite";
import { mintPortalUrl, startSandbox, waitForHealthy } from "./lib.mjs";

const apiPort = process.env.API_PORT ?? "3333";
const apiKey = process.env.API_KEY ?? "sandbox-api-key";
process.env.SANDBOX_URL ??= `http://localhost:${apiPort}`;

startSandbox({ API_PORT: apiPort, API_KEY: apiKey });
await waitForHealthy(process.env.SANDBOX_URL);

const server = await createServer();
await server.listen();
const origin = server.resolvedUrls?.local[0]?.replace(/\/$/, "") ?? "http://localhost:5173";

// Minted through Vite's proxy so the link points at the dev server.
const light = await mintPortalUrl(origin, { apiKey, theme: "light" });
const dark = await mintPortalUrl(origin, { apiKey, theme: "dark" });
console.log(`
  Dev server with hot reload; API from the sandbox on port ${apiPort}.

  Open (light): ${light}
  Open (dark):  ${dark}
`);
