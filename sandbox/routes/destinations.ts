import { Hono } from "hono";
import { ownTenantPath, type AppEnv } from "../auth.ts";
import { attemptJson, destinationJson, parseIncludes } from "../display.ts";
import { badRequest, notFound } from "../http-errors.ts";
import { topicsMatch } from "../topics.ts";
import type { DestinationRecord } from "../types.ts";
import { applyUpdate, parseCreateBody, type ValidationContext } from "../validation.ts";
import { pathTenant, queryOf, readJson, roleOf, type Ctx, type SandboxDeps } from "./context.ts";
import { listAttempts } from "./logs.ts";

export function destinationRoutes(deps: SandboxDeps): Hono<AppEnv> {
  const { store } = deps;
  const app = new Hono<AppEnv>();
  const base = "/tenants/:tenant_id/destinations";

  const validationContext = (c: Ctx): ValidationContext => ({
    topics: deps.config.topics,
    allowWildcards: deps.config.topicsAllowWildcards,
    role: roleOf(c),
    now: deps.now(),
  });

  const pathDestination = (c: Ctx): DestinationRecord => {
    const tenant = pathTenant(c, deps);
    const destination = store.getDestination(tenant.id, c.req.param("destination_id") ?? "");
    if (!destination) throw notFound("destination");
    return destination;
  };

  app.get(base, ownTenantPath, (c) => {
    const tenant = pathTenant(c, deps);
    const query = queryOf(c);
    const types = new Set(query.getAll("type"));
    const topics = query.getAll("topics");
    const list = store
      .listDestinations(tenant.id)
      .filter((d) => types.size === 0 || types.has(d.type))
      .filter((d) => topics.every((t) => topicsMatch(d.topics, t)))
      .sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
    return c.json(list.map(destinationJson));
  });

  app.post(base, ownTenantPath, async (c) => {
    const tenant = pathTenant(c, deps);
    const body = await readJson(c);
    const { id, destination } = parseCreateBody(body, validationContext(c), deps.ids.hex);
    const destinationId = id ?? deps.ids.id("des");
    if (store.getDestination(tenant.id, destinationId))
      throw badRequest("destination already exists");
    const record: DestinationRecord = { id: destinationId, tenantId: tenant.id, ...destination };
    store.putDestination(record);
    return c.json(destinationJson(record), 201);
  });

  app.get(`${base}/:destination_id`, ownTenantPath, (c) =>
    c.json(destinationJson(pathDestination(c))),
  );

  app.patch(`${base}/:destination_id`, ownTenantPath, async (c) => {
    const existing = pathDestination(c);
    const body = await readJson(c);
    const updated = applyUpdate(existing, body, validationContext(c), deps.ids.hex);
    store.putDestination(updated);
    return c.json(destinationJson(updated));
  });

  app.delete(`${base}/:destination_id`, ownTenantPath, (c) => {
    const destination = pathDestination(c);
    store.deleteDestination(destination.tenantId, destination.id);
    return c.json({ success: true });
  });

  const setDisabled = (c: Ctx, disabled: boolean): Response => {
    const destination = pathDestination(c);
    if (disabled !== (destination.disabledAt !== null)) {
      const now = deps.now();
      const updated: DestinationRecord = {
        ...destination,
        disabledAt: disabled ? now : null,
        updatedAt: now,
      };
      store.putDestination(updated);
      return c.json(destinationJson(updated));
    }
    return c.json(destinationJson(destination));
  };
  app.put(`${base}/:destination_id/enable`, ownTenantPath, (c) => setDisabled(c, false));
  app.put(`${base}/:destination_id/disable`, ownTenantPath, (c) => setDisabled(c, true));

  app.get(`${base}/:destination_id/attempts`, ownTenantPath, (c) => {
    const tenant = pathTenant(c, deps);
    return c.json(listAttempts(deps, queryOf(c), [tenant.id], c.req.param("destination_id")));
  });

  app.get(`${base}/:destination_id/attempts/:attempt_id`, ownTenantPath, (c) => {
    const tenant = pathTenant(c, deps);
    const attempt = store.getAttempt(c.req.param("attempt_id"));
    if (
      !attempt ||
      attempt.tenantId !== tenant.id ||
      attempt.destinationId !== c.req.param("destination_id")
    ) {
      throw notFound("attempt");
    }
    return c.json(attemptJson(store, attempt, parseIncludes(queryOf(c).getAll("include"))));
  });

  return app;
}
