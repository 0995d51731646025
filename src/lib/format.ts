// Seconds and the time zone: several deliveries a minute must not look alike.
const dateTimes = new Map<string | undefined, Intl.DateTimeFormat>();
function dateTimeFormat(locale: string | undefined): Intl.DateTimeFormat {
  let format = dateTimes.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "long" });
    dateTimes.set(locale, format);
  }
  return format;
}

/**
 * A date-time for people (with seconds and time zone) in `locale` (the
 * browser's when not given), or the raw value when it doesn't parse.
 */
export function formatDateTime(value: string | null | undefined, locale?: string): string {
  if (!value) return "—";
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : dateTimeFormat(locale).format(date);
}

const relative = new Intl.RelativeTimeFormat(undefined, { numeric: "auto" });
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["day", 86_400_000],
  ["hour", 3_600_000],
  ["minute", 60_000],
  ["second", 1000],
];

/** "in 3 hours", "5 minutes ago". */
export function formatRelative(value: string, now = Date.now()): string {
  const diff = Date.parse(value) - now;
  if (Number.isNaN(diff)) return value;
  for (const [unit, ms] of UNITS) {
    if (Math.abs(diff) >= ms || unit === "second")
      return relative.format(Math.round(diff / ms), unit);
  }
  return value;
}

/** The exact instant in ISO 8601 (UTC), or the raw value when it doesn't parse. */
export function isoDateTime(value: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toISOString();
}
