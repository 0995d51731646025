import { Hono } from "hono";
import { adminOnly, ownTenantPath, signTenantToken, type AppEnv } from "../auth.ts";
import { tenantJson } from "../display.ts";
import { validationError } from "../http-errors.ts";
import { paginate, parsePageRequest } from "../pagination.ts";
import type { TenantRecord } from "../types.ts";
import { readStringMap } from "../validation.ts";
import { pathTenant, queryOf, readJson, type Ctx, type SandboxDeps } from "./context.ts";

const HOST = /^[A-Za-z0-9.\-:[\]]+$/;

/** scheme://host of the request as the browser saw it (proxy headers first). */
export function requestOrigin(c: Ctx): string {
  const url = new URL(c.req.url);
  const forwardedProto = c.req.header("X-Forwarded-Proto")?.split(",")[0]?.trim().toLowerCase();
  const proto =
    forwardedProto === "http" || forwardedProto === "https"
      ? forwardedProto
      : url.protocol.replace(/:$/, "");
  const candidates = [
    c.req.header("X-Forwarded-Host")?.split(",")[0]?.trim(),
    c.req.header("Host"),
    url.host,
  ];
  const host = candidates.find((h): h is string => h !== undefined && HOST.test(h)) ?? url.host;
  return `${proto}://${host}`;
}

export function tenantRoutes(deps: SandboxDeps): Hono<AppEnv> {
  const { store } = deps;
  const app = new Hono<AppEnv>();

  app.get("/tenants", (c) => {
    const query = queryOf(c);
    const auth = c.get("auth");
    const page = parsePageRequest(query, { limit: 20, maxLimit: 100 });
    const ids = new Set(query.getAll("id"));
    const match = (t: TenantRecord): boolean =>
      (auth.role === "admin" || t.id === auth.tenantId) && (ids.size === 0 || ids.has(t.id));
    const all = store.tenantsSorted();
    const result = paginate(all, (t) => [t.createdAt, t.id], page, match);
    const count =
      auth.role === "admin" && ids.size === 0 ? store.tenantCount() : all.filter(match).length;
    return c.json({
      models: result.items.map((t) => tenantJson(store, t)),
      pagination: {
        order_by: "created_at",
        dir: page.dir,
        limit: page.limit,
        next: result.next,
        prev: result.prev,
      },
      count,
    });
  });

  app.put("/tenants/:tenant_id", ownTenantPath, async (c) => {
    const id = c.req.param("tenant_id");
    const body = await readJson(c);
    const errors: string[] = [];
    let metadata = null;
    if (body !== undefined && body !== null) {
      if (typeof body !== "object" || Array.isArray(body))
        errors.push("body must be a JSON object");
      else
        metadata =
          readStringMap("metadata", (body as Record<string, unknown>).metadata, errors) ?? null;
    }
    if (errors.length > 0) throw validationError(errors);
    const { tenant, created } = store.upsertTenant(id, metadata, deps.now());
    return c.json(tenantJson(store, tenant), created ? 201 : 200);
  });

  app.get("/tenants/:tenant_id", ownTenantPath, (c) =>
    c.json(tenantJson(store, pathTenant(c, deps))),
  );

  app.delete("/tenants/:tenant_id", ownTenantPath, (c) => {
    const tenant = pathTenant(c, deps);
    store.deleteTenant(tenant.id);
    return c.json({ success: true });
  });

  app.get("/tenants/:tenant_id/token", adminOnly, async (c) => {
    const tenant = pathTenant(c, deps);
    const token = await signTenantToken(deps.config.jwtSecret, tenant.id, deps.now());
    return c.json({ token, tenant_id: tenant.id });
  });

  app.get("/tenants/:tenant_id/portal", adminOnly, async (c) => {
    const tenant = pathTenant(c, deps);
    const token = await signTenantToken(deps.config.jwtSecret, tenant.id, deps.now());
    const theme = queryOf(c).get("theme");
    const params = new URLSearchParams({ token });
    if (theme === "light" || theme === "dark") params.set("theme", theme);
    const redirectUrl = `${requestOrigin(c)}${deps.config.basePath}?${params.toString()}`;
    return c.json({ redirect_url: redirectUrl, tenant_id: tenant.id });
  });

  return app;
}
