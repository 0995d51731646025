// The first screen's part of return-path.ts: whether anything is remembered at all.
export const RETURN_PATH_KEY = "portal:return-to";

export function returnPending(): boolean {
  try {
    return window.sessionStorage.getItem(RETURN_PATH_KEY) !== null;
  } catch {
    return false;
  }
}
