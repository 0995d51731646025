import type { PortalConfig } from "@/config/portal-config";

const GUARD_KEY = "portal:exit-redirect-at";
/** A second exit within this window means the host sent us back without a working token. */
export const REDIRECT_GUARD_MS = 60_000;

/** Where a user without a valid session goes: the host's refresh endpoint, else back to the host. */
export function exitUrl(config: Pick<PortalConfig, "refreshUrl" | "refererUrl">): string | null {
  return config.refreshUrl ?? config.refererUrl;
}

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/**
 * True when redirecting now cannot start a loop: no exit redirect happened in
 * this tab within the guard window. Records the redirect when it says yes.
 */
export function claimExitRedirect(now = Date.now(), store: Storage | null = storage()): boolean {
  try {
    const last = Number(store?.getItem(GUARD_KEY) ?? 0);
    if (now - last < REDIRECT_GUARD_MS) return false;
    store?.setItem(GUARD_KEY, String(now));
    return true;
  } catch {
    return true;
  }
}
