import { useMemo } from "react";
import { matchRoutes, useLocation } from "react-router";
import { ROUTER_ROUTES, ROUTES_BY_ID, type AppRoute } from "./route-table";

/** The table's routes that match a location, outermost first, with their params. */
export function useMatchedRoutes() {
  const location = useLocation();
  return useMemo(
    () =>
      (matchRoutes(ROUTER_ROUTES, location) ?? []).map((match) => ({
        route: ROUTES_BY_ID.get(match.route.id ?? "") as AppRoute,
        params: match.params,
      })),
    [location],
  );
}
