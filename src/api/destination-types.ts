import { queryOptions, useQuery } from "@tanstack/react-query";
import { useTenantId } from "@/session/session-store";
import { api } from "./client";
import { queryKeys } from "./query-keys";
import type { DestinationType } from "./types";

export const destinationTypesQuery = (tenantId: string) =>
  queryOptions({
    queryKey: queryKeys.destinationTypes.list(tenantId, {}),
    queryFn: ({ signal }) => api<DestinationType[]>("/destination-types", { signal }),
    // The server's type catalogue changes only with a deploy.
    staleTime: 60 * 60_000,
  });

export function useDestinationTypes() {
  return useQuery(destinationTypesQuery(useTenantId()));
}
