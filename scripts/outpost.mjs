// `npm run outpost`: a real Outpost (v1.2.0) for development and tests, with the same env
// names as `npm start`. `--portal[=dir]` also serves the built portal (default dist/) through
// Outpost's PORTAL_PROXY_URL, same-origin with /api/v1.
import { PrerequisiteError } from "./outpost/prerequisites.mjs";
import { startOutpostStack, stopWithProcess } from "./outpost/stack.mjs";

const portalArg = process.argv.find((a) => a === "--portal" || a.startsWith("--portal="));
const portalDir = portalArg ? portalArg.split("=")[1] || "dist" : null;
const log = (line) => console.log(`[outpost] ${line}`);

let stack;
try {
  stack = await startOutpostStack({ portalDir, log });
} catch (error) {
  const kind =
    error instanceof PrerequisiteError ? "cannot run a real Outpost here" : "failed to start";
  console.error(`[outpost] ${kind}: ${error.message}`);
  process.exit(1);
}
stopWithProcess(stack);

const tenant = process.env.SANDBOX_TENANT ?? "acme";
console.log(`
  Outpost v1.2.0 is running: ${stack.url}/api/v1  (admin API key: ${stack.apiKey})
${stack.portalUrl ? `  Portal (through Outpost): ${stack.url}/  — mint a link: GET ${stack.url}/api/v1/tenants/${tenant}/portal\n` : ""}
  Point the dev server at it: OUTPOST_URL=${stack.url} API_KEY=${stack.apiKey} npm run dev
  Stop with Ctrl+C; its data is in a temp folder removed on exit.
`);
