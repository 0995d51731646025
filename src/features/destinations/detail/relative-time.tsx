import { useLocale } from "@/i18n/i18n";

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["day", 86_400_000],
  ["hour", 3_600_000],
  ["minute", 60_000],
  ["second", 1000],
];

/** "in 3 hours", "vor 5 Minuten": the distance to `value` in the portal's locale. */
export function relativeTime(value: string, locale: string, now = Date.now()): string {
  const diff = Date.parse(value) - now;
  if (Number.isNaN(diff)) return value;
  const format = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
  for (const [unit, ms] of UNITS) {
    if (Math.abs(diff) >= ms || unit === "second")
      return format.format(Math.round(diff / ms), unit);
  }
  return value;
}

export function RelativeTime({ value }: { value: string }) {
  return <>{relativeTime(value, useLocale())}</>;
}
