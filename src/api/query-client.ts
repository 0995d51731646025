import { QueryClient } from "@tanstack/react-query";
import { ApiError } from "./api-error";

const MAX_RETRIES = 3;

/** How long a visited page of a paged list stays cached once nothing shows it. */
export const LIST_PAGE_GC_MS = 60_000;

/** Waits longer than this are shown to the user (with a countdown) rather than spent on a skeleton. */
export const SILENT_RETRY_AFTER_MS = 10_000;

/**
 * 4xx are final (the request itself is wrong) except a 429 with a short wait; 5xx and
 * network errors are retried. A read that outlived its deadline is not: the user has
 * waited long enough and gets the error with Try again.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES) return false;
  if (error instanceof ApiError) {
    if (error.isTimeout) return false;
    if (error.status === 429) return (error.retryAfterMs ?? 0) <= SILENT_RETRY_AFTER_MS;
    if (error.isClientError) return false;
  }
  return true;
}

/** Exponential backoff with jitter, or what the server asked for in `Retry-After`. */
export function retryDelay(attempt: number, error: unknown): number {
  if (error instanceof ApiError && error.retryAfterMs !== null) {
    return Math.min(error.retryAfterMs, 60_000);
  }
  const base = Math.min(1000 * 2 ** attempt, 15_000);
  return base / 2 + Math.random() * (base / 2);
}

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, retryDelay, staleTime: 30_000 },
      mutations: { retry: false },
    },
  });
}
