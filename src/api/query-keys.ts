import type { Query } from "@/lib/search-params";

/** Every cached query lives under `["tenant", tenantId, …]`: one call drops a tenant's data. */
const scope = (tenantId: string) => ["tenant", tenantId] as const;

/**
 * Keys of one resource, nested so that a prefix covers everything below it:
 * `all` covers its lists and details, `lists()` every filtered list.
 */
function resourceKeys<Name extends string, Filters extends object>(name: Name) {
  const keys = {
    all: (tenantId: string) => [...scope(tenantId), name] as const,
    lists: (tenantId: string) => [...keys.all(tenantId), "list"] as const,
    list: (tenantId: string, filters: Filters) => [...keys.lists(tenantId), filters] as const,
    details: (tenantId: string) => [...keys.all(tenantId), "detail"] as const,
    detail: (tenantId: string, id: string) => [...keys.details(tenantId), id] as const,
    /** The filters of a key made by `list` (else `undefined`): read by shape, not by position. */
    filtersOf: (tenantId: string, queryKey: readonly unknown[]): Filters | undefined => {
      const lists = keys.lists(tenantId);
      const isList =
        queryKey.length === lists.length + 1 && lists.every((part, i) => queryKey[i] === part);
      return isList ? (queryKey.at(-1) as Filters) : undefined;
    },
  };
  return keys;
}

export interface MetricsKeyFilters {
  kind: "events" | "attempts";
  query: Query;
}

export const queryKeys = {
  scope,
  /** The tenant record itself. */
  tenant: (tenantId: string) => [...scope(tenantId), "tenant"] as const,
  destinations: resourceKeys<"destinations", Record<string, never>>("destinations"),
  destinationTypes: resourceKeys<"destination-types", Record<string, never>>("destination-types"),
  topics: resourceKeys<"topics", Record<string, never>>("topics"),
  attempts: resourceKeys<"attempts", Query>("attempts"),
  events: resourceKeys<"events", Query>("events"),
  metrics: resourceKeys<"metrics", MetricsKeyFilters>("metrics"),
};
