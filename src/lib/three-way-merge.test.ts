import { describe, expect, it } from "vitest";
import { mergeMaps } from "./three-way-merge";

describe("mergeMaps", () => {
  it("keeps another tab's new key while adding mine", () => {
    const base = { plan: "pro" };
    const mine = { plan: "pro", region: "eu" };
    const theirs = { plan: "pro", owner: "ana" };
    expect(mergeMaps(base, mine, theirs)).toEqual({
      merged: { plan: "pro", owner: "ana", region: "eu" },
      conflicts: [],
    });
  });

  it("lets my changed and removed keys win, and untouched keys keep the server's value", () => {
    const base = { a: "1", b: "2", c: "3" };
    const mine = { a: "10", c: "3" }; // changed a, removed b, left c alone
    const theirs = { a: "1", b: "2", c: "30" }; // someone changed c
    expect(mergeMaps(base, mine, theirs)).toEqual({
      merged: { a: "10", c: "30" },
      conflicts: [],
    });
  });

  it("reports a conflict when both sides changed the same key differently", () => {
    const { merged, conflicts } = mergeMaps({ a: "1" }, { a: "mine" }, { a: "theirs" });
    expect(conflicts).toEqual([{ key: "a", mine: "mine", theirs: "theirs" }]);
    expect(merged).toEqual({ a: "theirs" });
  });

  it("counts a removal against a change as a conflict, in either direction", () => {
    expect(mergeMaps({ a: "1" }, {}, { a: "2" }).conflicts).toEqual([
      { key: "a", mine: undefined, theirs: "2" },
    ]);
    expect(mergeMaps({ a: "1" }, { a: "3" }, {}).conflicts).toEqual([
      { key: "a", mine: "3", theirs: undefined },
    ]);
  });

  it("is no conflict when both sides made the same change", () => {
    expect(mergeMaps({ a: "1" }, { a: "2", b: "x" }, { a: "2", b: "x" })).toEqual({
      merged: { a: "2", b: "x" },
      conflicts: [],
    });
    expect(mergeMaps({ a: "1" }, {}, {})).toEqual({ merged: {}, conflicts: [] });
  });

  it("treats null metadata as empty and ignores inherited keys", () => {
    expect(mergeMaps(null, { toString: "x" }, null)).toEqual({
      merged: { toString: "x" },
      conflicts: [],
    });
    expect(mergeMaps({ constructor: "a" }, { constructor: "a" }, null)).toEqual({
      merged: {},
      conflicts: [],
    });
  });
});
