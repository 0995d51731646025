import { queryOptions, useQuery } from "@tanstack/react-query";
import { useTenantId } from "../session/session-store";
import { api } from "./client";
import { queryKeys } from "./query-keys";
import type { Tenant } from "./types";

export const tenantQuery = (tenantId: string) =>
  queryOptions({
    queryKey: queryKeys.tenant(tenantId),
    queryFn: ({ signal }) => api<Tenant>(`/tenants/${encodeURIComponent(tenantId)}`, { signal }),
  });

export function useTenant() {
  return useQuery(tenantQuery(useTenantId()));
}
