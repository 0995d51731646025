import { describe, expect, it } from "vitest";
import { topicBreakdown } from "./topic-breakdown";

const point = (topic: string, count: number, failed: number) => ({
  dimensions: { topic },
  metrics: { count, failed_count: failed },
});

describe("topicBreakdown", () => {
  it("sums per topic, computes the error rate and puts the busiest first", () => {
    const rows = topicBreakdown({
      data: [
        point("order.paid", 3, 1),
        point("user.created", 10, 0),
        point("order.paid", 1, 1),
        point("none", 0, 0),
      ],
      metadata: {},
    });
    expect(rows).toEqual([
      { topic: "user.created", count: 10, failed: 0, errorRate: 0 },
      { topic: "order.paid", count: 4, failed: 2, errorRate: 0.5 },
    ]);
  });

  it("is empty without data", () => {
    expect(topicBreakdown(undefined)).toEqual([]);
  });
});
