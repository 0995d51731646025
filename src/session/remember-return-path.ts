export const RETURN_PATH_KEY = "portal:return-to";

export interface ReturnTo {
  tenantId: string;
  path: string;
  at: number;
}

export function returnStorage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/**
 * The session ended on a screen: remember where, so the renewed session (a new link
 * or REFRESH_URL, which land on the home screen) opens it again with its kept draft.
 * Reading it back (return-path.ts) is downloaded only when something was remembered.
 */
export function rememberReturnPath(
  tenantId: string,
  win: Pick<Window, "location"> = window,
  now = Date.now(),
  store: Storage | null = returnStorage(),
) {
  const { pathname, search, hash } = win.location;
  const entry: ReturnTo = { tenantId, path: `${pathname}${search}${hash}`, at: now };
  try {
    store?.setItem(RETURN_PATH_KEY, JSON.stringify(entry));
  } catch {
    // storage blocked: the renewed session starts at home
  }
}

rememberReturnPath.pending = (store: Storage | null = returnStorage()) => {
  try {
    return store?.getItem(RETURN_PATH_KEY) != null;
  } catch {
    return false;
  }
};
