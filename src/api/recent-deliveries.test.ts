import { describe, expect, it } from "vitest";
import { groupByDestination, last24Hours } from "./recent-deliveries";

const HOUR = 3_600_000;

describe("recent deliveries", () => {
  it("aligns the window to whole hours, ending after the current one", () => {
    const now = Date.UTC(2026, 10, 22, 14, 35);
    expect(last24Hours(now)).toEqual({
      start: Date.UTC(2026, 10, 21, 15),
      end: Date.UTC(2026, 10, 22, 15),
    });
  });

  it("sums per destination into 24 hourly buckets and skips points outside the window", () => {
    const start = Date.UTC(2026, 10, 21, 15);
    const point = (id: string, hour: number, ok: number, failed: number) => ({
      time_bucket: new Date(start + hour * HOUR).toISOString(),
      dimensions: { destination_id: id },
      metrics: { successful_count: ok, failed_count: failed },
    });
    const grouped = groupByDestination(
      [
        point("a", 0, 3, 1),
        point("a", 23, 2, 0),
        point("b", 5, 0, 4),
        point("a", 24, 9, 9),
        point("a", -1, 9, 9),
      ],
      start,
    );
    const a = grouped.get("a")!;
    expect([a.success, a.failed]).toEqual([5, 1]);
    expect(a.buckets).toHaveLength(24);
    expect(a.buckets[0]).toEqual({ success: 3, failed: 1 });
    expect(a.buckets[23]).toEqual({ success: 2, failed: 0 });
    expect(grouped.get("b")!.buckets[5]).toEqual({ success: 0, failed: 4 });
    expect([...grouped.keys()]).toEqual(["a", "b"]);
  });
});
