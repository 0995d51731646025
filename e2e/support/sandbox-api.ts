import { randomUUID } from "node:crypto";
import { SignJWT } from "jose";
import type { SandboxServer } from "./servers";

/** Admin calls to a sandbox, as a host product's backend makes them. */
export function sandboxApi(server: SandboxServer) {
  async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${server.origin}/api/v1${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${server.apiKey}`,
        ...(body === undefined ? {} : { "Content-Type": "application/json" }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  return {
    request,
    async createTenant(metadata?: Record<string, string>, id = `t-${randomUUID().slice(0, 8)}`) {
      return request<{ id: string; metadata: Record<string, string> | null }>(
        "PUT",
        `/tenants/${id}`,
        metadata ? { metadata } : undefined,
      );
    },
    async portalUrl(tenantId: string, theme?: string) {
      const query = theme ? `?theme=${theme}` : "";
      const body = await request<{ redirect_url: string }>(
        "GET",
        `/tenants/${tenantId}/portal${query}`,
      );
      return body.redirect_url;
    },
    async token(tenantId: string) {
      return (await request<{ token: string }>("GET", `/tenants/${tenantId}/token`)).token;
    },
    /** A token signed like Outpost's, with chosen claims (to make expired or odd tokens). */
    async signToken(claims: { sub?: string; expiresInSeconds: number }) {
      const now = Math.floor(Date.now() / 1000);
      const jwt = new SignJWT({}).setProtectedHeader({ alg: "HS256" }).setIssuer("outpost");
      if (claims.sub) jwt.setSubject(claims.sub);
      return jwt
        .setIssuedAt(now - 60)
        .setExpirationTime(now + claims.expiresInSeconds)
        .sign(new TextEncoder().encode(server.jwtSecret));
    },
    /** The portal's address on this server with `?token=` and extra parameters. */
    portalPageUrl(token: string, params: Record<string, string> = {}, path = "") {
      const url = new URL(`${server.origin}${server.portalPath}${path}`);
      url.searchParams.set("token", token);
      for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
      return url.href;
    },
  };
}
