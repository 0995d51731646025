// Seconds and the time zone: several deliveries a minute must not look alike.
const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "long" });

/** A date-time for people (with seconds and time zone), or the raw value when it doesn't parse. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return "—";
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : dateTime.format(date);
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
