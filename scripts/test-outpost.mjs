// `npm run test:outpost`: starts one real Outpost (with the built portal behind
// PORTAL_PROXY_URL), runs the contract suite against it and then the portal journeys, and
// stops it. Fails, saying why, when a real Outpost cannot be built or started here.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { build } from "vite";
import { OUTPOST } from "../e2e-outpost/server.ts";
import { PrerequisiteError } from "./outpost/prerequisites.mjs";
import { startOutpostStack, stopWithProcess } from "./outpost/stack.mjs";

const log = (line) => console.log(`[test:outpost] ${line}`);

if (!existsSync("dist/index.html")) {
  log("Building the portal…");
  await build({ logLevel: "warn" });
}

const started = Date.now();
let stack;
try {
  stack = await startOutpostStack({
    env: { ...process.env, ...OUTPOST.env },
    portalDir: "dist",
    log,
  });
} catch (error) {
  const kind =
    error instanceof PrerequisiteError
      ? "cannot run a real Outpost here"
      : "Outpost failed to start";
  console.error(`[test:outpost] ${kind}: ${error.message}`);
  console.error("[test:outpost] FAILED: no test ran against a real Outpost.");
  process.exit(1);
}
log(`Outpost is up at ${stack.url} after ${Math.round((Date.now() - started) / 1000)} s.`);
stopWithProcess(stack, () => process.exit(130));

const env = { ...process.env, OUTPOST_URL: stack.url, OUTPOST_API_KEY: stack.apiKey };
const run = (args, extraEnv = {}) =>
  spawnSync("npx", args, { stdio: "inherit", env: { ...env, ...extraEnv } }).status ?? 1;

const contract = run(["vitest", "run", "--project", "sandbox", "sandbox/contract"], {
  CONTRACT_TARGET: "outpost",
});
const journeys = run(["playwright", "test", "-c", "playwright.outpost.config.ts"]);

await stack.stop();
log(
  `contract suite: ${contract === 0 ? "passed" : "FAILED"}; portal journeys: ${journeys === 0 ? "passed" : "FAILED"}`,
);
process.exit(contract || journeys);
