import { Hono } from "hono";
import { authenticate, type AppEnv } from "./auth.ts";
import { SEED_SCALES, type SandboxConfig } from "./config.ts";
import { embedDemoEnabled, embedDemoRoutes } from "./embed-demo.ts";
import { ApiError, AuthError } from "./http-errors.ts";
import { cryptoIds, type IdSource } from "./ids.ts";
import { portalConfigScript } from "./portal-config.ts";
import type { SandboxDeps } from "./routes/context.ts";
import { destinationRoutes } from "./routes/destinations.ts";
import { healthRoutes } from "./routes/health.ts";
import { logRoutes } from "./routes/logs.ts";
import { metricsRoutes } from "./routes/metrics.ts";
import { publishRoutes } from "./routes/publish.ts";
import { schemaRoutes } from "./routes/schemas.ts";
import { tenantRoutes } from "./routes/tenants.ts";
import { seedDemoData, startEventGenerator, type SeedResult } from "./seed.ts";
import { Simulator, type PublishResult } from "./simulator.ts";
import { serveSpa } from "./static.ts";
import { Store } from "./store.ts";

export interface SandboxOptions {
  /** Clock used for every timestamp (tests pin it). */
  now?: () => number;
  /** Overrides config.seed: demo data and the background generator. */
  seed?: boolean;
  ids?: IdSource;
  /** The embedding demo host page (/embed-demo); default: when seeding or SANDBOX_EMBED_DEMO=1. */
  embedDemo?: boolean;
}

export interface Sandbox {
  app: Hono<AppEnv>;
  store: Store;
  simulator: Simulator;
  /** Same as POST /publish with the admin key; throws ApiError on invalid input. */
  publish(body: Record<string, unknown>): PublishResult;
  /** Result of demo seeding, or null when seeding is off. */
  seeded: SeedResult | null;
  /** Clears every timer (generator, retries). */
  stop(): void;
}

export function createSandbox(config: SandboxConfig, options: SandboxOptions = {}): Sandbox {
  const now = options.now ?? Date.now;
  const ids = options.ids ?? cryptoIds;
  const store = new Store();
  const simulator = new Simulator(store, config, now, ids);
  const deps: SandboxDeps = { config, store, simulator, now, ids };

  const app = new Hono<AppEnv>();

  app.use("*", async (c, next) => {
    await next();
    c.header("Referrer-Policy", "no-referrer");
    c.header("X-Content-Type-Options", "nosniff");
  });

  app.onError((err, c) => {
    if (err instanceof AuthError) return c.body(null, err.status);
    if (err instanceof ApiError) return c.json(err.toBody(), err.status as 400);
    console.error("[sandbox] unexpected error", err);
    return c.json({ status: 500, message: "internal server error" }, 500);
  });

  const configScript = (): Response =>
    new Response(portalConfigScript(config), {
      headers: {
        "Content-Type": "application/javascript; charset=utf-8",
        "Cache-Control": "no-cache",
      },
    });
  app.get("/inject-portal-config.js", configScript);
  if (config.basePath !== "/") app.get(`${config.basePath}inject-portal-config.js`, configScript);

  const api = new Hono<AppEnv>();
  api.route("/", healthRoutes(deps));
  api.use("*", authenticate(config, store, now));
  api.route("/", tenantRoutes(deps));
  api.route("/", destinationRoutes(deps));
  api.route("/", logRoutes(deps));
  api.route("/", publishRoutes(deps));
  api.route("/", schemaRoutes(deps));
  api.route("/", metricsRoutes(deps));
  api.notFound((c) => c.json({ status: 404, message: "not found" }, 404));
  app.route("/api/v1", api);

  const seed = options.seed ?? config.seed;
  if (options.embedDemo ?? embedDemoEnabled(seed)) app.route("/", embedDemoRoutes(deps));

  if (config.staticDir !== null)
    app.use("*", serveSpa({ dir: config.staticDir, basePath: config.basePath }));

  app.notFound((c) => {
    if (c.req.path.startsWith("/api/")) return c.json({ status: 404, message: "not found" }, 404);
    return c.text("Not Found", 404);
  });

  let seeded: SeedResult | null = null;
  let stopGenerator = (): void => {};
  if (seed) {
    const { generator, ...counts } = SEED_SCALES[config.scale];
    seeded = seedDemoData({ store, config }, { now: now(), ...counts });
    if (generator) stopGenerator = startEventGenerator({ store, simulator, config });
  }

  return {
    app,
    store,
    simulator,
    seeded,
    publish: (body) => simulator.publish(body),
    stop: () => {
      stopGenerator();
      simulator.stop();
    },
  };
}
