import { useQuery } from "@tanstack/react-query";
import type { Destination } from "@/api/types";
import { useTenantId } from "@/session/session-store";
import { destinationMetricsQueries } from "./metrics-queries";
import type { MetricsWindow } from "./metrics-window";

/** The metrics screen's three reads, refetched together. */
export function useDestinationMetrics(destination: Destination, window: MetricsWindow) {
  const queries = destinationMetricsQueries(useTenantId(), destination.id, window);
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
