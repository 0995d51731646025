import { describe, expect, it } from "vitest";
import type { MetricsResponse } from "@/api/types";
import { codeBreakdown, percentShares } from "./code-breakdown";

const sumOf = (values: number[]) => Math.round(values.reduce((a, b) => a + b, 0) * 10) / 10;

function byCode(counts: Record<string, number>): MetricsResponse {
  return {
    data: Object.entries(counts).map(([code, count]) => ({
      dimensions: { code },
      metrics: { count },
    })),
    metadata: {},
  };
}

describe("percentShares", () => {
  it("rounds to tenths that add up to exactly 100", () => {
    expect(percentShares([1, 1, 1])).toEqual([33.4, 33.3, 33.3]);
    expect(percentShares([2, 1])).toEqual([66.7, 33.3]);
    expect(percentShares([997, 2, 1])).toEqual([99.7, 0.2, 0.1]);
    for (const counts of [[7, 13, 29, 1], [1, 1, 1, 1, 1, 1, 1], [123_456, 7, 3], [5]]) {
      expect(sumOf(percentShares(counts))).toBe(100);
    }
  });

  it("is all zeros when there is nothing to share", () => {
    expect(percentShares([0, 0])).toEqual([0, 0]);
    expect(percentShares([])).toEqual([]);
  });
});

describe("codeBreakdown", () => {
  it("lists codes by count with their shares and whether they are successes", () => {
    const shares = codeBreakdown(byCode({ "500": 30, "200": 160, timeout: 10 }));
    expect(shares).toEqual([
      { code: "200", count: 160, percent: 80, ok: true },
      { code: "500", count: 30, percent: 15, ok: false },
      { code: "timeout", count: 10, percent: 5, ok: false },
    ]);
    expect(sumOf(shares.map((s) => s.percent))).toBe(100);
  });

  it("treats Outpost's OK as a success, drops empty codes' zero rows and merges repeats", () => {
    const response = byCode({ OK: 4, ERR: 0 });
    response.data.push({ dimensions: { code: "OK" }, metrics: { count: 2 } });
    expect(codeBreakdown(response)).toEqual([{ code: "OK", count: 6, percent: 100, ok: true }]);
  });

  it("is empty without deliveries", () => {
    expect(codeBreakdown(byCode({}))).toEqual([]);
    expect(codeBreakdown(undefined)).toEqual([]);
  });
});
