/**
 * Unsaved form input kept in sessionStorage (this tab only), so a reload or the end
 * of a session never loses it. Callers keep secrets out and key drafts per tenant.
 */
export function readStoredDraft<T>(key: string, isDraft: (value: unknown) => value is T): T | null {
  try {
    const raw = window.sessionStorage.getItem(key);
    const value: unknown = raw ? JSON.parse(raw) : null;
    return isDraft(value) ? value : null;
  } catch {
    return null;
  }
}

export function writeStoredDraft(key: string, value: unknown) {
  try {
    window.sessionStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage blocked or full: the draft lasts as long as the page.
  }
}

export function clearStoredDraft(key: string) {
  try {
    window.sessionStorage.removeItem(key);
  } catch {
    // nothing stored
  }
}
