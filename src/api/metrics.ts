import { queryOptions } from "@tanstack/react-query";
import { api } from "./client";
import { queryKeys } from "./query-keys";
import type { MetricsResponse } from "./types";

export interface MetricsParams {
  start: string;
  end: string;
  granularity?: string;
  measures: string[];
  dimensions?: string[];
  /** `filters[<dimension>]` values. */
  filters?: Record<string, string[]>;
}

function toQuery(params: MetricsParams) {
  const query: Record<string, string | string[] | undefined> = {
    "time[start]": params.start,
    "time[end]": params.end,
    granularity: params.granularity,
    "measures[]": params.measures,
    "dimensions[]": params.dimensions,
  };
  for (const [dimension, values] of Object.entries(params.filters ?? {})) {
    query[`filters[${dimension}][]`] = values;
  }
  return query;
}

export const metricsQuery = (
  tenantId: string,
  kind: "events" | "attempts",
  params: MetricsParams,
) => {
  const query = toQuery(params);
  return queryOptions({
    queryKey: queryKeys.metrics.list(tenantId, { kind, query }),
    queryFn: ({ signal }) => api<MetricsResponse>(`/metrics/${kind}`, { query, signal }),
  });
};
