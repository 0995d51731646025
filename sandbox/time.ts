// RFC 3339 date-time with a mandatory offset, optional fractional seconds.
const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses an RFC 3339 timestamp to epoch milliseconds, or returns null. */
export function parseRfc3339(value: string): number | null {
  const m = RFC3339.exec(value);
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m;
  if (Number(mo) < 1 || Number(mo) > 12 || Number(d) < 1 || Number(d) > 31) return null;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 60) return null;
  const ms = Date.parse(value.replace(" ", "T"));
  if (Number.isNaN(ms)) return null;
  // Date.parse silently rolls over impossible dates such as Feb 30.
  const check = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (check.getUTCDate() !== Number(d)) return null;
  return ms;
}

/** RFC 3339 or a plain YYYY-MM-DD date (UTC midnight), as Outpost's list filters accept. */
export function parseDateFilterValue(value: string): number | null {
  if (DATE_ONLY.test(value)) {
    const ms = Date.parse(`${value}T00:00:00Z`);
    return Number.isNaN(ms) ? null : ms;
  }
  return parseRfc3339(value);
}

export function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/** Whole-second RFC 3339 ("2026-03-02T14:00:00Z"), used for metric buckets. */
export function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** Outpost's backoff before attempt `attemptNumber` (≥ 2): interval, 2×interval, 4×interval, … */
export function retryDelayMs(retryIntervalSeconds: number, attemptNumber: number): number {
  return retryIntervalSeconds * SECOND * 2 ** (attemptNumber - 2);
}
