export interface SandboxConfig {
  port: number;
  apiKey: string;
  jwtSecret: string;
  /** Topics the deployment offers. Empty means "any topic" (Outpost's behaviour without TOPICS). */
  topics: string[];
  topicsAllowWildcards: boolean;
  /** Automatic retries after the first attempt (attempt numbers 2 … retryMaxLimit + 1). */
  retryMaxLimit: number;
  /** Base delay of the exponential backoff: retry n waits interval * 2^(n-1). */
  retryIntervalSeconds: number;
  /** Every PORTAL_X variable, keyed X. */
  portal: Record<string, string>;
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
} as const;

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

  return {
    port,
    apiKey: nonEmpty(env.API_KEY) ?? DEFAULTS.apiKey,
    jwtSecret: nonEmpty(env.API_JWT_SECRET) ?? DEFAULTS.jwtSecret,
    topics,
    topicsAllowWildcards: parseBoolean(env.TOPICS_ALLOW_WILDCARDS),
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
    seed,
    scale: env.SANDBOX_SCALE?.trim().toLowerCase() === "large" ? "large" : "demo",
    staticDir: nonEmpty(env.SANDBOX_STATIC_DIR) ?? null,
    basePath: normalizeBasePath(env.SANDBOX_BASE_PATH),
  };
}
