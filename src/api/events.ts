import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import type { Query } from "@/lib/search-params";
import { useTenantId } from "@/session/session-store";
import { api } from "./client";
import { queryKeys } from "./query-keys";
import type { TimeWindow } from "./attempts";
import { LIST_PAGE_GC_MS } from "./query-client";
import type { Event, Page } from "./types";

/** Filters and cursor of a paged, time-ordered list (events, attempts). */
export interface PagedListFilters extends Query {
  destination_id?: string;
  topic?: string[];
  "time[gte]"?: string;
  "time[lte]"?: string;
  limit?: number;
  next?: string;
  prev?: string;
}

export type EventFilters = PagedListFilters;

export const eventsQuery = (tenantId: string, filters: EventFilters = {}, window?: TimeWindow) =>
  queryOptions({
    queryKey: queryKeys.events.list(tenantId, { ...filters, window: window?.key }),
    queryFn: ({ signal }) =>
      api<Page<Event>>("/events", { query: { ...filters, ...window?.bounds() }, signal }),
    // While the next page loads, the current one stays on screen.
    placeholderData: keepPreviousData,
    gcTime: LIST_PAGE_GC_MS,
  });

export const eventQuery = (tenantId: string, eventId: string) =>
  queryOptions({
    queryKey: queryKeys.events.detail(tenantId, eventId),
    queryFn: ({ signal }) => api<Event>(`/events/${encodeURIComponent(eventId)}`, { signal }),
  });

export function useEvents(
  filters: EventFilters = {},
  options: { window?: TimeWindow; enabled?: boolean } = {},
) {
  return useQuery({
    ...eventsQuery(useTenantId(), filters, options.window),
    enabled: options.enabled,
  });
}

export function useEvent(eventId: string) {
  return useQuery(eventQuery(useTenantId(), eventId));
}
