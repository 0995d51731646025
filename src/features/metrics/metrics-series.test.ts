import { describe, expect, it } from "vitest";
import type { MetricsResponse } from "@/api/types";
import { buildSeries, errorRate, peakBucket, totalsOf } from "./metrics-series";
import { metricsWindow } from "./metrics-window";

const NOW = Date.UTC(2025, 2, 4, 14, 7, 30);
const window = metricsWindow("24h", NOW); // 2025-03-03T14:00Z … 2025-03-04T15:00Z, hourly
const hour = (day: number, h: number) => Date.UTC(2025, 2, day, h);

function response(points: [string | undefined, Record<string, number>][]): MetricsResponse {
  return {
    data: points.map(([time_bucket, metrics]) => ({ time_bucket, dimensions: {}, metrics })),
    metadata: { granularity: "1h" },
  };
}

describe("buildSeries", () => {
  it("fills the buckets the server left out with zeros", () => {
    const series = buildSeries(
      response([
        ["2025-03-03T14:00:00Z", { successful_count: 3, failed_count: 1 }],
        ["2025-03-04T09:00:00Z", { successful_count: 10, failed_count: 0, retry_count: 2 }],
      ]),
      window,
    );
    expect(series).toHaveLength(25);
    expect(series[0]).toEqual({
      start: hour(3, 14),
      successful: 3,
      failed: 1,
      firstAttempts: 0,
      retries: 0,
    });
    expect(series[19]).toMatchObject({ start: hour(4, 9), successful: 10, retries: 2 });
    expect(series[1]).toEqual({
      start: hour(3, 15),
      successful: 0,
      failed: 0,
      firstAttempts: 0,
      retries: 0,
    });
    expect(series.at(-1)?.start).toBe(hour(4, 14));
  });

  it("ignores points outside the window or without a bucket", () => {
    const series = buildSeries(
      response([
        ["2025-03-03T13:00:00Z", { successful_count: 99 }],
        ["2025-03-04T15:00:00Z", { successful_count: 99 }],
        [undefined, { successful_count: 99 }],
      ]),
      window,
    );
    expect(totalsOf(series).total).toBe(0);
  });

  it("gives an empty window when there is no response yet", () => {
    expect(buildSeries(undefined, window).every((b) => b.successful + b.failed === 0)).toBe(true);
  });
});

describe("totalsOf", () => {
  it("sums every bucket, like a query without granularity would", () => {
    const series = buildSeries(
      response([
        [
          "2025-03-04T09:00:00Z",
          { successful_count: 1000, failed_count: 6, first_attempt_count: 950, retry_count: 56 },
        ],
        [
          "2025-03-04T14:00:00Z",
          { successful_count: 234, failed_count: 50, first_attempt_count: 250, retry_count: 34 },
        ],
      ]),
      window,
    );
    const totals = totalsOf(series);
    expect(totals).toEqual({
      successful: 1234,
      failed: 56,
      total: 1290,
      firstAttempts: 1200,
      retries: 90,
      errorRate: 56 / 1290,
    });
    expect(totals.firstAttempts + totals.retries).toBe(totals.total);
  });

  it("has an error rate of 0, not NaN, without deliveries", () => {
    expect(errorRate(0, 0)).toBe(0);
    expect(totalsOf(buildSeries(undefined, window)).errorRate).toBe(0);
    expect(totalsOf([]).errorRate).toBe(0);
  });
});

describe("peakBucket", () => {
  it("is the earliest bucket with the most deliveries, successes and failures together", () => {
    const series = buildSeries(
      response([
        ["2025-03-03T20:00:00Z", { successful_count: 5, failed_count: 5 }],
        ["2025-03-04T02:00:00Z", { successful_count: 9 }],
        ["2025-03-04T08:00:00Z", { failed_count: 10 }],
      ]),
      window,
    );
    expect(peakBucket(series)?.start).toBe(hour(3, 20));
  });

  it("is undefined when nothing was delivered", () => {
    expect(peakBucket(buildSeries(undefined, window))).toBeUndefined();
  });
});
