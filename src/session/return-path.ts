import { RETURN_PATH_KEY } from "./return-pending";

interface ReturnTo {
  tenantId: string;
  path: string;
  at: number;
}

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/**
 * The session ended on a screen: remember where, so the renewed session (a new link
 * or REFRESH_URL, which land on the home screen) opens it again with its kept draft.
 */
export function rememberReturnPath(
  tenantId: string,
  win: Pick<Window, "location"> = window,
  now = Date.now(),
  store: Storage | null = storage(),
) {
  const { pathname, search, hash } = win.location;
  const entry: ReturnTo = { tenantId, path: `${pathname}${search}${hash}`, at: now };
  try {
    store?.setItem(RETURN_PATH_KEY, JSON.stringify(entry));
  } catch {
    // storage blocked: the renewed session starts at home
  }
}

/** A renewal that takes longer than this starts from the home screen again. */
export const RETURN_WINDOW_MS = 30 * 60_000;

/**
 * After a session started for `tenantId`: when it landed on the home screen (`base`)
 * and the last session of the same tenant ended elsewhere in this tab a short while
 * ago, go back there. Another tenant never sees the path; it is used once.
 */
export function returnAfterRenewal(
  tenantId: string,
  base: string,
  win: Pick<Window, "location" | "history"> = window,
  now = Date.now(),
  store: Storage | null = storage(),
): string | null {
  let entry: Partial<ReturnTo> | null;
  try {
    entry = JSON.parse(store?.getItem(RETURN_PATH_KEY) ?? "null") as Partial<ReturnTo> | null;
    store?.removeItem(RETURN_PATH_KEY);
  } catch {
    return null;
  }
  const { pathname, hash } = win.location;
  if (
    !entry ||
    entry.tenantId !== tenantId ||
    typeof entry.path !== "string" ||
    typeof entry.at !== "number" ||
    now - entry.at > RETURN_WINDOW_MS ||
    pathname !== base ||
    hash !== "" ||
    !entry.path.startsWith(base) ||
    entry.path.startsWith("//")
  )
    return null;
  win.history.replaceState(win.history.state, "", entry.path);
  return entry.path;
}
