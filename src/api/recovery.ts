import { pairKey, type DeliveryPair, type FailedPage, type RetryAnswer } from "@/lib/bulk-retry";
import { t } from "@/i18n/i18n";
import { ApiError } from "./api-error";
import type { AttemptFilters, TimeWindow } from "./attempts";
import { api } from "./client";
import { destinationPath } from "./destinations";
import type { Attempt, Page } from "./types";

/** Failed attempts are read this many at a time (Outpost's largest page). */
export const RECOVERY_PAGE_SIZE = 1000;

/** The adapter between the bulk-retry runner (src/lib/bulk-retry.ts) and Outpost's API. */
export function recoveryApi(
  tenantId: string,
  filters: Pick<AttemptFilters, "destination_id" | "topic" | "event_id">,
  window: TimeWindow,
  /** Keeps only some failed attempts (e.g. a response-code class the server can't filter by). */
  keep: (attempt: Attempt) => boolean = () => true,
) {
  // Bounds fixed once per run: a relative window must not move while paging.
  const bounds = window.bounds();
  const { destination_id, ...rest } = filters;
  const path = destination_id
    ? `${destinationPath(tenantId, destination_id)}/attempts`
    : "/attempts";
  return {
    listFailed: async (cursor: string | undefined, signal: AbortSignal): Promise<FailedPage> => {
      const page = await api<Page<Attempt>>(path, {
        query: { ...rest, ...bounds, status: "failed", limit: RECOVERY_PAGE_SIZE, next: cursor },
        signal,
      });
      return { items: page.models.filter(keep), next: page.pagination.next };
    },
    /** Which of these pairs have a successful attempt (of any time): nothing left to recover. */
    delivered: async (pairs: DeliveryPair[], signal: AbortSignal) => {
      const wanted = new Set(pairs.map(pairKey));
      const found = new Set<string>();
      const eventIds = [...new Set(pairs.map((p) => p.eventId))];
      // A few dozen event IDs per request keep the address short.
      for (let i = 0; i < eventIds.length; i += 40) {
        const page = await api<Page<Attempt>>("/attempts", {
          query: { event_id: eventIds.slice(i, i + 40), status: "success", limit: 1000 },
          signal,
        });
        for (const a of page.models) {
          const key = pairKey({ eventId: a.event_id, destinationId: a.destination_id });
          if (wanted.has(key)) found.add(key);
        }
      }
      return found;
    },
  };
}

/** `POST /retry` for one pair, its outcome in the runner's terms. */
export async function retryPair(pair: DeliveryPair): Promise<RetryAnswer> {
  try {
    await api("/retry", {
      method: "POST",
      body: { event_id: pair.eventId, destination_id: pair.destinationId },
    });
    return { ok: true };
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    const message = error.message || t("api.serverError");
    if (error.isNetworkError) return { ok: false, kind: "network", message };
    if (error.status === 429)
      return { ok: false, kind: "rate_limited", message, retryAfterMs: error.retryAfterMs };
    if (error.status >= 500)
      return { ok: false, kind: "server", message, retryAfterMs: error.retryAfterMs };
    if (error.code === "destination_disabled")
      return { ok: false, kind: "disabled", message: t("api.destinationDisabled") };
    if (error.status === 404) return { ok: false, kind: "not_found", message: t("api.pairGone") };
    return { ok: false, kind: "rejected", message };
  }
}

/**
 * Whether a retry of the pair reached the server although its answer was lost: a manual
 * attempt newer than the pair's latest failed attempt seen when counting (`knownLatest`).
 * Without one known, it can't tell, and says no (the pair is sent again).
 */
export async function retryLanded(
  tenantId: string,
  pair: DeliveryPair,
  knownLatest: string | undefined,
  signal: AbortSignal,
): Promise<boolean> {
  if (!knownLatest) return false;
  const page = await api<Page<Attempt>>(
    `${destinationPath(tenantId, pair.destinationId)}/attempts`,
    {
      query: { event_id: pair.eventId, limit: 20 },
      signal,
    },
  );
  // Newest first: anything before the known attempt came after it.
  for (const attempt of page.models) {
    if (attempt.id === knownLatest) return false;
    if (attempt.manual) return true;
  }
  return false;
}

const RECENT_MS = 10 * 60_000;
const retriedAt = new Map<string, number>();

/**
 * Pairs retried in this tab during the last minutes: a second run skips them,
 * since Outpost queues a retry and its new attempt may not be listed yet.
 */
export const recentRetries = {
  add: (pair: DeliveryPair, now = Date.now()) => void retriedAt.set(pairKey(pair), now),
  has: (pair: DeliveryPair, now = Date.now()) =>
    now - (retriedAt.get(pairKey(pair)) ?? -Infinity) < RECENT_MS,
};
