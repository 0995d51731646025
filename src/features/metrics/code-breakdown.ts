import type { MetricsResponse } from "@/api/types";

export interface CodeShare {
  code: string;
  count: number;
  /** Percent of all deliveries, one decimal; the shares add up to exactly 100. */
  percent: number;
  /** A 2xx answer (or Outpost's "OK" for non-HTTP destinations). */
  ok: boolean;
}

/**
 * Rounds shares of `counts` to tenths of a percent so that they sum to 100:
 * largest remainders get the leftover tenths.
 */
export function percentShares(counts: number[]): number[] {
  const total = counts.reduce((sum, n) => sum + n, 0);
  if (total === 0) return counts.map(() => 0);
  const exact = counts.map((n) => (n / total) * 1000);
  const tenths = exact.map(Math.floor);
  let left = 1000 - tenths.reduce((sum, n) => sum + n, 0);
  const byRemainder = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder);
  for (const { index } of byRemainder) {
    if (left <= 0) break;
    tenths[index] = (tenths[index] ?? 0) + 1;
    left -= 1;
  }
  return tenths.map((n) => n / 10);
}

const isOk = (code: string) => /^2\d\d$/.test(code) || code.toUpperCase() === "OK";

/** Deliveries per response code, most frequent first. */
export function codeBreakdown(response: MetricsResponse | undefined): CodeShare[] {
  const counts = new Map<string, number>();
  for (const point of response?.data ?? []) {
    const code = point.dimensions.code ?? "";
    const n = Number(point.metrics.count) || 0;
    if (n > 0) counts.set(code, (counts.get(code) ?? 0) + n);
  }
  const rows = [...counts]
    .map(([code, count]) => ({ code, count }))
    .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
  const shares = percentShares(rows.map((row) => row.count));
  return rows.map((row, i) => ({ ...row, percent: shares[i] ?? 0, ok: isOk(row.code) }));
}
