import { useQuery } from "@tanstack/react-query";
import { useTenantId } from "@/session/session-store";
import { api } from "./client";
import { destinationPath } from "./destinations";
import { queryKeys } from "./query-keys";
import type { Attempt, Page } from "./types";

/**
 * The code of a destination's latest failed attempt ("500", "timeout"), asked only
 * when it failed recently: one `limit=1` request, shared by the list row, the
 * destination header and the tenant overview. Built on what the list already loads
 * (not on `attempts.ts`, whose chunk the list would otherwise download); its key sits
 * under the attempt lists, so a retry refreshes it.
 */
export function useLastErrorCode(destinationId: string, failedRecently: boolean) {
  const tenantId = useTenantId();
  const latest = useQuery({
    queryKey: queryKeys.attempts.list(tenantId, {
      destination_id: destinationId,
      status: "failed",
      limit: 1,
      view: "last-error",
    }),
    queryFn: ({ signal }) =>
      api<Page<Attempt>>(`${destinationPath(tenantId, destinationId)}/attempts`, {
        query: { status: "failed", limit: 1 },
        signal,
      }),
    enabled: failedRecently,
    staleTime: 60_000,
  });
  return failedRecently ? latest.data?.models[0]?.code : undefined;
}
