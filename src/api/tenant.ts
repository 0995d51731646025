import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTenantId } from "@/session/session-store";
import { api } from "./client";
import { queryKeys } from "./query-keys";
import type { StringMap, Tenant } from "./types";

export const tenantQuery = (tenantId: string) =>
  queryOptions({
    queryKey: queryKeys.tenant(tenantId),
    queryFn: ({ signal }) => api<Tenant>(`/tenants/${encodeURIComponent(tenantId)}`, { signal }),
  });

export function useTenant() {
  return useQuery(tenantQuery(useTenantId()));
}

/** `PUT /tenants/{id}` replaces all metadata: callers send the complete, edited set. */
export function useUpdateTenantMetadata() {
  const tenantId = useTenantId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (metadata: StringMap) =>
      api<Tenant>(`/tenants/${encodeURIComponent(tenantId)}`, {
        method: "PUT",
        body: { metadata },
      }),
    onSuccess: (tenant) => queryClient.setQueryData(queryKeys.tenant(tenantId), tenant),
  });
}
