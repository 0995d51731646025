import { describe, expect, it } from "vitest";
import { mergeMaps, mergeSets, mergeWhole, rebaseMapPatch } from "./three-way-merge";

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

describe("mergeWhole", () => {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  it("takes my value when the server still holds the base", () => {
    expect(mergeWhole({ a: 1 }, { a: 2 }, { a: 1 }, same)).toEqual({
      outcome: "merged",
      value: { a: 2 },
    });
  });
  it("keeps the server's value when I changed nothing", () => {
    expect(mergeWhole(null, null, { b: 1 }, same)).toEqual({ outcome: "merged", value: { b: 1 } });
  });
  it("is no conflict when both made the same change", () => {
    expect(mergeWhole(null, { a: 1 }, { a: 1 }, same)).toEqual({
      outcome: "merged",
      value: { a: 1 },
    });
  });
  it("is a conflict when both changed it differently", () => {
    expect(mergeWhole({ a: 1 }, { a: 2 }, null, same)).toEqual({
      outcome: "conflict",
      mine: { a: 2 },
      theirs: null,
    });
  });
});

describe("mergeSets", () => {
  it("applies my addition and removal to another tab's list", () => {
    const base = ["user.created", "order.created"];
    const mine = ["user.created", "order.paid"]; // removed order.created, added order.paid
    const theirs = ["user.created", "order.created", "user.deleted"]; // added user.deleted
    expect(mergeSets(base, mine, theirs)).toEqual({
      outcome: "merged",
      value: ["user.created", "user.deleted", "order.paid"],
    });
  });
  it("keeps an item the server removed removed, and does not add an item twice", () => {
    expect(mergeSets(["a", "b"], ["a", "b", "c"], ["a", "c"])).toEqual({
      outcome: "merged",
      value: ["a", "c"],
    });
  });
  it("returns the server's list when my list equals the base or theirs", () => {
    expect(mergeSets(["a"], ["a"], ["a", "b"])).toEqual({ outcome: "merged", value: ["a", "b"] });
    expect(mergeSets(["a"], ["b", "a"], ["a", "b"])).toEqual({
      outcome: "merged",
      value: ["a", "b"],
    });
  });
  it("treats every item (*) as a whole value", () => {
    expect(mergeSets(["a"], "*", ["a"])).toEqual({ outcome: "merged", value: "*" });
    expect(mergeSets("*", ["a"], "*")).toEqual({ outcome: "merged", value: ["a"] });
    expect(mergeSets(["a"], "*", ["a", "b"])).toEqual({
      outcome: "conflict",
      mine: "*",
      theirs: ["a", "b"],
    });
    expect(mergeSets(["a"], ["a", "b"], "*")).toEqual({
      outcome: "conflict",
      mine: ["a", "b"],
      theirs: "*",
    });
    expect(mergeSets(["a"], "*", "*")).toEqual({ outcome: "merged", value: "*" });
  });
  it("is a conflict when the merge would leave no item", () => {
    expect(mergeSets(["a", "b"], ["b"], ["a"])).toEqual({
      outcome: "conflict",
      mine: ["b"],
      theirs: ["a"],
    });
  });
});

describe("rebaseMapPatch", () => {
  it("sends my changed keys when the server left them alone", () => {
    expect(
      rebaseMapPatch({ a: "1", b: "2" }, { a: "10", b: null }, { a: "1", b: "2", c: "3" }),
    ).toEqual({ patch: { a: "10", b: null }, conflicts: [] });
  });
  it("drops keys already as I want them", () => {
    expect(rebaseMapPatch({ a: "1" }, { a: "2", b: null }, { a: "2" })).toEqual({
      patch: {},
      conflicts: [],
    });
  });
  it("reports keys the server changed to something else", () => {
    expect(rebaseMapPatch({ a: "1" }, { a: "mine" }, { a: "theirs" })).toEqual({
      patch: {},
      conflicts: [{ key: "a", mine: "mine", theirs: "theirs" }],
    });
    expect(rebaseMapPatch(null, { n: "x" }, { n: "y" }).conflicts).toEqual([
      { key: "n", mine: "x", theirs: "y" },
    ]);
    expect(rebaseMapPatch({ a: "1" }, { a: null }, { a: "2" }).conflicts).toEqual([
      { key: "a", mine: undefined, theirs: "2" },
    ]);
  });
});
