import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  collectFailedPairs,
  pairKey,
  runRetries,
  type DeliveryPair,
  type FailedAttemptLike,
  type RetryAnswer,
} from "./bulk-retry";

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
});
afterEach(() => {
  vi.useRealTimers();
});

/** Fake timers: back-offs and rate waits run in virtual time, one timer after the next. */
function virtualClock() {
  return {
    now: () => Date.now(),
    sleep: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
  };
}

/** Runs the timers until the promise settles. */
async function settle<T>(promise: Promise<T>): Promise<T> {
  let done = false;
  void promise.finally(() => (done = true)).catch(() => undefined);
  while (!done) await vi.advanceTimersToNextTimerAsync();
  return promise;
}

const pair = (e: number, d = "d1"): DeliveryPair => ({ eventId: `e${e}`, destinationId: d });
const pairs = (n: number, d = "d1") => Array.from({ length: n }, (_, i) => pair(i, d));
const ok = (): RetryAnswer => ({ ok: true });

describe("runRetries", () => {
  it("retries every distinct pair exactly once", async () => {
    const clock = virtualClock();
    const sent: string[] = [];
    const summary = await settle(
      runRetries([...pairs(5), pair(2), pair(4), pair(1, "d2")], {
        now: clock.now,
        signal: new AbortController().signal,
        retry: async (p) => {
          sent.push(pairKey(p));
          return ok();
        },
      }),
    );
    expect(sent).toHaveLength(6);
    expect(new Set(sent).size).toBe(6);
    expect(summary.retried).toHaveLength(6);
    expect(summary.requests).toBe(6);
    expect(summary).toMatchObject({ failed: [], skipped: [], notAttempted: [], cancelled: false });
  });

  it("keeps at most `concurrency` requests in flight", async () => {
    const clock = virtualClock();
    let inFlight = 0;
    let most = 0;
    await settle(
      runRetries(pairs(20), {
        now: clock.now,
        signal: new AbortController().signal,
        concurrency: 3,
        ratePerSecond: 1000,
        retry: async () => {
          inFlight += 1;
          most = Math.max(most, inFlight);
          await clock.sleep(50);
          inFlight -= 1;
          return ok();
        },
      }),
    );
    expect(most).toBe(3);
  });

  it("starts no more than `ratePerSecond` requests per second", async () => {
    const clock = virtualClock();
    const starts: number[] = [];
    const summary = await settle(
      runRetries(pairs(12), {
        now: clock.now,
        signal: new AbortController().signal,
        concurrency: 4,
        ratePerSecond: 4,
        retry: async () => {
          starts.push(clock.now());
          return ok();
        },
      }),
    );
    const gaps = starts.slice(1).map((t, i) => t - starts[i]!);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(250);
    // 12 requests at 4 per second: the last starts 11 intervals after the first.
    expect(starts.at(-1)! - starts[0]!).toBe(2750);
    expect(summary.elapsedMs).toBe(2750);
  });

  it("on 429 pauses every worker for Retry-After, then retries the pair once", async () => {
    const clock = virtualClock();
    const starts: { key: string; at: number }[] = [];
    let limited = false;
    const summary = await settle(
      runRetries(pairs(6), {
        now: clock.now,
        signal: new AbortController().signal,
        concurrency: 2,
        ratePerSecond: 100,
        retry: async (p) => {
          starts.push({ key: pairKey(p), at: clock.now() });
          if (p.eventId === "e2" && !limited) {
            limited = true;
            return { ok: false, kind: "rate_limited", message: "429", retryAfterMs: 5000 };
          }
          return ok();
        },
      }),
    );
    expect(summary.retried.map((p) => p.eventId).sort()).toEqual([
      "e0",
      "e1",
      "e2",
      "e3",
      "e4",
      "e5",
    ]);
    expect(summary.requests).toBe(7);
    const limitedAt = starts.find((s) => s.key === pairKey(pair(2)))!.at;
    const after = starts.filter((s) => s.at > limitedAt);
    // Nothing started during the pause.
    expect(after.every((s) => s.at >= limitedAt + 5000)).toBe(true);
    expect(after.length).toBeGreaterThan(0);
  });

  it("tries transient failures again with growing back-off, and gives up after maxTries", async () => {
    const clock = virtualClock();
    const tries = new Map<string, number[]>();
    const summary = await settle(
      runRetries([pair(1), pair(2)], {
        now: clock.now,
        signal: new AbortController().signal,
        concurrency: 1,
        ratePerSecond: 1000,
        maxTries: 3,
        backoffMs: 100,
        retry: async (p) => {
          const list = tries.get(p.eventId) ?? [];
          list.push(clock.now());
          tries.set(p.eventId, list);
          if (p.eventId === "e1" && list.length < 2)
            return { ok: false, kind: "server", message: "HTTP 503" };
          if (p.eventId === "e2") return { ok: false, kind: "network", message: "offline" };
          return ok();
        },
      }),
    );
    expect(summary.retried).toEqual([pair(1)]);
    expect(summary.failed).toEqual([{ pair: pair(2), reason: "offline" }]);
    expect(tries.get("e1")).toHaveLength(2);
    const e2 = tries.get("e2")!;
    expect(e2).toHaveLength(3);
    expect(e2[1]! - e2[0]!).toBeGreaterThanOrEqual(100);
    expect(e2[2]! - e2[1]!).toBeGreaterThanOrEqual(200);
  });

  it("survives a network drop mid-run: every pair ends retried exactly once", async () => {
    const clock = virtualClock();
    const accepted = new Map<string, number>();
    let calls = 0;
    const summary = await settle(
      runRetries(pairs(30), {
        now: clock.now,
        signal: new AbortController().signal,
        concurrency: 4,
        maxTries: 6,
        retry: async (p) => {
          calls += 1;
          // Requests 10 to 19 find no network.
          if (calls >= 10 && calls < 20) throw new TypeError("Failed to fetch");
          accepted.set(pairKey(p), (accepted.get(pairKey(p)) ?? 0) + 1);
          return ok();
        },
      }),
    );
    expect(summary.retried).toHaveLength(30);
    expect(summary.failed).toEqual([]);
    expect([...accepted.values()].every((n) => n === 1)).toBe(true);
    expect(accepted.size).toBe(30);
  });

  it("a lost answer (the retry landed, the response never came) is checked, not sent again", async () => {
    const clock = virtualClock();
    const accepted = new Map<string, number>();
    const checked: string[] = [];
    const lost: string[] = [];
    let calls = 0;
    const summary = await settle(
      runRetries(pairs(12), {
        now: clock.now,
        signal: new AbortController().signal,
        retry: async (p) => {
          calls += 1;
          const key = pairKey(p);
          // Requests 3-5 reach the server, then the connection drops before the answer;
          // requests 8-9 never leave the browser.
          if (calls >= 8 && calls <= 9) throw new TypeError("Failed to fetch");
          accepted.set(key, (accepted.get(key) ?? 0) + 1);
          if (calls >= 3 && calls <= 5) {
            lost.push(p.eventId);
            throw new TypeError("Failed to fetch");
          }
          return ok();
        },
        landed: async (p) => {
          checked.push(p.eventId);
          return accepted.has(pairKey(p));
        },
      }),
    );
    expect(summary.retried).toHaveLength(12);
    expect(lost).toHaveLength(3);
    expect(summary.confirmed.map((p) => p.eventId).sort()).toEqual(lost.sort());
    expect(checked).toHaveLength(5);
    // Every pair reached the server exactly once.
    expect(accepted.size).toBe(12);
    expect([...accepted.values()].every((n) => n === 1)).toBe(true);
    // 12 that got through, 3 lost answers, 2 that never left: no resend of the 3.
    expect(summary.requests).toBe(14);
    expect(summary.failed).toEqual([]);
  });

  it("a check that fails itself means: send again", async () => {
    const clock = virtualClock();
    let calls = 0;
    const summary = await settle(
      runRetries(pairs(2), {
        now: clock.now,
        signal: new AbortController().signal,
        concurrency: 1,
        retry: async () => {
          calls += 1;
          if (calls === 1) throw new TypeError("Failed to fetch");
          return ok();
        },
        landed: async () => {
          throw new TypeError("Failed to fetch");
        },
      }),
    );
    expect(summary.retried).toHaveLength(2);
    expect(summary.confirmed).toEqual([]);
    expect(summary.requests).toBe(3);
  });

  it("reports disabled and missing destinations as skipped, other refusals as failed", async () => {
    const clock = virtualClock();
    const answers: Record<string, RetryAnswer> = {
      e0: { ok: false, kind: "disabled", message: "destination disabled" },
      e1: { ok: false, kind: "not_found", message: "event not found" },
      e2: { ok: false, kind: "rejected", message: "HTTP 400" },
    };
    const summary = await settle(
      runRetries(pairs(4), {
        now: clock.now,
        signal: new AbortController().signal,
        retry: async (p) => answers[p.eventId] ?? ok(),
      }),
    );
    expect(summary.retried).toEqual([pair(3)]);
    expect(summary.skipped.map((s) => s.reason)).toEqual([
      "destination disabled",
      "event not found",
    ]);
    expect(summary.failed).toEqual([{ pair: pair(2), reason: "HTTP 400" }]);
  });

  it("on cancel sends nothing more and lists exactly what was never sent", async () => {
    const clock = virtualClock();
    const controller = new AbortController();
    const sent = new Set<string>();
    const summary = await settle(
      runRetries(pairs(20), {
        now: clock.now,
        signal: controller.signal,
        concurrency: 2,
        retry: async (p) => {
          sent.add(pairKey(p));
          if (sent.size === 7) controller.abort();
          return ok();
        },
      }),
    );
    expect(summary.cancelled).toBe(true);
    expect(summary.retried.map(pairKey).sort()).toEqual([...sent].sort());
    expect(summary.retried.length + summary.notAttempted.length).toBe(20);
    expect(summary.notAttempted.some((p) => sent.has(pairKey(p)))).toBe(false);
  });

  it("reports progress up to the total", async () => {
    const clock = virtualClock();
    const seen: number[] = [];
    await settle(
      runRetries(pairs(3), {
        now: clock.now,
        signal: new AbortController().signal,
        retry: async () => ok(),
        onProgress: (p) => seen.push(p.done),
      }),
    );
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(3);
  });
});

