import { queryOptions, useQuery } from "@tanstack/react-query";
import { portalConfig } from "@/config/portal-config";
import { useTenantId } from "@/session/session-store";
import { api } from "./client";
import { queryKeys } from "./query-keys";

/** Topics from the runtime config when it lists them, else from the API. */
export const topicsQuery = (tenantId: string) =>
  queryOptions({
    queryKey: queryKeys.topics.list(tenantId, {}),
    queryFn: async ({ signal }) => {
      const configured = portalConfig().topics;
      return configured.length > 0 ? configured : api<string[]>("/topics", { signal });
    },
    staleTime: 60 * 60_000,
  });

export function useTopics() {
  return useQuery(topicsQuery(useTenantId()));
}
