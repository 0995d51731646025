import {
  keepPreviousData,
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query";
import type { PagedListFilters } from "./events";
import { useTenantId } from "@/session/session-store";
import { api } from "./client";
import { LIST_PAGE_GC_MS } from "./query-client";
import { destinationPath } from "./destinations";
import { queryKeys } from "./query-keys";
import type { Attempt, Page } from "./types";

export interface AttemptFilters extends PagedListFilters {
  event_id?: string | string[];
  status?: "success" | "failed";
  /** What to embed in each attempt; `event` (its summary) unless given. */
  include?: string[];
}

/** A destination's attempts use its own route; tenant-wide ones use `/attempts`. */
function attemptsPath(tenantId: string, destinationId: string | undefined) {
  return destinationId ? `${destinationPath(tenantId, destinationId)}/attempts` : "/attempts";
}

/** A time window named in the cache key (e.g. "24h") whose bounds are computed at fetch time. */
export interface TimeWindow {
  key: string;
  bounds: () => Pick<AttemptFilters, "time[gte]" | "time[lte]">;
}

/**
 * A page of attempts with the event summary (topic, time). A relative window
 * is computed when fetching, so a refetch moves it forward to the present.
 */
export const attemptsQuery = (
  tenantId: string,
  filters: AttemptFilters = {},
  window?: TimeWindow,
) =>
  queryOptions({
    queryKey: queryKeys.attempts.list(tenantId, { ...filters, window: window?.key }),
    queryFn: ({ signal }) => {
      const { destination_id, ...query } = filters;
      return api<Page<Attempt>>(attemptsPath(tenantId, destination_id), {
        query: { ...query, include: query.include ?? "event", ...window?.bounds() },
        signal,
      });
    },
    placeholderData: keepPreviousData,
    // Pages of a big tenant add up while paging: keep visited ones for quick "back", not for long.
    gcTime: LIST_PAGE_GC_MS,
  });

/** One attempt with everything needed to debug it: the event's payload and the response. */
export const attemptQuery = (tenantId: string, destinationId: string, attemptId: string) =>
  queryOptions({
    queryKey: queryKeys.attempts.detail(tenantId, attemptId),
    queryFn: ({ signal }) =>
      api<Attempt>(
        `${destinationPath(tenantId, destinationId)}/attempts/${encodeURIComponent(attemptId)}`,
        {
          query: { include: ["event.data", "response_data"] },
          signal,
        },
      ),
  });

export function useAttempts(
  filters: AttemptFilters,
  options: { window?: TimeWindow; refetchInterval?: number | false; enabled?: boolean } = {},
) {
  return useQuery({
    ...attemptsQuery(useTenantId(), filters, options.window),
    refetchInterval: options.refetchInterval,
    enabled: options.enabled,
  });
}

export function useAttempt(destinationId: string, attemptId: string) {
  return useQuery(attemptQuery(useTenantId(), destinationId, attemptId));
}

const RETRY_FOLLOW_UPS_MS = [2_000, 6_000];

/** What a new attempt changes: attempt lists and details, events (their status) and metrics. */
export const retryRefreshes = [queryKeys.attempts, queryKeys.events, queryKeys.metrics];

/**
 * `POST /retry`: a manual attempt. Attempt lists and metrics are refreshed so
 * the new attempt appears without a manual reload.
 */
export function useRetry() {
  const tenantId = useTenantId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { event_id: string; destination_id: string }) =>
      api<{ success: boolean }>("/retry", { method: "POST", body }),
    onSuccess: () => {
      const refresh = () => {
        for (const keys of retryRefreshes) {
          void queryClient.invalidateQueries({ queryKey: keys.all(tenantId) });
        }
      };
      refresh();
      // Outpost queues the retry; look again shortly so the new attempt shows up by itself.
      RETRY_FOLLOW_UPS_MS.forEach((delay) => setTimeout(refresh, delay));
    },
  });
}
