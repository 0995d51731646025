/**
 * The sandboxes the e2e suite runs against, each with Outpost-style config.
 * Every test makes its own tenant, so tests share servers safely.
 */
export interface SandboxServer {
  port: number;
  origin: string;
  /** Where the portal is served (the SANDBOX_BASE_PATH). */
  portalPath: string;
  apiKey: string;
  jwtSecret: string;
  env: Record<string, string>;
}

function server(port: number, portalPath: string, env: Record<string, string>): SandboxServer {
  return {
    port,
    origin: `http://localhost:${port}`,
    portalPath,
    apiKey: "e2e-admin-key",
    jwtSecret: "e2e-jwt-secret",
    env: { SANDBOX_BASE_PATH: portalPath, ...env },
  };
}

// E2E_PORT_BASE lets two runs share a machine.
const BASE = Number(process.env.E2E_PORT_BASE ?? 4310);

export const SERVERS = {
  /** Plain Outpost config: no branding, no redirect URLs. */
  plain: server(BASE, "/", {
    TOPICS: "user.created,user.updated,user.deleted,order.created,order.paid,order.refunded",
  }),
  /** A branded deployment under a sub-path, as behind a reverse proxy at /portal/. */
  branded: server(BASE + 1, "/portal/", {
    PORTAL_ORGANIZATION_NAME: "Globex",
    PORTAL_BRAND_COLOR: "#f60",
    PORTAL_LOGO:
      "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='120' height='28'%3E%3Crect width='120' height='28' rx='6' fill='%23f60'/%3E%3C/svg%3E",
    PORTAL_REFERER_URL: "https://globex.example/settings",
    PORTAL_DISABLE_OUTPOST_BRANDING: "true",
  }),
  /**
   * A portal that host pages on http://127.0.0.1:<port> may embed: the allowlist is in
   * the portal's settings file (the sandbox writes portal-settings.js from it), never in
   * Outpost's config, and the HTML's frame-ancestors follows it.
   */
  embedding: server(BASE + 2, "/", {
    PORTAL_EMBED_ALLOWED_ORIGINS: `http://127.0.0.1:${BASE + 2}`,
  }),
} satisfies Record<string, SandboxServer>;
