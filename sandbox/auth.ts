import type { MiddlewareHandler } from "hono";
import { jwtVerify, SignJWT } from "jose";
import type { SandboxConfig } from "./config.ts";
import { AuthError } from "./http-errors.ts";
import type { Store } from "./store.ts";

export type Auth = { role: "admin" } | { role: "tenant"; tenantId: string };

export interface AppEnv {
  Variables: { auth: Auth };
}

export const TOKEN_TTL_SECONDS = 24 * 60 * 60;

function secretKey(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

/** A tenant JWT exactly as Outpost issues it: HS256, iss "outpost", sub, iat, exp = iat + 24 h. */
export async function signTenantToken(
  jwtSecret: string,
  tenantId: string,
  nowMs: number,
): Promise<string> {
  const iat = Math.floor(nowMs / 1000);
  return new SignJWT({})
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setIssuer("outpost")
    .setSubject(tenantId)
    .setIssuedAt(iat)
    .setExpirationTime(iat + TOKEN_TTL_SECONDS)
    .sign(secretKey(jwtSecret));
}

/** The tenant id of a valid token, or null. */
export async function verifyTenantToken(
  jwtSecret: string,
  token: string,
  nowMs: number,
): Promise<string | null> {
  try {
    const { payload } = await jwtVerify(token, secretKey(jwtSecret), {
      issuer: "outpost",
      algorithms: ["HS256"],
      currentDate: new Date(nowMs),
      requiredClaims: ["sub", "exp"],
    });
    return typeof payload.sub === "string" && payload.sub !== "" ? payload.sub : null;
  } catch {
    return null;
  }
}

/** Resolves the caller: admin API key, or a tenant JWT whose tenant still exists. */
export function authenticate(
  config: SandboxConfig,
  store: Store,
  now: () => number,
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const header = c.req.header("Authorization") ?? "";
    if (!header.startsWith("Bearer ")) throw new AuthError(401);
    const token = header.slice("Bearer ".length);
    if (token === "") throw new AuthError(401);
    if (token === config.apiKey) {
      c.set("auth", { role: "admin" });
      return next();
    }
    const tenantId = await verifyTenantToken(config.jwtSecret, token, now());
    if (tenantId === null || !store.hasTenant(tenantId)) throw new AuthError(401);
    c.set("auth", { role: "tenant", tenantId });
    return next();
  };
}

/** Routes only the admin API key may call. */
export const adminOnly: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (c.get("auth").role !== "admin") throw new AuthError(403);
  return next();
};

/** Routes under /tenants/:tenant_id: a JWT may only touch its own tenant. */
export const ownTenantPath: MiddlewareHandler<AppEnv> = async (c, next) => {
  const auth = c.get("auth");
  if (auth.role === "tenant" && c.req.param("tenant_id") !== auth.tenantId)
    throw new AuthError(403);
  return next();
};
