import type { AttemptFilters, TimeWindow } from "@/api/attempts";
import {
  activeFilterCount,
  rangeProblem,
  readTimeRange,
  timeBounds,
  type TimeRange,
} from "@/lib/time-range";

export const DELIVERIES_PAGE_SIZE = 50;

/** A destination's deliveries query from its URL; the route prefetches the same for a bare URL. */
export function deliveriesView(
  params: URLSearchParams,
  destinationId: string,
): {
  filters: AttemptFilters;
  window: TimeWindow;
  range: TimeRange;
  status: string | null;
  topic: string | null;
  live: boolean;
  active: number;
  paged: boolean;
  problem: string | null;
} {
  const status = params.get("status");
  const topic = params.get("topic");
  const range = readTimeRange(params);
  const cursor = { next: params.get("next") || undefined, prev: params.get("prev") || undefined };
  return {
    filters: {
      destination_id: destinationId,
      status: status === "success" || status === "failed" ? status : undefined,
      topic: topic ? [topic] : undefined,
      limit: DELIVERIES_PAGE_SIZE,
      ...cursor,
    },
    window: { key: `${range.key}:${range.from}:${range.to}`, bounds: () => timeBounds(range) },
    range,
    status,
    topic,
    live: params.get("live") === "1",
    active: activeFilterCount(range, status, topic),
    paged: !!(cursor.next || cursor.prev),
    problem: rangeProblem(range),
  };
}
