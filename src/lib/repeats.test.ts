import { describe, expect, it } from "vitest";
import { findRepeats } from "./repeats";
import { duplicateKeys } from "./key-value-rows";

describe("findRepeats", () => {
  it("reports each later item with the index of the first one sharing its identity", () => {
    expect(findRepeats(["a", "b", "a", "c", "b", "a"], (item) => item)).toEqual([
      { index: 2, firstIndex: 0 },
      { index: 4, firstIndex: 1 },
      { index: 5, firstIndex: 0 },
    ]);
  });

  it("ignores items without an identity", () => {
    expect(findRepeats(["", "x", "", "X"], (item) => item.toLowerCase() || null)).toEqual([
      { index: 3, firstIndex: 1 },
    ]);
  });
});

describe("duplicateKeys", () => {
  it("names each trimmed key used on more than one row once, ignoring empty keys", () => {
    const rows = [" env", "team", "env ", "", "", "env", "team"].map((key) => ({ key, value: "" }));
    expect(duplicateKeys(rows)).toEqual(["env", "team"]);
  });
});
