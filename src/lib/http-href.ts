/** An absolute http(s) URL from API data, fit for an href; anything else (`data:`, `javascript:`) is null. */
export function httpHref(value: unknown): string | null {
  if (typeof value !== "string") return null;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}
