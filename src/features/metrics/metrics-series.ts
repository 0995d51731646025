import type { MetricsResponse } from "@/api/types";
import { bucketIndex, bucketStarts } from "@/lib/time-buckets";
import type { MetricsWindow } from "./metrics-window";

export interface DeliveryCounts {
  successful: number;
  failed: number;
  firstAttempts: number;
  retries: number;
}

export interface DeliveryBucket extends DeliveryCounts {
  /** Epoch milliseconds of the bucket start. */
  start: number;
}

export interface DeliveryTotals extends DeliveryCounts {
  total: number;
  /** failed / total, 0 when there were no deliveries. */
  errorRate: number;
}

const count = (value: unknown) => Number(value) || 0;

/**
 * One bucket per slot of the window, oldest first. Slots the server left out
 * are zeros; points outside the window are ignored.
 */
export function buildSeries(
  response: MetricsResponse | undefined,
  window: MetricsWindow,
): DeliveryBucket[] {
  const buckets = bucketStarts(window).map((start) => ({
    start,
    successful: 0,
    failed: 0,
    firstAttempts: 0,
    retries: 0,
  }));
  for (const point of response?.data ?? []) {
    const index = bucketIndex(window, point.time_bucket);
    if (index === undefined) continue;
    const bucket = buckets[index]!;
    bucket.successful += count(point.metrics.successful_count);
    bucket.failed += count(point.metrics.failed_count);
    bucket.firstAttempts += count(point.metrics.first_attempt_count);
    bucket.retries += count(point.metrics.retry_count);
  }
  return buckets;
}

export function errorRate(failed: number, total: number) {
  return total > 0 ? failed / total : 0;
}

export const bucketTotal = (bucket: DeliveryCounts) => bucket.successful + bucket.failed;

export function totalsOf(buckets: DeliveryBucket[]): DeliveryTotals {
  const sum: DeliveryCounts = { successful: 0, failed: 0, firstAttempts: 0, retries: 0 };
  for (const bucket of buckets) {
    sum.successful += bucket.successful;
    sum.failed += bucket.failed;
    sum.firstAttempts += bucket.firstAttempts;
    sum.retries += bucket.retries;
  }
  const total = bucketTotal(sum);
  return { ...sum, total, errorRate: errorRate(sum.failed, total) };
}

/** The earliest bucket with the most deliveries; undefined when every bucket is empty. */
export function peakBucket(buckets: DeliveryBucket[]): DeliveryBucket | undefined {
  let peak: DeliveryBucket | undefined;
  for (const bucket of buckets) {
    if (bucketTotal(bucket) > (peak ? bucketTotal(peak) : 0)) peak = bucket;
  }
  return peak;
}
