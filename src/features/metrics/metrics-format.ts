import { currentLocale, t } from "@/i18n/i18n";
import type { Locale } from "@/i18n/locales";
import type { MetricsRange, MetricsWindow } from "./metrics-window";

/*
 * Numbers, percentages, bucket times and range names of the metrics screen,
 * through Intl in the portal's locale (each function takes it, the current one
 * by default; components pass `useLocale()` so a switch re-renders them).
 */

/** One formatter per locale and options, made on first use. */
function cached<F>(make: (locale: Locale) => F): (locale: Locale) => F {
  const made = new Map<Locale, F>();
  return (locale) => {
    let format = made.get(locale);
    if (!format) made.set(locale, (format = make(locale)));
    return format;
  };
}

const counts = cached((locale) => new Intl.NumberFormat(locale));
const percents = cached(
  (locale) => new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }),
);

export const formatCount = (n: number, locale = currentLocale()) => counts(locale).format(n);

/** A ratio (0.043) as "4.3%" ("4,3 %" in German). */
export const formatRatio = (ratio: number, locale = currentLocale()) =>
  percents(locale).format(ratio);

const time = cached(
  (locale) => new Intl.DateTimeFormat(locale, { hour: "numeric", minute: "2-digit" }),
);
const dayTime = cached(
  (locale) =>
    new Intl.DateTimeFormat(locale, {
      month: "short",
      day: "numeric",
      hour: "numeric",
      minute: "2-digit",
    }),
);
const localDay = cached(
  (locale) => new Intl.DateTimeFormat(locale, { month: "short", day: "numeric" }),
);
// Daily buckets are UTC days on the server; naming them in local time would shift the date.
const utcDay = cached(
  (locale) => new Intl.DateTimeFormat(locale, { month: "short", day: "numeric", timeZone: "UTC" }),
);

/** The short name of a bucket: "14:05" within a day, "Mar 3, 12:00" for 6 h, "Mar 3" for days. */
export function bucketLabel(start: number, window: MetricsWindow, locale = currentLocale()) {
  if (window.granularity === "1d") return utcDay(locale).format(start);
  if (window.granularity === "6h") return dayTime(locale).format(start);
  return time(locale).format(start);
}

/** An x-axis label: 6-hour buckets are labelled only where a day starts, so by date alone. */
export function tickLabel(start: number, window: MetricsWindow, locale = currentLocale()) {
  return window.granularity === "6h"
    ? localDay(locale).format(start)
    : bucketLabel(start, window, locale);
}

/** The bucket as a span, for the table and the caption: "Mar 3, 2:00 – 3:00 PM". */
export function bucketSpanLabel(start: number, window: MetricsWindow, locale = currentLocale()) {
  if (window.granularity === "1d") return t("metrics.utc", { time: utcDay(locale).format(start) });
  return dayTime(locale).formatRange(start, start + window.bucketMs);
}

/** The whole window: "Mar 3, 2:00 PM – Mar 4, 3:00 PM", or UTC days for daily buckets. */
export function windowLabel(window: MetricsWindow, locale = currentLocale()) {
  if (window.granularity === "1d") {
    return t("metrics.utc", { time: utcDay(locale).formatRange(window.start, window.end - 1) });
  }
  return dayTime(locale).formatRange(window.start, window.end);
}

const UNITS: Record<MetricsRange, [number, "hour" | "day"]> = {
  "1h": [1, "hour"],
  "24h": [24, "hour"],
  "7d": [7, "day"],
  "30d": [30, "day"],
};
const units = {
  short: cached(
    (locale) =>
      [
        new Intl.NumberFormat(locale, { style: "unit", unit: "hour", unitDisplay: "short" }),
        new Intl.NumberFormat(locale, { style: "unit", unit: "day", unitDisplay: "short" }),
      ] as const,
  ),
  long: cached(
    (locale) =>
      [
        new Intl.NumberFormat(locale, { style: "unit", unit: "hour", unitDisplay: "long" }),
        new Intl.NumberFormat(locale, { style: "unit", unit: "day", unitDisplay: "long" }),
      ] as const,
  ),
};

/** A range's length: "24 hr" / "24 hours" ("24 Std." / "24 Stunden"). */
export function rangeLength(
  range: MetricsRange,
  display: "short" | "long",
  locale = currentLocale(),
) {
  const [n, unit] = UNITS[range];
  return units[display](locale)[unit === "hour" ? 0 : 1].format(n);
}
