/**
 * Bulk recovery: find the distinct (event, destination) pairs whose deliveries
 * failed, then retry each one once, a few at a time and no faster than a rate,
 * backing off on 429 and transient failures. Pure: the network is passed in.
 */

export interface DeliveryPair {
  eventId: string;
  destinationId: string;
}

export const pairKey = (pair: DeliveryPair) => `${pair.eventId}\u0000${pair.destinationId}`;

export interface FailedAttemptLike {
  id?: string;
  event_id: string;
  destination_id: string;
}

export interface FailedPage {
  items: FailedAttemptLike[];
  next: string | null;
}

export type SkipReason = "delivered since" | "destination disabled" | "retried moments ago";

export interface CollectResult {
  pairs: DeliveryPair[];
  skipped: { pair: DeliveryPair; reason: SkipReason }[];
  /** Failed attempts read (several may belong to one pair). */
  attemptsRead: number;
  pages: number;
  /** More failed attempts existed past `maxPairs`. */
  truncated: boolean;
  /** Each pair's newest failed attempt (by pairKey), as listed: what a later retry comes after. */
  latestFailed: Map<string, string>;
}

export interface CollectDeps {
  /** One page of failed attempts, newest first, from a cursor (undefined: the first page). */
  listFailed: (cursor: string | undefined, signal: AbortSignal) => Promise<FailedPage>;
  /** Keys (pairKey) of the given pairs that have a successful attempt: nothing left to recover. */
  delivered: (pairs: DeliveryPair[], signal: AbortSignal) => Promise<Set<string>>;
  isDisabled: (destinationId: string) => boolean;
  /** Pairs this session retried a short while ago (their new attempt may still be on its way). */
  recentlyRetried: (pair: DeliveryPair) => boolean;
}

/**
 * Pages through every failed attempt (never holding more than one page of
 * attempts), keeping each pair once, in the order first seen.
 */
export async function collectFailedPairs(
  deps: CollectDeps,
  {
    signal,
    maxPairs = 10_000,
    onProgress,
  }: { signal: AbortSignal; maxPairs?: number; onProgress?: (found: number) => void },
): Promise<CollectResult> {
  const seen = new Set<string>();
  const result: CollectResult = {
    pairs: [],
    skipped: [],
    attemptsRead: 0,
    pages: 0,
    truncated: false,
    latestFailed: new Map(),
  };
  let cursor: string | undefined;
  do {
    signal.throwIfAborted();
    const page = await deps.listFailed(cursor, signal);
    result.pages += 1;
    result.attemptsRead += page.items.length;
    const fresh: DeliveryPair[] = [];
    for (const item of page.items) {
      const pair = { eventId: item.event_id, destinationId: item.destination_id };
      const key = pairKey(pair);
      if (seen.has(key)) continue;
      seen.add(key);
      // Newest first: the first failed attempt seen of a pair is its latest.
      if (item.id) result.latestFailed.set(key, item.id);
      if (deps.isDisabled(pair.destinationId)) {
        result.skipped.push({ pair, reason: "destination disabled" });
      } else if (deps.recentlyRetried(pair)) {
        result.skipped.push({ pair, reason: "retried moments ago" });
      } else fresh.push(pair);
    }
    const delivered = fresh.length > 0 ? await deps.delivered(fresh, signal) : new Set<string>();
    for (const pair of fresh) {
      if (delivered.has(pairKey(pair))) result.skipped.push({ pair, reason: "delivered since" });
      else if (result.pairs.length < maxPairs) result.pairs.push(pair);
      else result.truncated = true;
    }
    onProgress?.(result.pairs.length);
    cursor = page.next ?? undefined;
  } while (cursor && !result.truncated);
  return result;
}

/** How one retry request ended, as the caller's adapter understood the answer. */
export type RetryAnswer =
  | { ok: true }
  | {
      ok: false;
      /** rate_limited, server and network are tried again; the others are final. */
      kind: "rate_limited" | "server" | "network" | "disabled" | "not_found" | "rejected";
      message: string;
      retryAfterMs?: number | null;
    };

export interface RetryFailure {
  pair: DeliveryPair;
  reason: string;
}

export interface RunSummary {
  retried: DeliveryPair[];
  /** Of `retried`: pairs whose answer was lost, found retried when checked instead of sent again. */
  confirmed: DeliveryPair[];
  skipped: RetryFailure[];
  failed: RetryFailure[];
  /** Never sent because the run was cancelled. */
  notAttempted: DeliveryPair[];
  cancelled: boolean;
  requests: number;
  elapsedMs: number;
}

export interface RunProgress {
  done: number;
  total: number;
  retried: number;
  skipped: number;
  failed: number;
  /** Waiting for the server to accept more (429 or a transient failure). */
  backingOff: boolean;
}

