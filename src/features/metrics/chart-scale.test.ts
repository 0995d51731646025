import { describe, expect, it } from "vitest";
import { countTicks, dayStartIndexes, labelledIndexes, thinOut } from "./chart-scale";
import { bucketStarts } from "@/lib/time-buckets";
import { metricsWindow } from "./metrics-window";

describe("countTicks", () => {
  it.each([
    [0, [0, 1]],
    [1, [0, 1]],
    [3, [0, 1, 2, 3]],
    [7, [0, 2, 4, 6, 8]],
    [17, [0, 5, 10, 15, 20]],
    [1006, [0, 500, 1000, 1500]],
  ])("%i → %j", (max, ticks) => {
    expect(countTicks(max)).toEqual(ticks);
  });
});

describe("labelledIndexes", () => {
  it("labels at most four buckets, evenly, always the newest", () => {
    for (const count of [12, 13, 25, 29, 31]) {
      const indexes = labelledIndexes(count);
      expect(indexes.length).toBeLessThanOrEqual(4);
      expect(indexes.at(-1)).toBe(count - 1);
      expect(indexes[0]).toBeGreaterThanOrEqual(0);
    }
    expect(labelledIndexes(25)).toEqual([3, 10, 17, 24]);
    expect(labelledIndexes(3)).toEqual([0, 1, 2]);
    // A narrow chart asks for fewer; the newest bucket keeps its label.
    expect(labelledIndexes(25, 2)).toEqual([11, 24]);
  });
});

describe("thinOut", () => {
  it("keeps every other day start when there are too many", () => {
    expect(thinOut([2, 6, 10, 14, 18, 22, 26])).toEqual([2, 10, 18, 26]);
    expect(thinOut([2, 6, 10])).toEqual([2, 6, 10]);
  });
});

describe("dayStartIndexes", () => {
  it("marks one 6-hour bucket per local day", () => {
    const starts = bucketStarts(metricsWindow("7d", Date.UTC(2025, 2, 4, 14, 7, 30)));
    const indexes = dayStartIndexes(starts);
    expect(indexes.length).toBeGreaterThanOrEqual(7);
    expect(indexes.length).toBeLessThanOrEqual(8);
    for (const index of indexes) {
      const day = new Date(starts[index]!).getDate();
      expect(new Date(starts[index - 1]!).getDate()).not.toBe(day);
    }
    indexes.slice(1).forEach((index, n) => expect(index - indexes[n]!).toBe(4));
  });
});
