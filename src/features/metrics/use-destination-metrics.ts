import { queryOptions, useQuery } from "@tanstack/react-query";
import { metricsQuery, type MetricsParams } from "@/api/metrics";
import { queryKeys } from "@/api/query-keys";
import type { Destination, MetricsResponse } from "@/api/types";
import { useTenantId } from "@/session/session-store";
import { SERIES_MEASURES } from "./metrics-series";
import { rangeOfSpan, type MetricsRange, type MetricsWindow } from "./metrics-window";

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
 * The three reads behind the metrics screen, all over the same window:
 * deliveries per bucket, events received, and per response code (webhooks only).
 */
export function destinationMetricsQueries(
  tenantId: string,
  destination: Destination,
  window: MetricsWindow,
) {
  const base: Omit<MetricsParams, "measures"> = {
    start: new Date(window.start).toISOString(),
    end: new Date(window.end).toISOString(),
    filters: { destination_id: [destination.id] },
  };
  const placeholderData = keepSameView(tenantId, window.range, destination.id);
  const query = (
    kind: "events" | "attempts",
    params: Omit<MetricsParams, "start" | "end" | "filters">,
  ) => queryOptions({ ...metricsQuery(tenantId, kind, { ...base, ...params }), placeholderData });
  return {
    series: query("attempts", { granularity: window.granularity, measures: SERIES_MEASURES }),
    events: query("events", { measures: ["count"] }),
    codes: query("attempts", { measures: ["count"], dimensions: ["code"] }),
  };
}

export function useDestinationMetrics(destination: Destination, window: MetricsWindow) {
  const queries = destinationMetricsQueries(useTenantId(), destination, window);
  const hasCodes = destination.type === "webhook";
  const series = useQuery(queries.series);
  const events = useQuery(queries.events);
  const codes = useQuery({ ...queries.codes, enabled: hasCodes });

  const refetch = () => {
    void series.refetch();
    void events.refetch();
    if (hasCodes) void codes.refetch();
  };
  const isFetching = series.isFetching || events.isFetching || codes.isFetching;
  return { series, events, codes: hasCodes ? codes : null, refetch, isFetching };
}