describe("collectFailedPairs", () => {
  const attempt = (e: number, d = "d1"): FailedAttemptLike => ({
    event_id: `e${e}`,
    destination_id: d,
  });

  function pagesOf(items: FailedAttemptLike[], size: number) {
    const calls: (string | undefined)[] = [];
    const listFailed = async (cursor: string | undefined) => {
      calls.push(cursor);
      const start = cursor ? Number(cursor) : 0;
      const end = start + size;
      return { items: items.slice(start, end), next: end < items.length ? String(end) : null };
    };
    return { listFailed, calls };
  }

  it("pages through every failed attempt and keeps each pair once", async () => {
    // Each event failed three times (automatic retries) to d1, and once to d2.
    const items = [0, 1, 2, 3].flatMap((e) => [
      attempt(e),
      attempt(e),
      attempt(e),
      attempt(e, "d2"),
    ]);
    const { listFailed, calls } = pagesOf(items, 5);
    const result = await settle(
      collectFailedPairs(
        {
          listFailed,
          delivered: async () => new Set(),
          isDisabled: () => false,
          recentlyRetried: () => false,
        },
        { signal: new AbortController().signal },
      ),
    );
    expect(calls).toEqual([undefined, "5", "10", "15"]);
    expect(result.pages).toBe(4);
    expect(result.attemptsRead).toBe(16);
    expect(result.pairs).toHaveLength(8);
    expect(new Set(result.pairs.map(pairKey)).size).toBe(8);
    expect(result.truncated).toBe(false);
  });

  it("remembers each pair's newest failed attempt (the first listed)", async () => {
    const items = [
      { id: "a3", event_id: "e1", destination_id: "d1" },
      { id: "a2", event_id: "e2", destination_id: "d1" },
      { id: "a1", event_id: "e1", destination_id: "d1" },
    ];
    const { listFailed } = pagesOf(items, 2);
    const result = await settle(
      collectFailedPairs(
        {
          listFailed,
          delivered: async () => new Set(),
          isDisabled: () => false,
          recentlyRetried: () => false,
        },
        { signal: new AbortController().signal },
      ),
    );
    expect([...result.latestFailed]).toEqual([
      [pairKey(pair(1)), "a3"],
      [pairKey(pair(2)), "a2"],
    ]);
  });

  it("skips pairs delivered since, on disabled destinations, or retried moments ago", async () => {
    const items = [attempt(0), attempt(1), attempt(2, "off"), attempt(3), attempt(4)];
    const { listFailed } = pagesOf(items, 2);
    const result = await settle(
      collectFailedPairs(
        {
          listFailed,
          delivered: async (asked) => new Set(asked.filter((p) => p.eventId === "e1").map(pairKey)),
          isDisabled: (d) => d === "off",
          recentlyRetried: (p) => p.eventId === "e3",
        },
        { signal: new AbortController().signal },
      ),
    );
    expect(result.pairs).toEqual([pair(0), pair(4)]);
    expect(result.skipped.map((s) => [s.pair.eventId, s.reason])).toEqual([
      ["e1", "delivered since"],
      ["e2", "destination disabled"],
      ["e3", "retried moments ago"],
    ]);
  });

  it("stops at maxPairs and says more exist", async () => {
    const { listFailed, calls } = pagesOf(
      Array.from({ length: 50 }, (_, i) => attempt(i)),
      10,
    );
    const result = await settle(
      collectFailedPairs(
        {
          listFailed,
          delivered: async () => new Set(),
          isDisabled: () => false,
          recentlyRetried: () => false,
        },
        { signal: new AbortController().signal, maxPairs: 15 },
      ),
    );
    expect(result.pairs).toHaveLength(15);
    expect(result.truncated).toBe(true);
    expect(calls).toHaveLength(2);
  });
});
