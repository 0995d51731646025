/**
 * A destination's health in words, from its deliveries over the last 24 hours
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

export interface Health {
  state: HealthState;
  label: string;
  /** Why, in words: "12 of 12 deliveries failed in the last 24 h · last error 500". */
  reason: string;
  total: number;
  failed: number;
}

export interface HealthInput {
  success: number;
  failed: number;
  buckets: readonly { success: number; failed: number }[];
  /** The code of the latest failed attempt, when known. */
  lastErrorCode?: string | null;
}

const LABELS: Record<HealthState, string> = {
  healthy: "Healthy",
  degraded: "Degraded",
  failing: "Failing",
  idle: "No recent deliveries",
};

export function deliveryHealth({ success, failed, buckets, lastErrorCode }: HealthInput): Health {
  const total = success + failed;
  if (total === 0) {
    return {
      state: "idle",
      label: LABELS.idle,
      reason: "No deliveries in the last 24 h",
      total,
      failed,
    };
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
  const parts = [
    failed === 0
      ? `All ${total.toLocaleString()} deliveries succeeded in the last 24 h`
      : `${failed.toLocaleString()} of ${total.toLocaleString()} deliveries failed in the last 24 h`,
  ];
  if (latestAllFailed && state !== "failing") parts.push("the latest hour failed");
  if (failed > 0 && lastErrorCode) parts.push(`last error ${lastErrorCode}`);
  return { state, label: LABELS[state], reason: parts.join(" · "), total, failed };
}
