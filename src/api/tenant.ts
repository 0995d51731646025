import { queryOptions, useQuery } from "@tanstack/react-query";
import { useTenantId } from "@/session/session-store";
import { api } from "./client";
import { queryKeys } from "./query-keys";
import { isTenant } from "./shapes";
import type { Tenant } from "./types";

export const tenantPath = (tenantId: string) => `/tenants/${encodeURIComponent(tenantId)}`;

export const tenantQuery = (tenantId: string) =>
  queryOptions({
    queryKey: queryKeys.tenant(tenantId),
    queryFn: ({ signal }) => api<Tenant>(tenantPath(tenantId), { signal, expect: isTenant }),
  });

export function useTenant() {
  return useQuery(tenantQuery(useTenantId()));
}
