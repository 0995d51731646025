import { queryOptions, useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { metricsQuery } from "./metrics";
import { bucketIndex } from "@/lib/time-buckets";
import { useTenantId } from "@/session/session-store";
import type { MetricsDataPoint } from "./types";

export interface DeliveryBucket {
  success: number;
  failed: number;
}

export interface RecentDeliveries {
  success: number;
  failed: number;
  /** 24 hourly buckets, oldest first. */
  buckets: DeliveryBucket[];
}

const HOUR = 3_600_000;
const HOURS = 24;

/** The last 24 whole hours plus the current one, aligned so the query key changes once an hour. */
export function last24Hours(now = Date.now()) {
  const end = Math.floor(now / HOUR) * HOUR + HOUR;
  return { start: end - HOURS * HOUR, end };
}

/** Hourly successful and failed deliveries per destination between `start` and `end`. */
export const recentDeliveriesQuery = (tenantId: string, start: number, end: number) =>
  queryOptions({
    ...metricsQuery(tenantId, "attempts", {
      start: new Date(start).toISOString(),
      end: new Date(end).toISOString(),
      granularity: "1h",
      measures: ["successful_count", "failed_count"],
      dimensions: ["destination_id"],
    }),
    staleTime: 60_000,
  });

/**
 * Successful and failed deliveries per destination over the last 24 hours, in
 * one metrics request for the whole list. Loaded after the list, never blocking it.
 */
export function useRecentDeliveries(enabled: boolean) {
  const { start, end } = last24Hours();
  const query = useQuery({ ...recentDeliveriesQuery(useTenantId(), start, end), enabled });

  // Up to 24 buckets per destination: group once per response, not on every render of the list.
  const byDestination = useMemo(
    () => groupByDestination(query.data?.data ?? [], start),
    [query.data, start],
  );
  return { byDestination, isPending: query.isPending && enabled, isError: query.isError };
}

/** Hourly points (one per destination and hour) as totals and 24 buckets per destination. */
export function groupByDestination(points: MetricsDataPoint[], start: number) {
  const byDestination = new Map<string, RecentDeliveries>();
  for (const point of points) {
    const id = point.dimensions.destination_id;
    const index = bucketIndex(
      { start, end: start + HOURS * HOUR, bucketMs: HOUR },
      point.time_bucket,
    );
    if (!id || index === undefined) continue;
    let entry = byDestination.get(id);
    if (!entry) {
      entry = {
        success: 0,
        failed: 0,
        buckets: Array.from({ length: HOURS }, () => ({ success: 0, failed: 0 })),
      };
      byDestination.set(id, entry);
    }
    const success = Number(point.metrics.successful_count) || 0;
    const failed = Number(point.metrics.failed_count) || 0;
    entry.success += success;
    entry.failed += failed;
    entry.buckets[index]!.success += success;
    entry.buckets[index]!.failed += failed;
  }
  return byDestination;
}
