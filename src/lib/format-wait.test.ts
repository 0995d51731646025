import { describe, expect, it } from "vitest";
import { formatWait } from "./format-wait";

describe("formatWait", () => {
  it.each([
    [120_000, "2 min"],
    [90_000, "2 min"],
    [89_000, "89 s"],
    [1, "1 s"],
    [0, "1 s"],
    [3_600_000, "60 min"],
  ])("%i ms is %s", (ms, text) => {
    expect(formatWait(ms)).toBe(text);
  });
});
