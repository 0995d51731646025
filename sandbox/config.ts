export interface SandboxConfig {
  port: number;
  /** Addresses to listen on: loopback (127.0.0.1 and ::1) unless HOST names another. */
  hosts: string[];
  /** False when HOST opens the sandbox beyond this machine. */
  loopbackOnly: boolean;
  apiKey: string;
  jwtSecret: string;
  /** Topics the deployment offers. Empty means "any topic" (Outpost's behaviour without TOPICS). */
  topics: string[];
  topicsAllowWildcards: boolean;
  /** Outpost's own DISABLE_TELEMETRY (not a PORTAL_ setting); the portal config repeats it. */
  disableTelemetry: boolean;
  /** Automatic retries after the first attempt (attempt numbers 2 … retryMaxLimit + 1). */
  retryMaxLimit: number;
  /** Base delay of the exponential backoff: retry n waits interval * 2^(n-1). */
  retryIntervalSeconds: number;
  /** Every PORTAL_X variable, keyed X (Outpost serves only its own keys of these). */
  portal: Record<string, string>;
  /** Attempts and events older than this are evicted (SANDBOX_RETENTION_DAYS). */
  retentionDays: number;
  /** Per-tenant caps: past them the oldest records are evicted. */
  maxEventsPerTenant: number;
  maxAttemptsPerTenant: number;
  /** Demo data and the background event generator. */
  seed: boolean;
  /** How much demo data: the small demo, or a large tenant for benchmarks (SANDBOX_SCALE). */
  scale: SeedScale;
  staticDir: string | null;
  /** Always starts and ends with "/". */
  basePath: string;
}

export const SEED_SCALES = {
  demo: { destinations: 5, events: 300, days: 7, generator: true },
  /** 1,000 destinations and about 100,000 attempts; no live generator, so runs are repeatable. */
  large: { destinations: 1000, events: 46_000, days: 30, generator: false },
} as const;
export type SeedScale = keyof typeof SEED_SCALES;

export const DEMO_TOPICS: readonly string[] = [
  "user.created",
  "user.updated",
  "user.deleted",
  "order.created",
  "order.paid",
  "order.shipped",
  "order.refunded",
  "invoice.paid",
  "invoice.payment_failed",
];

export const DEFAULTS = {
  port: 3333,
  apiKey: "sandbox-api-key",
  jwtSecret: "sandbox-jwt-secret",
  retryMaxLimit: 10,
  retryIntervalSeconds: 30,
  retentionDays: 30,
  maxEventsPerTenant: 50_000,
  maxAttemptsPerTenant: 200_000,
} as const;

export const LOOPBACK_HOSTS: readonly string[] = ["127.0.0.1", "::1"];

/** True for names and addresses that only this machine can reach. */
export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, "").toLowerCase();
  return h === "localhost" || h === "::1" || /^127(\.\d{1,3}){3}$/.test(h);
}

function parseHosts(value: string | undefined): string[] {
  const v = nonEmpty(value)?.replace(/^\[|\]$/g, "");
  if (v === undefined || v.toLowerCase() === "localhost") return [...LOOPBACK_HOSTS];
  if (!/^[A-Za-z0-9.:-]+$/.test(v))
    throw new Error(`HOST must be a host name or address, got "${v}"`);
  return [v];
}

type Env = Record<string, string | undefined>;

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === "" ? undefined : value.trim();
}

export function parseBoolean(value: string | undefined, fallback = false): boolean {
  const v = nonEmpty(value)?.toLowerCase();
  if (v === undefined) return fallback;
  return v === "true" || v === "1" || v === "yes" || v === "on";
}

function parseNumber(
  name: string,
  value: string | undefined,
  fallback: number,
  integer: boolean,
): number {
  const v = nonEmpty(value);
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0 || (integer && !Number.isInteger(n))) {
    throw new Error(
      `${name} must be a ${integer ? "non-negative integer" : "non-negative number"}, got "${v}"`,
    );
  }
  return n;
}

export function splitList(value: string | undefined): string[] {
  if (value === undefined) return [];
  return value
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

export function normalizeBasePath(value: string | undefined): string {
  const v = nonEmpty(value);
  if (v === undefined) return "/";
  const trimmed = v.replace(/^\/+|\/+$/g, "");
  return trimmed === "" ? "/" : `/${trimmed}/`;
}

export function loadConfig(env: Env = process.env): SandboxConfig {
  const seed = !["0", "false", "off", "no"].includes(
    nonEmpty(env.SANDBOX_SEED)?.toLowerCase() ?? "",
  );
  const topicsRaw = env.TOPICS;
  const topics = topicsRaw !== undefined ? splitList(topicsRaw) : seed ? [...DEMO_TOPICS] : [];

  const portal: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    if (name.startsWith("PORTAL_") && name.length > "PORTAL_".length && value !== undefined) {
      portal[name.slice("PORTAL_".length)] = value;
    }
  }

  const port = parseNumber("API_PORT", env.API_PORT, DEFAULTS.port, true);
  if (port > 65535) throw new Error(`API_PORT must be at most 65535, got ${port}`);
  const hosts = parseHosts(env.HOST);
  const positive = (name: string, fallback: number): number => {
    const n = parseNumber(name, env[name], fallback, true);
    if (n < 1) throw new Error(`${name} must be at least 1, got ${n}`);
    return n;
  };

  return {
    port,
    hosts,
    loopbackOnly: hosts.every(isLoopback),
    apiKey: nonEmpty(env.API_KEY) ?? DEFAULTS.apiKey,
    jwtSecret: nonEmpty(env.API_JWT_SECRET) ?? DEFAULTS.jwtSecret,
    topics,
    topicsAllowWildcards: parseBoolean(env.TOPICS_ALLOW_WILDCARDS),
    disableTelemetry: parseBoolean(env.DISABLE_TELEMETRY),
    retryMaxLimit: parseNumber(
      "RETRY_MAX_LIMIT",
      env.RETRY_MAX_LIMIT ?? env.MAX_RETRY_LIMIT,
      DEFAULTS.retryMaxLimit,
      true,
    ),
    retryIntervalSeconds: parseNumber(
      "RETRY_INTERVAL_SECONDS",
      env.RETRY_INTERVAL_SECONDS,
      DEFAULTS.retryIntervalSeconds,
      false,
    ),
    portal,
    retentionDays: positive("SANDBOX_RETENTION_DAYS", DEFAULTS.retentionDays),
    maxEventsPerTenant: positive("SANDBOX_MAX_EVENTS_PER_TENANT", DEFAULTS.maxEventsPerTenant),
    maxAttemptsPerTenant: positive(
      "SANDBOX_MAX_ATTEMPTS_PER_TENANT",
      DEFAULTS.maxAttemptsPerTenant,
    ),
    seed,
    scale: env.SANDBOX_SCALE?.trim().toLowerCase() === "large" ? "large" : "demo",
    staticDir: nonEmpty(env.SANDBOX_STATIC_DIR) ?? null,
    basePath: normalizeBasePath(env.SANDBOX_BASE_PATH),
  };
}
