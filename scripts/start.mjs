// `npm start`: build the portal, serve it from the sandbox like Outpost serves its own
// portal, and print portal links for the demo tenant. `--no-build` reuses dist/.
import { build } from "vite";
import { mintPortalUrl, startSandbox, waitForHealthy } from "./lib.mjs";

const port = process.env.API_PORT ?? "3333";
const apiKey = process.env.API_KEY ?? "sandbox-api-key";
const origin = `http://localhost:${port}`;
// The embedding demo host page runs on another origin than the portal: 127.0.0.1.
const demoOrigin = `http://127.0.0.1:${port}`;
const seeding = !["0", "false", "off", "no"].includes(
  (process.env.SANDBOX_SEED ?? "").trim().toLowerCase(),
);
const embedDemo =
  seeding ||
  ["1", "true", "yes", "on"].includes((process.env.SANDBOX_EMBED_DEMO ?? "").trim().toLowerCase());

if (!process.argv.includes("--no-build")) {
  await build({ logLevel: "warn" });
}

startSandbox({
  API_PORT: port,
  API_KEY: apiKey,
  SANDBOX_STATIC_DIR: process.env.SANDBOX_STATIC_DIR ?? "dist",
  PORTAL_EMBED_ALLOWED_ORIGINS: process.env.PORTAL_EMBED_ALLOWED_ORIGINS || demoOrigin,
});
await waitForHealthy(origin);

const light = await mintPortalUrl(origin, { apiKey, theme: "light" });
const dark = await mintPortalUrl(origin, { apiKey, theme: "dark" });
console.log(`
  Tenant portal is running.

  Open (light): ${light}
  Open (dark):  ${dark}
${embedDemo ? `  Embedded:     ${demoOrigin}/embed-demo  (a demo host page on another origin)\n` : ""}
  Links are valid for 24 hours. Admin API key: ${apiKey}. Stop with Ctrl+C.
`);
