import { describe, expect, it } from "vitest";
import { bucketStarts } from "@/lib/time-buckets";
import { metricsWindow, parseRange, rangeOfSpan, RANGES, sameWindow } from "./metrics-window";

// Tue 2025-03-04 14:07:30 UTC
const NOW = Date.UTC(2025, 2, 4, 14, 7, 30);
const iso = (ms: number) => new Date(ms).toISOString();

describe("metricsWindow", () => {
  it.each([
    ["1h", "5m", "2025-03-04T13:05:00.000Z", "2025-03-04T14:10:00.000Z", 13],
    ["24h", "1h", "2025-03-03T14:00:00.000Z", "2025-03-04T15:00:00.000Z", 25],
    ["7d", "6h", "2025-02-25T12:00:00.000Z", "2025-03-04T18:00:00.000Z", 29],
    ["30d", "1d", "2025-02-02T00:00:00.000Z", "2025-03-05T00:00:00.000Z", 31],
  ] as const)("%s: %s buckets from %s to %s", (range, granularity, start, end, buckets) => {
    const window = metricsWindow(range, NOW);
    expect(window.granularity).toBe(granularity);
    expect(iso(window.start)).toBe(start);
    expect(iso(window.end)).toBe(end);
    expect(bucketStarts(window)).toHaveLength(buckets);
  });

  it("on a bucket boundary covers exactly the range", () => {
    const window = metricsWindow("24h", Date.UTC(2025, 2, 4, 14));
    expect(iso(window.start)).toBe("2025-03-03T14:00:00.000Z");
    expect(iso(window.end)).toBe("2025-03-04T14:00:00.000Z");
    expect(bucketStarts(window)).toHaveLength(24);
  });

  it("stays put within a bucket and moves forward once the next one starts", () => {
    const first = metricsWindow("24h", NOW);
    expect(sameWindow(first, metricsWindow("24h", Date.UTC(2025, 2, 4, 14, 59, 59)))).toBe(true);
    const later = metricsWindow("24h", Date.UTC(2025, 2, 4, 15, 0, 1));
    expect(sameWindow(first, later)).toBe(false);
    expect(later.start - first.start).toBe(3_600_000);
    expect(later.end - first.end).toBe(3_600_000);
  });

  it("keeps every range at a small number of buckets at any time", () => {
    for (let now = NOW; now < NOW + 2 * 86_400_000; now += 7 * 60_000 + 13_000) {
      for (const range of RANGES) {
        const count = bucketStarts(metricsWindow(range, now)).length;
        expect(count).toBeGreaterThanOrEqual(12);
        expect(count).toBeLessThanOrEqual(32);
      }
    }
  });
});

describe("parseRange", () => {
  it("accepts the known ranges and falls back to 24h", () => {
    expect(parseRange("7d")).toBe("7d");
    expect(parseRange("1h")).toBe("1h");
    expect(parseRange(null)).toBe("24h");
    expect(parseRange("2w")).toBe("24h");
  });
});

describe("rangeOfSpan", () => {
  it("recognises the range of any window built for it", () => {
    for (const range of RANGES) {
      const window = metricsWindow(range, NOW);
      expect(rangeOfSpan(window.end - window.start)).toBe(range);
    }
  });
});
