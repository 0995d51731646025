import { createHash } from "node:crypto";

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

/** sha256 sources of the inline scripts of an HTML page, as a browser hashes them. */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const [, attributes = "", body = ""] of html.matchAll(SCRIPT)) {
    if (/\ssrc\s*=/i.test(` ${attributes}`)) continue;
    // The HTML parser turns CRLF and lone CR into LF before the script text exists.
    const text = body.replace(/\r\n?/g, "\n");
    const digest = createHash("sha256").update(text, "utf8").digest("base64");
    hashes.push(`'sha256-${digest}'`);
  }
  return [...new Set(hashes)];
}

export interface PortalCspOptions {
  /** Origins allowed to frame the portal (EMBED_ALLOWED_ORIGINS). */
  frameAncestors: readonly string[];
  /** Other origins the portal fetches from (an API_BASE_URL on another origin). */
  connect?: readonly string[];
  /** Other origins images come from (LOGO, LOGO_DARK, FAVICON_URL). */
  images?: readonly string[];
}

/**
 * The portal page's Content-Security-Policy: scripts from its own origin plus the
 * inline boot scripts of exactly this HTML (by hash). Styles allow inline because
 * the brand palette and the embed bridge write computed <style> elements.
 */
export function portalCsp(html: string, options: PortalCspOptions): string {
  const list = (values: readonly string[] | undefined) =>
    values && values.length > 0 ? ` ${values.join(" ")}` : "";
  return [
    "default-src 'self'",
    `script-src 'self'${list(inlineScriptHashes(html))}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data:${list(options.images)}`,
    `connect-src 'self'${list(options.connect)}`,
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors 'self'${list(options.frameAncestors)}`,
  ].join("; ");
}

/** The origin of an absolute http(s) URL, or null (relative URLs are the page's own origin). */
export function originOf(value: string | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === "http:" || url.protocol === "https:" ? url.origin : null;
  } catch {
    return null;
  }
}
