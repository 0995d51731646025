/**
 * Takes `?token=` off the address bar without a reload, keeping the path, the
 * other parameters (`theme` among them) and the hash. Returns the token, if any.
 */
export function takeTokenFromUrl(
  win: Pick<Window, "location" | "history"> = window,
): string | null {
  const url = new URL(win.location.href);
  if (!url.searchParams.has("token")) return null;
  const token = url.searchParams.get("token");
  url.searchParams.delete("token");
  win.history.replaceState(win.history.state, "", `${url.pathname}${url.search}${url.hash}`);
  return token;
}
