import { useQueryClient, type QueryClient } from "@tanstack/react-query";
import { useLocation, useRoutes } from "react-router";
import { useTenantId } from "@/session/session-store";
import { AppLayout } from "./app-layout";
import type { RouteQuery } from "./route-context";
import type * as RouteQueriesModule from "./route-queries";
import { useMatchedRoutes } from "./route-matches";
import { layoutQueries, ROUTER_ROUTES } from "./route-table";

let routeQueriesModule: Promise<typeof RouteQueriesModule> | null = null;
/** Other routes' queries: downloaded as the portal starts, beside the first screen's data. */
function routeQueries() {
  return (routeQueriesModule ??= import("./route-queries").catch((error: unknown) => {
    routeQueriesModule = null; // the next navigation tries again
    throw error;
  }));
}
void routeQueries().catch(() => undefined);

function prefetch(client: QueryClient, queries: RouteQuery[]) {
  for (const query of queries) {
    if (!client.getQueryState(query.queryKey)) void client.prefetchQuery(query);
  }
}

/**
 * Starts the data and the code of every matched route (nested ones too), and the
 * layout's, while this render happens, so none waits for a parent's data or chunk,
 * or for the first commit. Like usePrefetchQuery, it only fetches what the cache
 * doesn't hold yet.
 */
function usePrefetchMatchedRoutes() {
  const location = useLocation();
  const matches = useMatchedRoutes();
  const client = useQueryClient();
  const tenantId = useTenantId();
  const search = new URLSearchParams(location.search);
  prefetch(client, layoutQueries({ tenantId }));
  for (const { route, params } of matches) {
    route.code?.forEach((code) => void code.preload());
    const context = { params, search, tenantId, client };
    if (route.queries) prefetch(client, route.queries(context));
    const name = route.lazyQueries;
    if (name) void routeQueries().then((module) => prefetch(client, module[name](context)), noop);
  }
}

// A failed download is retried on the next navigation; the screen then loads its own data.
const noop = () => undefined;

export function AppRoutes() {
  usePrefetchMatchedRoutes();
  return <AppLayout>{useRoutes(ROUTER_ROUTES)}</AppLayout>;
}
