import type { EventFilters } from "@/api/events";
import type { TimeWindow } from "@/api/attempts";
import {
  activeFilterCount,
  readTimeRange,
  rangeProblem,
  timeBounds,
  type TimeRange,
} from "@/lib/time-range";

export const EVENTS_PAGE_SIZE = 50;

/** The Activity page's query from its URL; the route prefetches the same for a bare URL. */
export function eventsView(params: URLSearchParams): {
  filters: EventFilters;
  window: TimeWindow;
  range: TimeRange;
  active: number;
  problem: string | null;
} {
  const range = readTimeRange(params);
  const destination = params.get("destination");
  const topic = params.get("topic");
  return {
    filters: {
      destination_id: destination || undefined,
      topic: topic ? [topic] : undefined,
      limit: EVENTS_PAGE_SIZE,
      next: params.get("next") || undefined,
      prev: params.get("prev") || undefined,
    },
    window: { key: `${range.key}:${range.from}:${range.to}`, bounds: () => timeBounds(range) },
    range,
    active: activeFilterCount(range, destination, topic),
    problem: rangeProblem(range),
  };
}