export interface RunOptions {
  /** Not cancellable: a request once sent is awaited, so its outcome is known and reported. */
  retry: (pair: DeliveryPair) => Promise<RetryAnswer>;
  /**
   * After a network failure the request may have reached the server and only its answer been
   * lost. Before sending it again the runner asks this whether the retry landed (a new manual
   * attempt exists); `true` counts the pair as retried without a second request.
   */
  landed?: (pair: DeliveryPair, signal: AbortSignal) => Promise<boolean>;
  signal: AbortSignal;
  /** Requests in flight at once. */
  concurrency?: number;
  /** Most requests started per second. */
  ratePerSecond?: number;
  /** Tries per pair for answers worth trying again. */
  maxTries?: number;
  /** First back-off; doubles on each further transient answer for the same pair. */
  backoffMs?: number;
  maxBackoffMs?: number;
  onProgress?: (progress: RunProgress) => void;
  onRetried?: (pair: DeliveryPair) => void;
  now?: () => number;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

export const DEFAULT_CONCURRENCY = 4;
export const DEFAULT_RATE_PER_SECOND = 10;

const TRANSIENT = new Set(["rate_limited", "server", "network"]);

/** A sleep that ends early (without throwing) when the run is cancelled. */
export function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted || ms <= 0) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
    signal.addEventListener("abort", done, { once: true });
  });
}

/**
 * Retries each pair once (duplicates in `pairs` are dropped), with at most
 * `concurrency` requests in flight and `ratePerSecond` started per second.
 * A 429 pauses every worker for its Retry-After (or the back-off) so the run
 * slows down instead of hammering; transient answers are tried again up to
 * `maxTries`; a cancel stops new requests and reports what was never sent.
 */
export async function runRetries(pairs: DeliveryPair[], options: RunOptions): Promise<RunSummary> {
  const {
    retry,
    landed,
    signal,
    concurrency = DEFAULT_CONCURRENCY,
    ratePerSecond = DEFAULT_RATE_PER_SECOND,
    maxTries = 5,
    backoffMs = 1000,
    maxBackoffMs = 30_000,
    onProgress,
    onRetried,
    now = Date.now,
    sleep = abortableSleep,
  } = options;
  const start = now();
  const unique = new Map(pairs.map((pair) => [pairKey(pair), pair]));
  const queue = [...unique.values()];
  const summary: RunSummary = {
    retried: [],
    confirmed: [],
    skipped: [],
    failed: [],
    notAttempted: [],
    cancelled: false,
    requests: 0,
    elapsedMs: 0,
  };
  const interval = 1000 / Math.max(ratePerSecond, 0.001);
  let nextStartAt = start;
  let pausedUntil = start;
  let backingOff = false;

  const report = () =>
    onProgress?.({
      done: summary.retried.length + summary.skipped.length + summary.failed.length,
      total: queue.length,
      retried: summary.retried.length,
      skipped: summary.skipped.length,
      failed: summary.failed.length,
      backingOff,
    });

  /** Waits for a free slot in the rate and for any shared pause to end. */
  async function takeTurn() {
    for (;;) {
      const at = Math.max(nextStartAt, pausedUntil);
      const wait = at - now();
      if (wait <= 0) break;
      await sleep(wait, signal);
      if (signal.aborted) return;
    }
    nextStartAt = Math.max(now(), nextStartAt) + interval;
  }

  async function handle(pair: DeliveryPair) {
    let delay = backoffMs;
    let answerLost = false;
    for (let tries = 1; ; tries++) {
      await takeTurn();
      if (signal.aborted) return false;
      if (answerLost && landed) {
        if (await landed(pair, signal).catch(() => false)) {
          summary.retried.push(pair);
          summary.confirmed.push(pair);
          onRetried?.(pair);
          return true;
        }
        if (signal.aborted) return false;
      }
      summary.requests += 1;
      let answer: RetryAnswer;
      try {
        answer = await retry(pair);
      } catch (error) {
        answer = { ok: false, kind: "network", message: String(error) };
      }
      if (answer.ok) {
        summary.retried.push(pair);
        onRetried?.(pair);
        return true;
      }
      answerLost = answer.kind === "network";
      if (!TRANSIENT.has(answer.kind) || tries >= maxTries) {
        const entry = { pair, reason: answer.message };
        if (answer.kind === "disabled" || answer.kind === "not_found") summary.skipped.push(entry);
        else summary.failed.push(entry);
        return true;
      }
      const wait = Math.min(maxBackoffMs, answer.retryAfterMs ?? delay);
      delay = Math.min(maxBackoffMs, delay * 2);
      if (answer.kind === "rate_limited") pausedUntil = Math.max(pausedUntil, now() + wait);
      backingOff = true;
      report();
      await sleep(answer.kind === "rate_limited" ? 0 : wait, signal);
      backingOff = false;
      if (signal.aborted) return false;
    }
  }

  let index = 0;
  async function worker() {
    while (index < queue.length && !signal.aborted) {
      const pair = queue[index++]!;
      const finished = await handle(pair);
      if (!finished) summary.notAttempted.push(pair);
      report();
    }
  }

  report();
  await Promise.all(
    Array.from({ length: Math.max(1, Math.min(concurrency, queue.length)) }, worker),
  );
  if (signal.aborted) {
    summary.cancelled = true;
    summary.notAttempted.push(...queue.slice(index));
  }
  summary.elapsedMs = now() - start;
  return summary;
}
