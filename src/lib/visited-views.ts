/**
 * The query string each list was last shown with in this tab (filters, range,
 * page), so a back link returns to the view the user came from. The layout
 * records every location; nothing here is server state.
 */
const lastSearch = new Map<string, string>();

export function recordView(pathname: string, search: string) {
  lastSearch.set(pathname, search);
}

/** `pathname` with the query it was last shown with, if any. */
export function lastViewOf(pathname: string): string {
  return `${pathname}${lastSearch.get(pathname) ?? ""}`;
}
