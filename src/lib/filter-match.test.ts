import { describe, expect, it } from "vitest";
import { FILTER_CASE_EVENT, FILTER_CASES } from "./filter-cases.fixture";
import {
  explainFilter,
  filterProblems,
  filterSubject,
  matchesFilter,
  showValue,
} from "./filter-match";

describe("the browser's filter matcher, on the table shared with the sandbox", () => {
  it.each(FILTER_CASES)("$name", ({ filter, matches, path }) => {
    const failure = explainFilter(filter, FILTER_CASE_EVENT);
    expect(failure === null).toBe(matches);
    if (!matches) expect(failure?.path).toBe(path);
  });
});

describe("why an event doesn't match, as data", () => {
  const why = (filter: Record<string, unknown>) => explainFilter(filter, FILTER_CASE_EVENT);

  it("a value that differs, is missing, or is ruled out", () => {
    expect(why({ topic: "order.created" })).toEqual({
      path: "topic",
      kind: "notEqual",
      actual: "order.paid",
      expected: "order.created",
    });
    expect(why({ data: { missing: { deeper: 1 } } })).toEqual({
      path: "data.missing.deeper",
      kind: "notEqual",
      actual: undefined,
      expected: 1,
    });
    expect(why({ data: { currency: { $neq: "usd" } } })).toEqual({
      path: "data.currency",
      kind: "excluded",
      op: "$neq",
      actual: "usd",
      operand: "usd",
    });
    expect(why({ data: { currency: { $nin: ["usd"] } } })).toEqual({
      path: "data.currency",
      kind: "excluded",
      op: "$nin",
      actual: "usd",
      operand: ["usd"],
    });
    expect(why({ topic: { $in: ["user.created", "user.deleted"] } })).toEqual({
      path: "topic",
      kind: "notIn",
      actual: "order.paid",
      operand: ["user.created", "user.deleted"],
    });
  });

  it("comparisons, and values of another type than the operand", () => {
    expect(why({ data: { amount: { $gte: 200 } } })).toEqual({
      path: "data.amount",
      kind: "comparison",
      op: "$gte",
      actual: 150,
      operand: 200,
    });
    expect(why({ data: { amount: { $gte: "100" } } })).toEqual({
      path: "data.amount",
      kind: "notComparable",
      op: "$gte",
      actual: 150,
      operand: "100",
    });
    expect(why({ data: { refund: { $lt: 0 } } })).toEqual({
      path: "data.refund",
      kind: "notComparable",
      op: "$lt",
      actual: undefined,
      operand: 0,
    });
  });

  it("prefixes and suffixes", () => {
    expect(why({ topic: { $startsWith: "user." } })).toEqual({
      path: "topic",
      kind: "affix",
      op: "$startsWith",
      actual: "order.paid",
      operand: "user.",
    });
    expect(why({ data: { customer: { email: { $endsWith: "@corp.com" } } } })).toEqual({
      path: "data.customer.email",
      kind: "affix",
      op: "$endsWith",
      actual: "ada@example.com",
      operand: "@corp.com",
    });
  });

  it("$exist either way", () => {
    expect(why({ data: { refund: { $exist: true } } })).toEqual({
      path: "data.refund",
      kind: "absent",
      actual: undefined,
    });
    expect(why({ data: { coupon: { $exist: true } } })).toEqual({
      path: "data.coupon",
      kind: "absent",
      actual: null,
    });
    expect(why({ data: { amount: { $exist: false } } })).toEqual({
      path: "data.amount",
      kind: "exists",
      actual: 150,
    });
  });

  it("lists: a missing element, not a list, no item or an empty list", () => {
    expect(why({ data: { tags: ["vip", "gold"] } })).toEqual({
      path: "data.tags",
      kind: "lacks",
      element: "gold",
    });
    expect(why({ data: { tags: "gold" } })).toEqual({
      path: "data.tags",
      kind: "lacks",
      element: "gold",
    });
    expect(why({ data: { currency: ["usd"] } })).toEqual({
      path: "data.currency",
      kind: "notList",
      actual: "usd",
    });
    expect(why({ data: { items: { qty: 5 } } })).toEqual({
      path: "data.items[0].qty",
      kind: "noItemMatches",
      first: { path: "data.items[0].qty", kind: "notEqual", actual: 2, expected: 5 },
    });
    expect(why({ data: { tags: { x: 1 } } })).toEqual({
      path: "data.tags[0]",
      kind: "noItemMatches",
      first: { path: "data.tags[0]", kind: "notObject", actual: "vip" },
    });
    expect(explainFilter({ data: { tags: { x: 1 } } }, { data: { tags: [] } })).toEqual({
      path: "data.tags",
      kind: "emptyList",
    });
  });

  it("every failed $or condition, a matched $not, and conditions that can't work", () => {
    expect(why({ $or: [{ topic: "user.created" }, { data: { currency: "eur" } }] })).toEqual({
      path: "",
      kind: "noneMatches",
      failures: [
        { path: "topic", kind: "notEqual", actual: "order.paid", expected: "user.created" },
        { path: "data.currency", kind: "notEqual", actual: "usd", expected: "eur" },
      ],
    });
    expect(why({ $or: [] })).toEqual({ path: "", kind: "noConditions", op: "$or" });
    expect(why({ $not: { topic: "order.paid" } })).toEqual({ path: "", kind: "matchesNot" });
    expect(why({ $and: { topic: "order.paid" } })).toEqual({
      path: "",
      kind: "needsList",
      op: "$and",
    });
    expect(why({ data: { amount: { $startsWith: 1 } } })).toEqual({
      path: "data.amount",
      kind: "needsString",
      op: "$startsWith",
    });
    expect(why({ data: { amount: { $exist: "yes" } } })).toEqual({
      path: "data.amount",
      kind: "needsBoolean",
      op: "$exist",
    });
    expect(why({ data: { amount: { $regex: "1" } } })).toEqual({
      path: "data.amount",
      kind: "unknownOperator",
      op: "$regex",
    });
  });
});

