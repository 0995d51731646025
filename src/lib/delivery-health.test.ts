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
      total: 0,
    });
  });

  it("is failing when every delivery failed, with the count and the last error", () => {
    expect(deliveryHealth(input(hours([0, 4], [0, 8]), "500"))).toEqual({
      state: "failing",
      total: 12,
      failed: 12,
      latestHourFailed: false,
      lastErrorCode: "500",
    });
  });

  it("is healthy when all succeeded", () => {
    expect(deliveryHealth(input(hours([3, 0], [9, 0]), "500"))).toMatchObject({
      state: "healthy",
      failed: 0,
      lastErrorCode: null,
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
    expect(health).toMatchObject({ failed: 50, total: 53, lastErrorCode: "503" });
  });

  it("is degraded when a healthy day ends in an hour of failures only", () => {
    const health = deliveryHealth(input(hours([1000, 0], [0, 0], [0, 3])));
    expect(health.state).toBe("degraded");
    expect(health).toMatchObject({ failed: 3, total: 1003, latestHourFailed: true });
  });

  it("is failing at exactly half failed when the latest hour failed", () => {
    expect(deliveryHealth(input(hours([5, 0], [0, 5]))).state).toBe("failing");
  });
});
