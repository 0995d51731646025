import type { Store } from "./store.ts";
import { DAY, MINUTE } from "./time.ts";

export const RETENTION_SWEEP_MS = 10 * MINUTE;

/**
 * Evicts events and attempts older than the retention window every few minutes
 * (the per-tenant caps act on every insert). Returns the function that stops it.
 */
export function startRetention(options: {
  store: Store;
  now: () => number;
  retentionDays: number;
  intervalMs?: number;
}): () => void {
  const { store, now, retentionDays } = options;
  const timer = setInterval(
    () => store.evictOlderThan(now() - retentionDays * DAY),
    options.intervalMs ?? RETENTION_SWEEP_MS,
  );
  timer.unref?.();
  return () => clearInterval(timer);
}
