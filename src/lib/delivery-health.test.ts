import { describe, expect, it } from "vitest";
import { deliveryHealth } from "./delivery-health";

const hours = (...counts: [number, number][]) =>
  counts.map(([success, failed]) => ({ success, failed }));
const input = (buckets: { success: number; failed: number }[], lastErrorCode?: string) => ({
  success: buckets.reduce((n, b) => n + b.success, 0),
  failed: buckets.reduce((n, b) => n + b.failed, 0),
  buckets,
  lastErrorCode,
});

describe("deliveryHealth", () => {
  it("says so when nothing was delivered", () => {
    expect(deliveryHealth(input(hours([0, 0], [0, 0])))).toMatchObject({
      state: "idle",
      label: "No recent deliveries",
      reason: "No deliveries in the last 24 h",
    });
  });

  it("is failing when every delivery failed, with the count and the last error", () => {
    expect(deliveryHealth(input(hours([0, 4], [0, 8]), "500"))).toEqual({
      state: "failing",
      label: "Failing",
      reason: "12 of 12 deliveries failed in the last 24 h · last error 500",
      total: 12,
      failed: 12,
    });
  });

  it("is healthy when all succeeded", () => {
    expect(deliveryHealth(input(hours([3, 0], [9, 0])))).toMatchObject({
      state: "healthy",
      reason: "All 12 deliveries succeeded in the last 24 h",
    });
  });

  it("is healthy below 5 % failures when the latest hour succeeded", () => {
    expect(deliveryHealth(input(hours([2, 2], [98, 0]))).state).toBe("healthy");
  });

  it("is degraded from 5 % failures", () => {
    expect(deliveryHealth(input(hours([85, 5], [10, 0]))).state).toBe("degraded");
  });

  it("is degraded, not failing, when mostly failing but the latest hour recovered", () => {
    const health = deliveryHealth(input(hours([0, 50], [3, 0]), "503"));
    expect(health.state).toBe("degraded");
    expect(health.reason).toBe("50 of 53 deliveries failed in the last 24 h · last error 503");
  });

  it("is degraded when a healthy day ends in an hour of failures only", () => {
    const health = deliveryHealth(input(hours([1000, 0], [0, 0], [0, 3])));
    expect(health.state).toBe("degraded");
    expect(health.reason).toBe(
      "3 of 1,003 deliveries failed in the last 24 h · the latest hour failed",
    );
  });

  it("is failing at exactly half failed when the latest hour failed", () => {
    expect(deliveryHealth(input(hours([5, 0], [0, 5]))).state).toBe("failing");
  });
});
