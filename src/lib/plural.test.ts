import { describe, expect, it } from "vitest";
import { countOf } from "./plural";

describe("countOf", () => {
  it("picks the singular for one and the plural otherwise, zero included", () => {
    expect(countOf(1, "delivery", "deliveries")).toBe("1 delivery");
    expect(countOf(0, "delivery", "deliveries")).toBe("0 deliveries");
    expect(countOf(2, "first attempt", "first attempts")).toBe("2 first attempts");
  });

  it("groups the digits of large counts", () => {
    expect(countOf(12345, "event", "events")).toBe("12,345 events");
  });
});
