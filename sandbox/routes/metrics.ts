import { Hono } from "hono";
import type { AppEnv } from "../auth.ts";
import { forbidden } from "../http-errors.ts";
import { computeMetrics, parseMetricsQuery, type MetricsKind } from "../metrics.ts";
import { queryOf, tenantScope, type Ctx, type SandboxDeps } from "./context.ts";

export function metricsRoutes(deps: SandboxDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  const handle = (c: Ctx, kind: MetricsKind): Response => {
    const query = queryOf(c);
    const scope = tenantScope(c, query);
    if (c.get("auth").role === "tenant") {
      if (query.getAll("dimensions").includes("tenant_id")) {
        throw forbidden("tenant_id dimension is not allowed for tenant-scoped requests");
      }
      if (query.getAll("filters[tenant_id]").length > 0) {
        throw forbidden("tenant_id filter is not allowed for tenant-scoped requests");
      }
    }
    const parsed = parseMetricsQuery(query, kind);
    return c.json(computeMetrics(deps.store, kind, { ...parsed, tenantIds: scope }));
  };

  app.get("/metrics/events", (c) => handle(c, "events"));
  app.get("/metrics/attempts", (c) => handle(c, "attempts"));
  return app;
}
