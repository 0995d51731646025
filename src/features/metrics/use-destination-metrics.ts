import { useQuery } from "@tanstack/react-query";
import type { Destination, MetricsResponse } from "../../api/types";
import { useTenantId } from "../../session/session-store";
import { destinationMetricsQueries } from "./metrics-queries";
import { rangeOfSpan, type MetricsRange, type MetricsWindow } from "./metrics-window";

/**
 * While a moved window loads, keep showing the previous one, but only when it
 * was the same range of the same destination (never another view's numbers).
 */
function keepSameView(range: MetricsRange, destinationId: string) {
  return (
    previous: MetricsResponse | undefined,
    previousQuery: { queryKey: readonly unknown[] } | undefined,
  ) => {
    const query = previousQuery?.queryKey[4] as Record<string, unknown> | undefined;
    if (!query) return undefined;
    const span = Date.parse(String(query["time[end]"])) - Date.parse(String(query["time[start]"]));
    const ids = query["filters[destination_id][]"];
    const sameDestination = Array.isArray(ids) && ids.length === 1 && ids[0] === destinationId;
    return sameDestination && rangeOfSpan(span) === range ? previous : undefined;
  };
}

/**
 * The three reads behind the metrics screen, all over the same window:
 * deliveries per bucket, events received, and (webhooks) deliveries per response code.
 */
export function useDestinationMetrics(destination: Destination, window: MetricsWindow) {
  const queries = destinationMetricsQueries(useTenantId(), destination.id, window);
  const placeholderData = keepSameView(window.range, destination.id);
  const hasCodes = destination.type === "webhook";

  const series = useQuery({ ...queries.series, placeholderData });
  const events = useQuery({ ...queries.events, placeholderData });
  const codes = useQuery({ ...queries.codes, placeholderData, enabled: hasCodes });

  const refetch = () => {
    void series.refetch();
    void events.refetch();
    if (hasCodes) void codes.refetch();
  };
  const isFetching = series.isFetching || events.isFetching || codes.isFetching;
  return { series, events, codes: hasCodes ? codes : null, refetch, isFetching };
}
