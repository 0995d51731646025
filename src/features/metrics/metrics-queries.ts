import { metricsQuery, type MetricsParams } from "../../api/metrics";
import type { MetricsWindow } from "./metrics-window";

/** The attempt measures the series asks for, per bucket. */
export const SERIES_MEASURES = [
  "successful_count",
  "failed_count",
  "first_attempt_count",
  "retry_count",
];

/**
 * The reads behind a destination's metrics over one window: deliveries per
 * bucket, events received, and deliveries per response code (webhooks only).
 * The route prefetches them from the URL; the screen reads the same.
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
  return {
    series: metricsQuery(tenantId, "attempts", {
      ...base,
      granularity: window.granularity,
      measures: SERIES_MEASURES,
    }),
    events: metricsQuery(tenantId, "events", { ...base, measures: ["count"] }),
    codes: metricsQuery(tenantId, "attempts", {
      ...base,
      measures: ["count"],
      dimensions: ["code"],
    }),
  };
}
