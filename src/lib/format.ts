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

const minutes = new Map<string, Intl.DateTimeFormat>();

/**
 * A local date-time to the minute, as a custom range's ends are chosen
 * (`2024-05-01T10:00` → "May 1, 2024, 10:00 AM" in en), or the raw value when it doesn't parse.
 */
export function formatMinute(value: string, locale: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  let format = minutes.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
    minutes.set(locale, format);
  }
  return format.format(date);
}

/** The exact instant in ISO 8601 (UTC), or the raw value when it doesn't parse. */
export function isoDateTime(value: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toISOString();
}