describe("showValue", () => {
  it("quotes JSON, shortened past 60 characters", () => {
    expect(showValue(["vip", 1, null])).toBe('["vip",1,null]');
    expect(showValue("x".repeat(100))).toBe(`"${"x".repeat(56)}…`);
  });
});

describe("filterSubject", () => {
  it("keeps id, topic, time, metadata (an empty object when null) and data", () => {
    const subject = filterSubject({
      id: "e",
      topic: "t",
      time: "2024-01-01T00:00:00Z",
      metadata: null,
      data: { a: 1 },
      tenant_id: "x",
    } as Parameters<typeof filterSubject>[0]);
    expect(subject).toEqual({
      id: "e",
      topic: "t",
      time: "2024-01-01T00:00:00Z",
      metadata: {},
      data: { a: 1 },
    });
    expect(matchesFilter({ tenant_id: { $exist: true } }, subject)).toBe(false);
  });
});

describe("filterProblems", () => {
  it("finds conditions that can't work, with their path", () => {
    expect(
      filterProblems({
        data: { amount: { $regex: "1", $gte: 1 }, tags: ["a"], email: { $startsWith: 1 } },
        $or: { topic: "a" },
        $and: [{ data: { x: { $exist: "yes" } } }],
        $not: { topic: { $in: 5 } },
      }),
    ).toEqual([
      { path: "data.amount", kind: "unknownOperator", op: "$regex" },
      { path: "data.email", kind: "needsString", op: "$startsWith" },
      { path: "", kind: "needsList", op: "$or" },
      { path: "data.x", kind: "needsBoolean", op: "$exist" },
      { path: "topic", kind: "needsValues", op: "$in" },
    ]);
    expect(filterProblems({ data: { amount: { $gte: 100 } }, $or: [{ topic: "a" }] })).toEqual([]);
  });
});
