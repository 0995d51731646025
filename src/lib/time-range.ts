export const RANGES = {
  "1h": 3_600_000,
  "24h": 86_400_000,
  "7d": 7 * 86_400_000,
  "30d": 30 * 86_400_000,
} as const;
export type RelativeRange = keyof typeof RANGES;
export type RangeKey = RelativeRange | "custom";

export const RANGE_KEYS: readonly RangeKey[] = ["1h", "24h", "7d", "30d", "custom"];

export interface TimeRange {
  key: RangeKey;
  /** `datetime-local` values (local time), for the custom range. */
  from: string;
  to: string;
}

export const DEFAULT_RANGE: RelativeRange = "24h";

/** Filters set in a view: the values given, plus the time range when it isn't the default. */
export function activeFilterCount(range: TimeRange, ...values: unknown[]): number {
  return values.filter(Boolean).length + (range.key === DEFAULT_RANGE ? 0 : 1);
}

export function readTimeRange(
  params: URLSearchParams,
  fallback: RelativeRange = DEFAULT_RANGE,
): TimeRange {
  const key = params.get("range");
  const range: RangeKey =
    key === "custom" || (key !== null && key in RANGES) ? (key as RangeKey) : fallback;
  return { key: range, from: params.get("from") ?? "", to: params.get("to") ?? "" };
}

function iso(local: string): string | undefined {
  if (!local) return undefined;
  const time = new Date(local).getTime();
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/** The API's time bounds for a range, computed now: a relative range ends at the present. */
export function timeBounds(
  range: TimeRange,
  now = Date.now(),
): { "time[gte]"?: string; "time[lte]"?: string } {
  if (range.key === "custom") {
    return { "time[gte]": iso(range.from), "time[lte]": iso(range.to) };
  }
  return { "time[gte]": new Date(now - RANGES[range.key]).toISOString() };
}

/** A custom range whose end is before its start. */
/** What is wrong with a range, as a code the screen words ("startAfterEnd"), or null. */
export function rangeProblem(range: TimeRange): "startAfterEnd" | null {
  if (range.key !== "custom" || !range.from || !range.to) return null;
  return new Date(range.from) > new Date(range.to) ? "startAfterEnd" : null;
}
