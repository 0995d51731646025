import type { FetchQueryOptions, QueryClient } from "@tanstack/react-query";
import type { Params } from "react-router";

/** What a route's queries are computed from: the URL, the tenant, and what is cached. */
export interface RouteContext {
  params: Params;
  search: URLSearchParams;
  tenantId: string;
  client: QueryClient;
}

export type RouteQuery = FetchQueryOptions<unknown, Error, unknown, readonly unknown[]>;

/** queryOptions() results, each typed by its own data, as one list to prefetch. */
export const asQueries = (...queries: unknown[]) => queries as RouteQuery[];

export const param = (params: Params, name: string) => params[name] ?? "";
