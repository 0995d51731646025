/**
 * A destination's health, from its deliveries over the last 24 hours
 * (hourly buckets of successful and failed attempts, oldest first):
 *
 * - **No recent deliveries**: nothing was attempted in the window.
 * - **Failing**: at least half of the window's deliveries failed, and the most
 *   recent hour with any delivery had no successful one.
 * - **Degraded**: 5 % or more failed, or the most recent hour with deliveries
 *   had failures only (it may be going down, or recovering from an outage).
 * - **Healthy**: otherwise.
 */
export const FAILING_RATE = 0.5;
export const DEGRADED_RATE = 0.05;

export type HealthState = "healthy" | "degraded" | "failing" | "idle";

/** The state and why (put in words by `ui/health-badge`: "12 of 12 deliveries failed…"). */
export interface Health {
  state: HealthState;
  total: number;
  failed: number;
  /** The latest hour with deliveries had failures only (said when not already failing). */
  latestHourFailed: boolean;
  /** The code of the latest failure, when there were failures and it is known. */
  lastErrorCode: string | null;
}

export interface HealthInput {
  success: number;
  failed: number;
  buckets: readonly { success: number; failed: number }[];
  /** The code of the latest failed attempt, when known. */
  lastErrorCode?: string | null;
}

export function deliveryHealth({ success, failed, buckets, lastErrorCode }: HealthInput): Health {
  const total = success + failed;
  if (total === 0) {
    return { state: "idle", total, failed, latestHourFailed: false, lastErrorCode: null };
  }
  const latest = buckets.findLast((b) => b.success + b.failed > 0);
  const latestAllFailed = !!latest && latest.success === 0 && latest.failed > 0;
  const rate = failed / total;
  const state: HealthState =
    rate >= FAILING_RATE && latestAllFailed
      ? "failing"
      : rate >= DEGRADED_RATE || latestAllFailed
        ? "degraded"
        : "healthy";
  return {
    state,
    total,
    failed,
    latestHourFailed: latestAllFailed && state !== "failing",
    lastErrorCode: failed > 0 && lastErrorCode ? lastErrorCode : null,
  };
}
