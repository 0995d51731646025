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
  "DISABLE_TELEMETRY",
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
  for (const [key, value] of Object.entries(config.portal)) {
    if (!(key in out)) out[key] = value;
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
