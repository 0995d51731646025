import type { Store } from "./store.ts";
import { DAY, MINUTE } from "./time.ts";

export const RETENTION_SWEEP_MS = 10 * MINUTE;

/** One sweep: drops what is older than the window. */
export function sweep(store: Store, now: number, retentionDays: number): void {
  store.evictOlderThan(now - retentionDays * DAY);
}

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
    () => sweep(store, now(), retentionDays),
    options.intervalMs ?? RETENTION_SWEEP_MS,
  );
  timer.unref?.();
  return () => clearInterval(timer);
}
