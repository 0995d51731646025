import { queryOptions, useQuery } from "@tanstack/react-query";
import type { Query } from "../lib/search-params";
import { useTenantId } from "../session/session-store";
import { api } from "./client";
import { destinationPath } from "./destinations";
import { queryKeys } from "./query-keys";
import type { Attempt, Page } from "./types";

export interface AttemptFilters extends Query {
  destination_id?: string;
  event_id?: string;
  status?: "success" | "failed";
  topic?: string[];
  "time[gte]"?: string;
  "time[lte]"?: string;
  limit?: number;
  next?: string;
  prev?: string;
}

/** A destination's attempts use its own route; tenant-wide ones use `/attempts`. */
function attemptsPath(tenantId: string, destinationId: string | undefined) {
  return destinationId ? `${destinationPath(tenantId, destinationId)}/attempts` : "/attempts";
}

export const attemptsQuery = (tenantId: string, filters: AttemptFilters = {}) =>
  queryOptions({
    queryKey: queryKeys.attempts(tenantId, filters),
    queryFn: ({ signal }) => {
      const { destination_id, ...query } = filters;
      return api<Page<Attempt>>(attemptsPath(tenantId, destination_id), {
        query: { ...query, include: "event" },
        signal,
      });
    },
  });

export const attemptQuery = (tenantId: string, attemptId: string) =>
  queryOptions({
    queryKey: queryKeys.attempt(tenantId, attemptId),
    queryFn: ({ signal }) =>
      api<Attempt>(`/attempts/${encodeURIComponent(attemptId)}`, {
        query: { include: ["event.data", "response_data"] },
        signal,
      }),
  });

export function useAttempts(filters: AttemptFilters = {}) {
  return useQuery(attemptsQuery(useTenantId(), filters));
}

export function useAttempt(attemptId: string) {
  return useQuery(attemptQuery(useTenantId(), attemptId));
}
