import { describe, expect, it } from "vitest";
import { bucketIndex, bucketStarts } from "./time-buckets";

const HOUR = 3_600_000;
const start = Date.UTC(2026, 0, 1, 10);
const window = { start, end: start + 3 * HOUR, bucketMs: HOUR };
const at = (ms: number) => new Date(ms).toISOString();

describe("time buckets", () => {
  it("starts one bucket per bucketMs, end exclusive", () => {
    expect(bucketStarts(window)).toEqual([start, start + HOUR, start + 2 * HOUR]);
  });

  it("puts a time in the bucket that holds it, the start inclusive", () => {
    expect(bucketIndex(window, at(start))).toBe(0);
    expect(bucketIndex(window, at(start + HOUR - 1))).toBe(0);
    expect(bucketIndex(window, at(start + HOUR))).toBe(1);
    expect(bucketIndex(window, at(start + 3 * HOUR - 1))).toBe(2);
  });

  it("has no bucket for times outside the window or without a time", () => {
    expect(bucketIndex(window, at(start - 1))).toBeUndefined();
    expect(bucketIndex(window, at(start + 3 * HOUR))).toBeUndefined();
    expect(bucketIndex(window, undefined)).toBeUndefined();
    expect(bucketIndex(window, "yesterday")).toBeUndefined();
  });
});
