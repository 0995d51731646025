import { decodeJwtClaims } from "@/lib/jwt-claims";

export interface Session {
  token: string;
  tenantId: string;
  /** Milliseconds since the epoch. */
  expiresAt: number | null;
}

export type SessionProblem = "missing" | "malformed" | "expired" | "unauthorized";

export type TokenCheck = { ok: true; session: Session } | { ok: false; problem: SessionProblem };

/**
 * Reads the claims the portal needs without verifying the signature — only the
 * API can do that. A token that is malformed, names no tenant or has expired is
 * refused here so it never reaches the API.
 */
export function checkToken(token: string | null | undefined, now = Date.now()): TokenCheck {
  if (!token || !token.trim()) return { ok: false, problem: "missing" };
  let claims: Record<string, unknown>;
  try {
    claims = decodeJwtClaims(token.trim());
  } catch {
    return { ok: false, problem: "malformed" };
  }
  if (typeof claims.sub !== "string" || claims.sub === "")
    return { ok: false, problem: "malformed" };
  const expiresAt = typeof claims.exp === "number" ? claims.exp * 1000 : null;
  if (expiresAt !== null && expiresAt <= now) return { ok: false, problem: "expired" };
  return { ok: true, session: { token: token.trim(), tenantId: claims.sub, expiresAt } };
}
