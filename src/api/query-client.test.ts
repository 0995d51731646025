import { describe, expect, it, vi } from "vitest";
import { ApiError } from "./api-error";
import { createQueryClient, retryDelay, shouldRetry } from "./query-client";

const err = (status: number, retryAfterMs: number | null = null) =>
  new ApiError({ status, message: `status ${status}`, retryAfterMs });

describe("shouldRetry", () => {
  it.each([400, 401, 403, 404, 409, 422])("never retries %i", (status) => {
    expect(shouldRetry(0, err(status))).toBe(false);
  });

  it.each([
    ["429", err(429)],
    ["500", err(500)],
    ["502", err(502)],
    ["503", err(503)],
    ["a network error", err(0)],
    ["a non-API error", new TypeError("boom")],
  ])("retries %s up to 3 times", (_name, error) => {
    expect([0, 1, 2, 3, 4].map((count) => shouldRetry(count, error))).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });
});

describe("shouldRetry and the user's patience", () => {
  it("never retries a read that outlived its deadline", () => {
    const timeout = new ApiError({ status: 0, code: "timeout", message: "slow" });
    expect(shouldRetry(0, timeout)).toBe(false);
  });

  it("retries a 429 with a short wait silently, and leaves a long one to the user", () => {
    expect(shouldRetry(0, err(429, 10_000))).toBe(true);
    expect(shouldRetry(0, err(429, 120_000))).toBe(false);
  });
});

describe("retryDelay", () => {
  it("honours Retry-After", () => {
    expect(retryDelay(0, err(429, 3000))).toBe(3000);
    expect(retryDelay(5, err(503, 0))).toBe(0);
  });

  it("caps Retry-After at 60 s", () => {
    expect(retryDelay(0, err(429, 60_000))).toBe(60_000);
    expect(retryDelay(0, err(429, 3_600_000))).toBe(60_000);
  });

  it("backs off exponentially with jitter between half and all of the step", () => {
    const random = vi.spyOn(Math, "random");
    const at = (attempt: number, r: number) => {
      random.mockReturnValue(r);
      return retryDelay(attempt, err(500));
    };
    expect([0, 1, 2, 3].map((attempt) => at(attempt, 0))).toEqual([500, 1000, 2000, 4000]);
    expect([0, 1, 2, 3].map((attempt) => at(attempt, 0.999999))).toEqual(
      [1000, 2000, 4000, 8000].map((max) => expect.closeTo(max, 0)),
    );
  });

  it("caps the backoff at 15 s", () => {
    const random = vi.spyOn(Math, "random");
    random.mockReturnValue(0.999999);
    expect(retryDelay(4, new Error("x"))).toBeCloseTo(15_000, -1);
    expect(retryDelay(10, new Error("x"))).toBeLessThanOrEqual(15_000);
    random.mockReturnValue(0);
    expect(retryDelay(10, new Error("x"))).toBe(7500);
  });

  it("uses backoff for errors without Retry-After", () => {
    vi.spyOn(Math, "random").mockReturnValue(0.5);
    expect(retryDelay(1, err(502))).toBe(1500);
    expect(retryDelay(1, err(0))).toBe(1500);
  });
});

describe("createQueryClient", () => {
  it("retries a 429 after its Retry-After and resolves", async () => {
    const client = createQueryClient();
    let calls = 0;
    const started: number[] = [];
    const queryFn = async () => {
      started.push(performance.now());
      calls += 1;
      if (calls === 1) throw err(429, 10);
      return { data: ["ok"] };
    };
    // No retry options here: the client's defaults must carry the policy.
    await expect(client.fetchQuery({ queryKey: ["rate-limited"], queryFn })).resolves.toEqual({
      data: ["ok"],
    });
    expect(calls).toBe(2);
    expect(started[1]! - started[0]!).toBeGreaterThanOrEqual(9);
    client.clear();
  });

  it("gives up at once on a 404", async () => {
    const client = createQueryClient();
    const queryFn = vi.fn(async () => {
      throw err(404);
    });
    await expect(client.fetchQuery({ queryKey: ["missing"], queryFn })).rejects.toMatchObject({
      status: 404,
    });
    expect(queryFn).toHaveBeenCalledTimes(1);
    client.clear();
  });

  it("sets the app defaults: 30 s stale time and no mutation retries", () => {
    const defaults = createQueryClient().getDefaultOptions();
    expect(defaults.queries?.staleTime).toBe(30_000);
    expect(defaults.queries?.retry).toBe(shouldRetry);
    expect(defaults.queries?.retryDelay).toBe(retryDelay);
    expect(defaults.mutations?.retry).toBe(false);
  });
});
