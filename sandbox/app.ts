import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { authenticate, type AppEnv } from "./auth.ts";
import { SEED_SCALES, type SandboxConfig } from "./config.ts";
import { originOf, portalCsp } from "./csp.ts";
import { embedDemoRoutes } from "./embed-demo.ts";
import { ApiError, AuthError } from "./http-errors.ts";
import { cryptoIds, type IdSource } from "./ids.ts";
import { embedAllowedOrigins, portalConfigScript, portalSettingsScript } from "./portal-config.ts";
import { startRetention } from "./retention.ts";
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
}

/** Outpost's limit on request bodies. */
export const MAX_BODY_BYTES = 1024 * 1024;

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
  const store = new Store({
    maxEventsPerTenant: config.maxEventsPerTenant,
    maxAttemptsPerTenant: config.maxAttemptsPerTenant,
  });
  const simulator = new Simulator(store, config, now, ids);
  const deps: SandboxDeps = { config, store, simulator, now, ids };

  const app = new Hono<AppEnv>();

  app.use("*", async (c, next) => {
    await next();
    c.header("Referrer-Policy", "no-referrer");
    c.header("X-Content-Type-Options", "nosniff");
  });

  app.use(
    "*",
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) => c.json({ status: 413, message: "request body too large" }, 413),
    }),
  );

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

  // The portal's settings file, as a deployment puts it next to index.html. Without
  // PORTAL_<setting> variables the static folder's own file (or a 404) is served.
  const settings = portalSettingsScript(config);
  if (settings !== null)
    app.get(`${config.basePath}portal-settings.js`, () => {
      return new Response(settings, {
        headers: {
          "Content-Type": "application/javascript; charset=utf-8",
          "Cache-Control": "no-cache",
        },
      });
    });

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
  // Mints links without authentication, for the demo tenant only: demo mode only.
  if (seed) app.route("/", embedDemoRoutes(deps));

  if (config.staticDir !== null) {
    const cspOptions = {
      frameAncestors: embedAllowedOrigins(config),
      connect: [originOf(config.portal.API_BASE_URL)].filter((o) => o !== null),
      images: [config.portal.LOGO, config.portal.LOGO_DARK, config.portal.FAVICON_URL]
        .map(originOf)
        .filter((o) => o !== null),
    };
    let lastHtml = "";
    let lastCsp = "";
    const indexHeaders = (html: string) => {
      if (html !== lastHtml) {
        lastHtml = html;
        lastCsp = portalCsp(html, cspOptions);
      }
      return { "Content-Security-Policy": lastCsp };
    };
    app.use("*", serveSpa({ dir: config.staticDir, basePath: config.basePath, indexHeaders }));
  }

  app.notFound((c) => {
    if (c.req.path.startsWith("/api/")) return c.json({ status: 404, message: "not found" }, 404);
    return c.text("Not Found", 404);
  });

  const stopRetention = startRetention({ store, now, retentionDays: config.retentionDays });
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
      stopRetention();
      stopGenerator();
      simulator.stop();
    },
  };
}
