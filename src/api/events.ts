import { queryOptions, useQuery } from "@tanstack/react-query";
import type { Query } from "../lib/search-params";
import { useTenantId } from "../session/session-store";
import { api } from "./client";
import { queryKeys } from "./query-keys";
import type { TimeWindow } from "./attempts";
import { LIST_PAGE_GC_MS } from "./query-client";
import type { Event, Page } from "./types";

export interface EventFilters extends Query {
  destination_id?: string;
  topic?: string[];
  "time[gte]"?: string;
  "time[lte]"?: string;
  limit?: number;
  next?: string;
  prev?: string;
}

export const eventsQuery = (tenantId: string, filters: EventFilters = {}, window?: TimeWindow) =>
  queryOptions({
    queryKey: queryKeys.events(tenantId, { ...filters, window: window?.key }),
    queryFn: ({ signal }) =>
      api<Page<Event>>("/events", { query: { ...filters, ...window?.bounds() }, signal }),
  });

export const eventQuery = (tenantId: string, eventId: string) =>
  queryOptions({
    queryKey: queryKeys.event(tenantId, eventId),
    queryFn: ({ signal }) => api<Event>(`/events/${encodeURIComponent(eventId)}`, { signal }),
  });

export function useEvents(
  filters: EventFilters = {},
  options: { window?: TimeWindow; enabled?: boolean } = {},
) {
  return useQuery({
    ...eventsQuery(useTenantId(), filters, options.window),
    enabled: options.enabled,
    placeholderData: (previous) => previous,
    gcTime: LIST_PAGE_GC_MS,
  });
}

export function useEvent(eventId: string) {
  return useQuery(eventQuery(useTenantId(), eventId));
}
