/** A wait for people in `locale`: "2 minutes", "45 seconds" (whole minutes from 90 s). */
export function formatWait(ms: number, locale?: string): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  const [value, unit] = seconds >= 90 ? [Math.round(seconds / 60), "minute"] : [seconds, "second"];
  return new Intl.NumberFormat(locale, { style: "unit", unit, unitDisplay: "long" }).format(value);
}
