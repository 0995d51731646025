import { isPlainObject } from "@/lib/is-plain-object";
import { isThemePreference, type Theme, type ThemePreference } from "@/theme/theme-values";

/*
 * The postMessage protocol between the portal (in an iframe) and the host page.
 * Messages are plain objects with a fixed `type`; anything else is ignored.
 */

/** Portal → host. */
export type PortalMessage =
  | { type: "portal:ready"; tenantId: string | null; theme: Theme }
  | { type: "portal:resize"; height: number }
  | { type: "portal:navigate"; path: string }
  /** `expiresAt`: milliseconds since the epoch. */
  | { type: "portal:session-expiring"; expiresAt: number }
  | { type: "portal:session-expired" }
  /** The portal's code was replaced by a deploy: reload the frame to continue. */
  | { type: "portal:reload-needed" };

/** Host → portal. */
export type HostMessage =
  | { type: "portal:set-theme"; theme: ThemePreference }
  | { type: "portal:set-token"; token: string }
  /** A BCP 47 language tag; one the portal has no catalogue for is ignored. */
  | { type: "portal:set-locale"; locale: string }
  | { type: "portal:navigate"; path: string };

/** Longer than any JWT Outpost signs, short enough that nobody can flood the decoder. */
export const MAX_TOKEN_LENGTH = 8192;
export const MAX_PATH_LENGTH = 2048;
export const MAX_LOCALE_LENGTH = 35;

/**
 * A path inside the portal, as the host may deep-link to it: starts with one
 * "/", no "//" or "\" (which browsers read as another host), no scheme, no
 * whitespace or control characters, bounded length.
 */
export function isPortalPath(path: unknown): path is string {
  return (
    typeof path === "string" &&
    path.length > 0 &&
    path.length <= MAX_PATH_LENGTH &&
    path.startsWith("/") &&
    !path.startsWith("//") &&
    !path.includes("\\") &&
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
    !/[\u0000-\u0020\u007f-\u009f]/.test(path)
  );
}

/** The message a host sent, or null when its shape is not one the portal accepts. */
export function parseHostMessage(data: unknown): HostMessage | null {
  if (!isPlainObject(data)) return null;
  const message = data;
  switch (message.type) {
    case "portal:set-theme":
      return isThemePreference(message.theme)
        ? { type: "portal:set-theme", theme: message.theme }
        : null;
    case "portal:set-token": {
      const token = message.token;
      return typeof token === "string" && token.trim() !== "" && token.length <= MAX_TOKEN_LENGTH
        ? { type: "portal:set-token", token }
        : null;
    }
    case "portal:set-locale": {
      const locale = message.locale;
      return typeof locale === "string" &&
        /^[a-z]{2,3}([-_][a-z0-9]{1,8})*$/i.test(locale) &&
        locale.length <= MAX_LOCALE_LENGTH
        ? { type: "portal:set-locale", locale }
        : null;
    }
    case "portal:navigate":
      return isPortalPath(message.path) ? { type: "portal:navigate", path: message.path } : null;
    default:
      return null;
  }
}

/** "." and ".." segments, spelled out or percent-encoded (`%2e`), which URL parsing resolves. */
const DOT_SEGMENT = /(^|\/)(\.|%2e){1,2}(\/|$)/i;

/**
 * A host's path made plain before any check: runs of "/" collapse into one, so
 * `/.//evil.example` or `//x` can't become a protocol-relative address; dot segments
 * (even encoded) are refused rather than resolved. Null when refused.
 */
export function normalizePortalPath(path: string): string | null {
  const cut = path.search(/[?#]/);
  const pathname = (cut === -1 ? path : path.slice(0, cut)).replace(/\/{2,}/g, "/");
  if (DOT_SEGMENT.test(pathname)) return null;
  return `${pathname}${cut === -1 ? "" : path.slice(cut)}`;
}

/**
 * The address to push for a host's deep link, or null when the path would
 * leave the portal (another origin, or above its base through `..`).
 * `base` is the router base: "" at the root, "/portal" under a sub-path.
 */
export function portalUrlFor(path: string, base: string, origin: string): string | null {
  if (!isPortalPath(path)) return null;
  let url: URL;
  try {
    url = new URL(`${base}${path}`, origin);
  } catch {
    return null;
  }
  if (url.origin !== origin || url.pathname.startsWith("//")) return null;
  if (base !== "" && url.pathname !== base && !url.pathname.startsWith(`${base}/`)) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * The current route as the host sees it: the path below the portal base, with
 * the search (but not `theme` or `locale`, which the host controls with its own messages).
 */
export function currentPortalPath(location: Pick<Location, "pathname" | "search">, base: string) {
  const below =
    base !== "" && location.pathname.startsWith(base)
      ? location.pathname.slice(base.length)
      : location.pathname;
  const search = new URLSearchParams(location.search);
  search.delete("theme");
  search.delete("locale");
  search.delete("token");
  const query = search.toString();
  return `${below.startsWith("/") ? below : `/${below}`}${query ? `?${query}` : ""}`;
}
