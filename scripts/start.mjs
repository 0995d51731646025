// `npm start`: build the portal, serve it from the sandbox like Outpost serves its own
// portal, and print how to open it: links for the demo tenant (or SANDBOX_TENANT), or,
// without demo data, the admin commands that create a tenant and mint a link.
// `--no-build` reuses dist/.
import { build } from "vite";
import { DEMO_TENANT, ensureTenant, mintPortalUrl, startSandbox } from "./lib.mjs";

const OFF = ["0", "false", "off", "no"];

function fail(message) {
  console.error(`npm start: ${message}`);
  process.exit(1);
}

const port = process.env.API_PORT?.trim() || "3333";
const apiKey = process.env.API_KEY?.trim() || "sandbox-api-key";
const tenantId = process.env.SANDBOX_TENANT?.trim() || null;
const seeding = !OFF.includes((process.env.SANDBOX_SEED ?? "").trim().toLowerCase());
const origin = `http://localhost:${port}`;
// The embedding demo host page runs on another origin than the portal: 127.0.0.1.
const demoOrigin = `http://127.0.0.1:${port}`;

if (!process.argv.includes("--no-build")) {
  try {
    await build({ logLevel: "warn" });
  } catch (error) {
    fail(`the portal build failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

const sandbox = startSandbox({
  API_PORT: port,
  API_KEY: apiKey,
  SANDBOX_STATIC_DIR: process.env.SANDBOX_STATIC_DIR ?? "dist",
  // Written into the portal's settings file; the demo host page exists only with demo data.
  ...(seeding && !process.env.PORTAL_EMBED_ALLOWED_ORIGINS
    ? { PORTAL_EMBED_ALLOWED_ORIGINS: demoOrigin }
    : {}),
});
await sandbox.ready;

async function links(id) {
  return {
    light: await mintPortalUrl(origin, { apiKey, tenantId: id, theme: "light" }),
    dark: await mintPortalUrl(origin, { apiKey, tenantId: id, theme: "dark" }),
  };
}

function guidance() {
  const auth = `-H "Authorization: Bearer ${apiKey}"`;
  return `
  Tenant portal is running at ${origin}/ without demo data (SANDBOX_SEED=0): no tenant yet.

  Create a tenant and mint a portal link with the admin API (key: ${apiKey}):

    curl -X PUT ${auth} ${origin}/api/v1/tenants/my-tenant
    curl ${auth} "${origin}/api/v1/tenants/my-tenant/portal?theme=light"

  and open the redirect_url it answers. Or start with SANDBOX_TENANT=my-tenant to create an
  empty tenant and print its links.

  Stop with Ctrl+C.
`;
}

try {
  if (!seeding && tenantId === null) {
    console.log(guidance());
  } else {
    const id = tenantId ?? DEMO_TENANT;
    const created = tenantId !== null && (await ensureTenant(origin, { apiKey, tenantId }));
    const { light, dark } = await links(id);
    const about =
      tenantId === null
        ? "the demo tenant"
        : created
          ? "a new, empty tenant"
          : "an existing tenant";
    const embedded = seeding
      ? `  Embedded:     ${demoOrigin}/embed-demo  (a demo host page on another origin, tenant "${DEMO_TENANT}")\n`
      : "";
    console.log(`
  Tenant portal is running. Tenant "${id}" (${about}):

  Open (light): ${light}
  Open (dark):  ${dark}
${embedded}
  Links are valid for 24 hours. Admin API key: ${apiKey}. Stop with Ctrl+C.
`);
  }
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
