import { queryOptions } from "@tanstack/react-query";
import { metricsQuery, type MetricsParams } from "@/api/metrics";
import { queryKeys } from "@/api/query-keys";
import type { MetricsResponse } from "@/api/types";
import { rangeOfSpan, type MetricsRange, type MetricsWindow } from "./metrics-window";

/** The attempt measures the series asks for, per bucket. */
export const SERIES_MEASURES = [
  "successful_count",
  "failed_count",
  "first_attempt_count",
  "retry_count",
];

/**
 * While a moved window loads, keep showing the previous one, but only when it
 * was the same range of the same destination (never another view's numbers).
 */
function keepSameView(tenantId: string, range: MetricsRange, destinationId: string) {
  return (
    previous: MetricsResponse | undefined,
    previousQuery: { queryKey: readonly unknown[] } | undefined,
  ) => {
    const filters = previousQuery && queryKeys.metrics.filtersOf(tenantId, previousQuery.queryKey);
    if (!filters) return undefined;
    const { query } = filters;
    const span = Date.parse(String(query["time[end]"])) - Date.parse(String(query["time[start]"]));
    const ids = query["filters[destination_id][]"];
    const sameDestination = Array.isArray(ids) && ids.length === 1 && ids[0] === destinationId;
    return sameDestination && rangeOfSpan(span) === range ? previous : undefined;
  };
}

/**
 * The reads behind a destination's metrics over one window: deliveries per
 * bucket, events received, and deliveries per response code (webhooks only).
 * The route prefetches them from the URL; the screen reads the same options.
 */
export function destinationMetricsQueries(
  tenantId: string,
  destinationId: string,
  window: MetricsWindow,
) {
  const base: Omit<MetricsParams, "measures"> = {
    start: new Date(window.start).toISOString(),
    end: new Date(window.end).toISOString(),
    filters: { destination_id: [destinationId] },
  };
  const placeholderData = keepSameView(tenantId, window.range, destinationId);
  const query = (
    kind: "events" | "attempts",
    params: Omit<MetricsParams, "start" | "end" | "filters">,
  ) => queryOptions({ ...metricsQuery(tenantId, kind, { ...base, ...params }), placeholderData });
  return {
    series: query("attempts", { granularity: window.granularity, measures: SERIES_MEASURES }),
    events: query("events", { measures: ["count"] }),
    codes: query("attempts", { measures: ["count"], dimensions: ["code"] }),
    topics: query("attempts", { measures: ["count", "failed_count"], dimensions: ["topic"] }),
  };
}
