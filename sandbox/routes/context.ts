import type { Context } from "hono";
import type { AppEnv } from "../auth.ts";
import type { SandboxConfig } from "../config.ts";
import { ApiError, forbidden, notFound } from "../http-errors.ts";
import type { IdSource } from "../ids.ts";
import { QueryParams } from "../query.ts";
import type { Simulator } from "../simulator.ts";
import type { Store } from "../store.ts";
import type { TenantRecord } from "../types.ts";
import type { Role } from "../validation.ts";

/** What every route module needs. */
export interface SandboxDeps {
  config: SandboxConfig;
  store: Store;
  simulator: Simulator;
  now: () => number;
  ids: IdSource;
}

export type Ctx = Context<AppEnv>;

export function queryOf(c: Ctx): QueryParams {
  return QueryParams.fromUrl(c.req.url);
}

export function roleOf(c: Ctx): Role {
  return c.get("auth").role;
}

/** The JSON body, `undefined` when the body is empty; 400 when it is not JSON. */
export async function readJson(c: Ctx): Promise<unknown> {
  const text = await c.req.text();
  if (text.trim() === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ApiError(400, "invalid JSON");
  }
}

/** The tenant named in the path; 404 when it does not exist. */
export function pathTenant(c: Ctx, deps: SandboxDeps): TenantRecord {
  const tenant = deps.store.getTenant(c.req.param("tenant_id") ?? "");
  if (!tenant) throw notFound("tenant");
  return tenant;
}

/**
 * Tenant scope of tenant-wide routes (/events, /attempts, /metrics): a JWT is
 * pinned to its tenant and may not ask for another; admins may filter by
 * tenant_id. Returns null for "every tenant".
 */
export function tenantScope(c: Ctx, query: QueryParams): string[] | null {
  const auth = c.get("auth");
  const requested = query.getAll("tenant_id");
  if (auth.role === "tenant") {
    if (requested.some((id) => id !== auth.tenantId)) {
      throw forbidden("tenant_id query parameter does not match authenticated tenant");
    }
    return [auth.tenantId];
  }
  return requested.length > 0 ? [...new Set(requested)] : null;
}
