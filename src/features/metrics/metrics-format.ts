import type { MetricsWindow } from "./metrics-window";

const counts = new Intl.NumberFormat();
const percents = new Intl.NumberFormat(undefined, { style: "percent", maximumFractionDigits: 1 });

export const formatCount = (n: number) => counts.format(n);

/** A ratio (0.043) as "4.3%". */
export const formatRatio = (ratio: number) => percents.format(ratio);

const time = new Intl.DateTimeFormat(undefined, { hour: "numeric", minute: "2-digit" });
const dayTime = new Intl.DateTimeFormat(undefined, {
  month: "short",
  day: "numeric",
  hour: "numeric",
  minute: "2-digit",
});
const localDay = new Intl.DateTimeFormat(undefined, { month: "short", day: "numeric" });
// Daily buckets are UTC days on the server; naming them in local time would shift the date.
const utcDay = new Intl.DateTimeFormat(undefined, {
  month: "short",
  day: "numeric",
  timeZone: "UTC",
});

/** The short name of a bucket: "14:05" within a day, "Mar 3, 12:00" for 6 h, "Mar 3" for days. */
export function bucketLabel(start: number, window: MetricsWindow): string {
  if (window.granularity === "1d") return utcDay.format(start);
  if (window.granularity === "6h") return dayTime.format(start);
  return time.format(start);
}

/** An x-axis label: 6-hour buckets are labelled only where a day starts, so by date alone. */
export function tickLabel(start: number, window: MetricsWindow): string {
  return window.granularity === "6h" ? localDay.format(start) : bucketLabel(start, window);
}

/** The bucket as a span, for the table and the caption: "Mar 3, 14:00 – 15:00". */
export function bucketSpanLabel(start: number, window: MetricsWindow): string {
  if (window.granularity === "1d") return `${utcDay.format(start)} (UTC)`;
  return `${dayTime.format(start)} – ${time.format(start + window.bucketMs)}`;
}

/** The whole window: "Mar 3, 14:00 – Mar 4, 15:00", or UTC days for daily buckets. */
export function windowLabel(window: MetricsWindow): string {
  if (window.granularity === "1d") {
    return `${utcDay.format(window.start)} – ${utcDay.format(window.end - 1)} (UTC)`;
  }
  return `${dayTime.format(window.start)} – ${dayTime.format(window.end)}`;
}
