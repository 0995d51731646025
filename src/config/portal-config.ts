import type { ThemePreference } from "@/theme/theme-preference";

/**
 * Runtime configuration from two scripts loaded before boot: Outpost's
 * `inject-portal-config.js` (`window.PORTAL_CONFIGS`, exactly Outpost's keys, every
 * value a string) and the portal's own settings file `portal-settings.js`, deployed
 * next to index.html (`window.PORTAL_SETTINGS`, the keys Outpost does not know:
 * `PORTAL_SETTING_KEYS`). Either may be missing: every key then has its default.
 * This module is the one place that turns those values into typed ones.
 */
export interface PortalConfig {
  apiBaseUrl: string;
  refererUrl: string | null;
  refreshUrl: string | null;
  organizationName: string | null;
  brandColor: string | null;
  logo: string | null;
  logoDark: string | null;
  faviconUrl: string | null;
  forceTheme: ThemePreference | null;
  topics: string[];
  topicsAllowWildcards: boolean;
  disableOutpostBranding: boolean;
  enableDestinationFilter: boolean;
  enableWebhookCustomHeaders: boolean;
  embedAllowedOrigins: string[];
  /** Deadlines of API requests: reads, and writes (whose outcome is then checked). */
  readTimeoutMs: number;
  writeTimeoutMs: number;
  /** How webhooks are signed, for the verification guide: Outpost's default or Standard Webhooks. */
  webhookSignatureMode: "default" | "standard";
  /** DEFAULT_LOCALE: the deployment's language when the link names none (src/i18n/locales.ts). */
  defaultLocale: string | null;
}

declare global {
  interface Window {
    PORTAL_CONFIGS?: Record<string, unknown>;
    PORTAL_SETTINGS?: Record<string, unknown>;
  }
}

/** The keys of the portal's own settings file; Outpost's config never carries them. */
export const PORTAL_SETTING_KEYS = [
  "API_BASE_URL",
  "EMBED_ALLOWED_ORIGINS",
  "READ_TIMEOUT_MS",
  "WRITE_TIMEOUT_MS",
  "WEBHOOK_SIGNATURE_MODE",
  "DEFAULT_LOCALE",
] as const;

const DEFAULT_API_BASE_URL = "/api/v1";
export const DEFAULT_READ_TIMEOUT_MS = 15_000;
export const DEFAULT_WRITE_TIMEOUT_MS = 30_000;

/** A whole number of milliseconds from 1 s to 10 min; anything else is the default. */
export function parseTimeout(value: unknown, fallback: number): number {
  const ms = Number(value);
  return Number.isInteger(ms) && ms >= 1000 && ms <= 600_000 ? ms : fallback;
}

function text(raw: Record<string, unknown>, key: string): string | null {
  const value = raw[key];
  if (typeof value === "number") return String(value);
  if (typeof value !== "string") return null;
  const trimmed = value.trim();
  return trimmed === "" ? null : trimmed;
}

/** `"true"`/`"1"`/`"yes"`/`"on"` (any case) or a real `true`; anything else is false. */
export function parseBoolean(value: unknown): boolean {
  if (typeof value === "boolean") return value;
  if (typeof value !== "string") return false;
  return ["true", "1", "yes", "on"].includes(value.trim().toLowerCase());
}

export function parseList(value: unknown): string[] {
  const items = Array.isArray(value) ? value : typeof value === "string" ? value.split(",") : [];
  return items
    .filter((item): item is string => typeof item === "string")
    .map((item) => item.trim())
    .filter((item, index, all) => item !== "" && all.indexOf(item) === index);
}

/**
 * A URL the portal may navigate to or load: http(s) only (and data:image for
 * images), resolved against the page. Anything else — `javascript:` above all —
 * is dropped.
 */
export function safeUrl(
  value: string | null,
  base: string,
  { allowDataImage = false } = {},
): string | null {
  if (!value) return null;
  try {
    const url = new URL(value, base);
    if (url.protocol === "http:" || url.protocol === "https:") return url.href;
    if (allowDataImage && url.protocol === "data:" && /^data:image\//i.test(value)) return value;
  } catch {
    // not a URL
  }
  return null;
}

function origins(value: unknown): string[] {
  return parseList(value).flatMap((entry) => {
    try {
      const url = new URL(entry);
      return url.protocol === "http:" || url.protocol === "https:" ? [url.origin] : [];
    } catch {
      return [];
    }
  });
}

function theme(value: string | null): ThemePreference | null {
  return value === "light" || value === "dark" || value === "system" ? value : null;
}

function record(input: unknown): Record<string, unknown> {
  return input && typeof input === "object" && !Array.isArray(input)
    ? (input as Record<string, unknown>)
    : {};
}

/** `outpost`: Outpost's injected config; `settings`: the portal's settings file. */
export function parsePortalConfig(
  outpost: unknown,
  pageUrl: string,
  settings?: unknown,
): PortalConfig {
  const raw = record(outpost);
  const own = record(settings);
  const apiBase = text(own, "API_BASE_URL") ?? DEFAULT_API_BASE_URL;
  return {
    apiBaseUrl: apiBase.replace(/\/+$/, ""),
    refererUrl: safeUrl(text(raw, "REFERER_URL"), pageUrl),
    refreshUrl: safeUrl(text(raw, "REFRESH_URL"), pageUrl),
    organizationName: text(raw, "ORGANIZATION_NAME"),
    brandColor: text(raw, "BRAND_COLOR"),
    logo: safeUrl(text(raw, "LOGO"), pageUrl, { allowDataImage: true }),
    logoDark: safeUrl(text(raw, "LOGO_DARK"), pageUrl, { allowDataImage: true }),
    faviconUrl: safeUrl(text(raw, "FAVICON_URL"), pageUrl, { allowDataImage: true }),
    forceTheme: theme(text(raw, "FORCE_THEME")?.toLowerCase() ?? null),
    topics: parseList(raw.TOPICS),
    topicsAllowWildcards: parseBoolean(raw.TOPICS_ALLOW_WILDCARDS),
    disableOutpostBranding: parseBoolean(raw.DISABLE_OUTPOST_BRANDING),
    enableDestinationFilter: parseBoolean(raw.ENABLE_DESTINATION_FILTER),
    enableWebhookCustomHeaders: parseBoolean(raw.ENABLE_WEBHOOK_CUSTOM_HEADERS),
    embedAllowedOrigins: origins(own.EMBED_ALLOWED_ORIGINS),
    readTimeoutMs: parseTimeout(own.READ_TIMEOUT_MS, DEFAULT_READ_TIMEOUT_MS),
    writeTimeoutMs: parseTimeout(own.WRITE_TIMEOUT_MS, DEFAULT_WRITE_TIMEOUT_MS),
    webhookSignatureMode:
      text(own, "WEBHOOK_SIGNATURE_MODE")?.toLowerCase() === "standard" ? "standard" : "default",
    defaultLocale: text(own, "DEFAULT_LOCALE"),
  };
}

let current: PortalConfig | null = null;

/** The config of this page load, parsed once. */
export function portalConfig(): PortalConfig {
  current ??= parsePortalConfig(
    window.PORTAL_CONFIGS,
    window.location.href,
    window.PORTAL_SETTINGS,
  );
  return current;
}
