import { queryOptions, useQuery } from "@tanstack/react-query";
import { useTenantId } from "@/session/session-store";
import { api } from "./client";
import { queryKeys } from "./query-keys";
import { isDestination, isDestinationList } from "./shapes";
import type { Destination } from "./types";

export const destinationsPath = (tenantId: string) =>
  `/tenants/${encodeURIComponent(tenantId)}/destinations`;

export const destinationPath = (tenantId: string, destinationId: string) =>
  `${destinationsPath(tenantId)}/${encodeURIComponent(destinationId)}`;

export const destinationsQuery = (tenantId: string) =>
  queryOptions({
    queryKey: queryKeys.destinations.list(tenantId, {}),
    queryFn: ({ signal }) =>
      api<Destination[]>(destinationsPath(tenantId), { signal, expect: isDestinationList }),
  });

export const destinationQuery = (tenantId: string, destinationId: string) =>
  queryOptions({
    queryKey: queryKeys.destinations.detail(tenantId, destinationId),
    queryFn: ({ signal }) =>
      api<Destination>(destinationPath(tenantId, destinationId), {
        signal,
        expect: isDestination,
      }),
  });

export function useDestinations() {
  return useQuery(destinationsQuery(useTenantId()));
}

export function useDestination(destinationId: string) {
  return useQuery(destinationQuery(useTenantId(), destinationId));
}
