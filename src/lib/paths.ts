/**
 * Every screen's path pattern, by route id: the route table (src/app/route-table.tsx)
 * declares its routes with these, and every link is built from them with pathTo().
 * Paths are relative to the portal's base (see src/app/base-path.ts).
 */
export const ROUTE_PATHS = {
  destinations: "/",
  newDestination: "/destinations/new",
  destination: "/destinations/:id",
  deliveries: "/destinations/:id/deliveries",
  attempt: "/destinations/:id/deliveries/:attemptId",
  metrics: "/destinations/:id/metrics",
  settings: "/destinations/:id/settings",
  activity: "/activity",
  allDeliveries: "/deliveries",
  event: "/activity/:eventId",
  tenant: "/tenant",
  notFound: "*",
} as const;

export type RouteId = keyof typeof ROUTE_PATHS;

/** The `:name` segments of a pattern, as a params object type. */
type ParamsOf<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? { [K in Name]: string } & ParamsOf<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? { [K in Name]: string }
    : unknown;

export type RouteParams<Id extends RouteId> = ParamsOf<(typeof ROUTE_PATHS)[Id]>;

/**
 * The path of a screen, with its params encoded, and an optional query string
 * (`URLSearchParams`, or a string with or without its "?").
 */
export function pathTo<Id extends Exclude<RouteId, "notFound">>(
  id: Id,
  ...[params, search]: [keyof RouteParams<Id>] extends [never]
    ? [params?: Record<string, never>, search?: string | URLSearchParams]
    : [params: RouteParams<Id>, search?: string | URLSearchParams]
): string {
  const values = (params ?? {}) as Record<string, string>;
  const path = ROUTE_PATHS[id].replace(/:(\w+)/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`pathTo(${id}): missing :${name}`);
    return encodeURIComponent(value);
  });
  const query = search === undefined ? "" : String(search).replace(/^\?/, "");
  return query ? `${path}?${query}` : path;
}
