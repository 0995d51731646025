import { parseBoolean, type SandboxConfig } from "./config.ts";

const STRING_KEYS = [
  "PROXY_URL",
  "REFERER_URL",
  "REFRESH_URL",
  "FAVICON_URL",
  "BRAND_COLOR",
  "LOGO",
  "LOGO_DARK",
  "ORGANIZATION_NAME",
  "FORCE_THEME",
] as const;

const BOOLEAN_KEYS = [
  "DISABLE_OUTPOST_BRANDING",
  "ENABLE_DESTINATION_FILTER",
  "ENABLE_WEBHOOK_CUSTOM_HEADERS",
] as const;

/** The object Outpost injects as window.PORTAL_CONFIGS: every value a string. */
export function portalConfigs(config: SandboxConfig): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of STRING_KEYS) out[key] = config.portal[key] ?? "";
  out.TOPICS = config.topics.join(",");
  out.TOPICS_ALLOW_WILDCARDS = config.topicsAllowWildcards ? "true" : "false";
  for (const key of BOOLEAN_KEYS) out[key] = parseBoolean(config.portal[key]) ? "true" : "false";
  out.DISABLE_TELEMETRY = config.disableTelemetry ? "true" : "false";
  return out;
}

/**
 * The portal's own settings, which Outpost never serves: in a deployment they are a
 * file next to index.html; the sandbox writes that file's content from PORTAL_<KEY>.
 */
export const PORTAL_SETTINGS_KEYS = [
  "API_BASE_URL",
  "EMBED_ALLOWED_ORIGINS",
  "READ_TIMEOUT_MS",
  "WRITE_TIMEOUT_MS",
  "DEFAULT_LOCALE",
] as const;

export function portalSettings(config: SandboxConfig): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of PORTAL_SETTINGS_KEYS) {
    const value = config.portal[key];
    if (value !== undefined && value.trim() !== "") out[key] = value;
  }
  return out;
}

/** JSON that is also safe inside a <script> element. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

export function portalConfigScript(config: SandboxConfig): string {
  return `window.PORTAL_CONFIGS = ${scriptSafeJson(portalConfigs(config))};\n`;
}

/** `portal-settings.js` as the sandbox deploys it; null when no setting is given. */
export function portalSettingsScript(config: SandboxConfig): string | null {
  const settings = portalSettings(config);
  if (Object.keys(settings).length === 0) return null;
  return `window.PORTAL_SETTINGS = ${scriptSafeJson(settings)};\n`;
}

/** Origins allowed to frame the portal: the settings' EMBED_ALLOWED_ORIGINS, normalised. */
export function embedAllowedOrigins(config: SandboxConfig): string[] {
  const out: string[] = [];
  for (const entry of (config.portal.EMBED_ALLOWED_ORIGINS ?? "").split(",")) {
    try {
      const url = new URL(entry.trim());
      if ((url.protocol === "http:" || url.protocol === "https:") && !out.includes(url.origin))
        out.push(url.origin);
    } catch {
      // not an origin: the portal drops it too
    }
  }
  return out;
}
