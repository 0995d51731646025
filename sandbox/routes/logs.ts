import { Hono } from "hono";
import type { AppEnv } from "../auth.ts";
import { attemptJson, eventJson, parseIncludes } from "../display.ts";
import { badRequest, notFound } from "../http-errors.ts";
import { paginate, parseOrderBy, parsePageRequest, parseTimeBounds } from "../pagination.ts";
import type { QueryParams } from "../query.ts";
import { timedKey } from "../store.ts";
import type { AttemptRecord, EventRecord, JsonObject } from "../types.ts";
import { queryOf, tenantScope, type SandboxDeps } from "./context.ts";

function setOrNull(values: string[]): Set<string> | null {
  return values.length > 0 ? new Set(values) : null;
}

/** GET /attempts and GET /tenants/{id}/destinations/{id}/attempts. */
export function listAttempts(
  deps: SandboxDeps,
  query: QueryParams,
  tenantIds: string[] | null,
  destinationId?: string,
): JsonObject {
  const { store } = deps;
  const page = parsePageRequest(query, { limit: 100, maxLimit: 1000 });
  const orderBy = parseOrderBy(query, ["time"]);
  const bounds = parseTimeBounds(query);
  const include = parseIncludes(query.getAll("include"));
  const status = query.get("status");
  if (status !== undefined && status !== "success" && status !== "failed") {
    throw badRequest("status must be 'success' or 'failed'");
  }
  const tenants = tenantIds === null ? null : new Set(tenantIds);
  const destinations =
    destinationId !== undefined
      ? new Set([destinationId])
      : setOrNull(query.getAll("destination_id"));
  const types = setOrNull(query.getAll("destination_type"));
  const topics = setOrNull(query.getAll("topic"));
  const eventIds = setOrNull(query.getAll("event_id"));

  // Start from the narrowest index that holds every candidate.
  let candidates: readonly AttemptRecord[];
  if (eventIds !== null && tenantIds !== null) {
    candidates = tenantIds
      .flatMap((t) => [...eventIds].flatMap((e) => store.attemptsOfEvent(t, e)))
      .sort((a, b) => a.time - b.time || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  } else if (tenantIds !== null && tenantIds.length === 1) {
    const only =
      destinations !== null && destinations.size === 1 ? [...destinations][0] : undefined;
    candidates = store.attemptsSorted(tenantIds[0], only);
  } else {
    candidates = store.attemptsSorted();
  }

  const match = (a: AttemptRecord): boolean =>
    (tenants === null || tenants.has(a.tenantId)) &&
    (destinations === null || destinations.has(a.destinationId)) &&
    (types === null || types.has(a.destinationType)) &&
    (topics === null || topics.has(a.topic)) &&
    (eventIds === null || eventIds.has(a.eventId)) &&
    (status === undefined || a.status === status);

  const result = paginate(candidates, timedKey, page, match, bounds);
  return {
    models: result.items.map((a) => attemptJson(store, a, include)),
    pagination: {
      order_by: orderBy,
      dir: page.dir,
      limit: page.limit,
      next: result.next,
      prev: result.prev,
    },
  };
}

export function listEvents(
  deps: SandboxDeps,
  query: QueryParams,
  tenantIds: string[] | null,
): JsonObject {
  const { store } = deps;
  const page = parsePageRequest(query, { limit: 100, maxLimit: 1000 });
  const orderBy = parseOrderBy(query, ["time"]);
  const bounds = parseTimeBounds(query);
  const tenants = tenantIds === null ? null : new Set(tenantIds);
  const ids = setOrNull(query.getAll("id"));
  const destinations = setOrNull(query.getAll("destination_id"));
  const topics = setOrNull(query.getAll("topic"));

  const candidates: readonly EventRecord[] =
    tenantIds !== null && tenantIds.length === 1
      ? store.eventsSorted(tenantIds[0])
      : store.eventsSorted();
  const match = (e: EventRecord): boolean =>
    (tenants === null || tenants.has(e.tenantId)) &&
    (ids === null || ids.has(e.id)) &&
    (topics === null || topics.has(e.topic)) &&
    (destinations === null || e.matchedDestinationIds.some((d) => destinations.has(d)));

  const result = paginate(candidates, timedKey, page, match, bounds);
  return {
    models: result.items.map(eventJson),
    pagination: {
      order_by: orderBy,
      dir: page.dir,
      limit: page.limit,
      next: result.next,
      prev: result.prev,
    },
  };
}

export function logRoutes(deps: SandboxDeps): Hono<AppEnv> {
  const { store } = deps;
  const app = new Hono<AppEnv>();

  app.get("/events", (c) => {
    const query = queryOf(c);
    return c.json(listEvents(deps, query, tenantScope(c, query)));
  });

  app.get("/events/:event_id", (c) => {
    const query = queryOf(c);
    const scope = tenantScope(c, query);
    const event = store.findEvent(c.req.param("event_id"), scope);
    if (!event) throw notFound("event");
    return c.json(eventJson(event));
  });

  app.get("/attempts", (c) => {
    const query = queryOf(c);
    return c.json(listAttempts(deps, query, tenantScope(c, query)));
  });

  app.get("/attempts/:attempt_id", (c) => {
    const query = queryOf(c);
    const scope = tenantScope(c, query);
    const attempt = store.getAttempt(c.req.param("attempt_id"));
    if (!attempt || (scope !== null && !scope.includes(attempt.tenantId)))
      throw notFound("attempt");
    return c.json(attemptJson(store, attempt, parseIncludes(query.getAll("include"))));
  });

  return app;
}
