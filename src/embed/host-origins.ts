/**
 * Which origins the portal talks to when it is framed. Every origin is
 * compared in its serialized form (`scheme://host[:port]`, lower case, no
 * default port, no trailing slash), so `HTTPS://App.Example.com:443/` in the
 * allowlist matches the `https://app.example.com` a browser reports.
 */

/** `scheme://host[:port]` of an http(s) origin or URL, or null for anything else ("null", "*", junk). */
export function normalizeOrigin(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const trimmed = value.trim();
  if (trimmed === "" || trimmed === "*" || trimmed === "null") return null;
  try {
    const url = new URL(trimmed);
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    return url.origin;
  } catch {
    return null;
  }
}

/** The allowlist in serialized form, without duplicates or invalid entries. */
export function normalizeAllowlist(allowlist: readonly string[]): string[] {
  const out: string[] = [];
  for (const entry of allowlist) {
    const origin = normalizeOrigin(entry);
    if (origin !== null && !out.includes(origin)) out.push(origin);
  }
  return out;
}

/** True when `origin` (an event's `origin`) is exactly one of the allowed origins. */
export function isAllowedOrigin(origin: unknown, allowlist: readonly string[]): boolean {
  const normalized = normalizeOrigin(origin);
  return normalized !== null && normalizeAllowlist(allowlist).includes(normalized);
}

/**
 * The parent's origin as the browser reports it (`location.ancestorOrigins`,
 * Chromium and WebKit), or null where it is unavailable or masked ("null").
 */
export function reportedParentOrigin(
  location: {
    ancestorOrigins?: { readonly length: number; item(index: number): string | null };
  } = window.location,
): string | null {
  try {
    const ancestors = location.ancestorOrigins;
    if (!ancestors || ancestors.length === 0) return null;
    return normalizeOrigin(ancestors.item(0));
  } catch {
    return null;
  }
}

/**
 * Where messages to the host go. Never "*": the parent's own origin when the
 * browser reports it (or a verified message came from it) and it is allowed;
 * else every allowed origin, one post each, and the browser drops those that
 * don't match the parent. Empty when the parent is known not to be allowed.
 */
export function targetOrigins(allowlist: readonly string[], parentOrigin: string | null): string[] {
  const allowed = normalizeAllowlist(allowlist);
  if (parentOrigin === null) return allowed;
  const parent = normalizeOrigin(parentOrigin);
  return parent !== null && allowed.includes(parent) ? [parent] : [];
}

/**
 * Whether a host can be listening: the portal is framed, the allowlist is not
 * empty, and the parent — when the browser says which it is — is on it. Only
 * then does the portal wait for the host instead of sending the user away.
 */
export function hostCanListen(
  embedded: boolean,
  allowlist: readonly string[],
  parentOrigin: string | null,
): boolean {
  return embedded && targetOrigins(allowlist, parentOrigin).length > 0;
}
