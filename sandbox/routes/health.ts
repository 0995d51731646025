import { Hono } from "hono";
import type { AppEnv } from "../auth.ts";
import { iso } from "../time.ts";
import type { SandboxDeps } from "./context.ts";

export function healthRoutes(deps: SandboxDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get("/healthz", (c) =>
    c.json({
      status: "healthy",
      timestamp: iso(deps.now()),
      workers: {
        "http-server": { status: "healthy" },
        "deliverymq-consumer": { status: "healthy" },
        "retrymq-consumer": { status: "healthy" },
      },
    }),
  );
  return app;
}
