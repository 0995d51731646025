import type { BucketWindow } from "@/lib/time-buckets";
import { RANGES as RANGE_DURATIONS } from "@/lib/time-range";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export const RANGES = ["1h", "24h", "7d", "30d"] as const;
export type MetricsRange = (typeof RANGES)[number];
export const DEFAULT_RANGE: MetricsRange = "24h";

/** A range's plan; its words ("the last 24 hours", "per hour") are messages per range. */
interface RangePlan {
  duration: number;
  /** Sent as `granularity`; the buckets stay between 12 and 31. */
  granularity: string;
  bucketMs: number;
}

export const RANGE_PLANS: Record<MetricsRange, RangePlan> = {
  "1h": {
    duration: RANGE_DURATIONS["1h"],
    granularity: "5m",
    bucketMs: 5 * MINUTE,
  },
  "24h": {
    duration: RANGE_DURATIONS["24h"],
    granularity: "1h",
    bucketMs: HOUR,
  },
  "7d": {
    duration: RANGE_DURATIONS["7d"],
    granularity: "6h",
    bucketMs: 6 * HOUR,
  },
  "30d": {
    duration: RANGE_DURATIONS["30d"],
    granularity: "1d",
    bucketMs: DAY,
  },
};

export function parseRange(value: string | null): MetricsRange {
  return RANGES.find((range) => range === value) ?? DEFAULT_RANGE;
}

export interface MetricsWindow extends BucketWindow {
  range: MetricsRange;
  /** Inclusive, aligned to the bucket size (UTC, like the server's buckets). */
  start: number;
  /** Exclusive, the end of the bucket that holds `now`. */
  end: number;
  granularity: string;
  bucketMs: number;
}

/**
 * [now − range, now] widened to whole buckets. Every bucket size here divides a
 * UTC day, so flooring epoch milliseconds matches the server's bucket starts.
 */
export function metricsWindow(range: MetricsRange, now: number): MetricsWindow {
  const { duration, granularity, bucketMs } = RANGE_PLANS[range];
  const start = Math.floor((now - duration) / bucketMs) * bucketMs;
  const end = Math.ceil(now / bucketMs) * bucketMs;
  return { range, start, end, granularity, bucketMs };
}

export function sameWindow(a: MetricsWindow, b: MetricsWindow) {
  return a.start === b.start && a.end === b.end && a.granularity === b.granularity;
}

/** The range a window of this length was built for: its span is duration + at most one bucket. */
export function rangeOfSpan(spanMs: number): MetricsRange | undefined {
  return RANGES.findLast((range) => RANGE_PLANS[range].duration <= spanMs);
}
