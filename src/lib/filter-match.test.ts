import { describe, expect, it } from "vitest";
import { FILTER_CASE_EVENT, FILTER_CASES } from "./filter-cases.fixture";
import {
  describeFailure,
  explainFilter,
  filterProblems,
  filterSubject,
  matchesFilter,
} from "./filter-match";

describe("the browser's filter matcher, on the table shared with the sandbox", () => {
  it.each(FILTER_CASES)("$name", ({ filter, matches, path }) => {
    const failure = explainFilter(filter, FILTER_CASE_EVENT);
    expect(failure === null).toBe(matches);
    if (!matches) expect(failure?.path).toBe(path);
  });
});

describe("why an event doesn't match", () => {
  const why = (filter: Record<string, unknown>) => {
    const failure = explainFilter(filter, FILTER_CASE_EVENT);
    return failure && describeFailure(failure);
  };

  it("names the path, the value and the condition", () => {
    expect(why({ data: { amount: { $gte: 200 } } })).toBe("data.amount is 150, not at least 200");
    expect(why({ data: { refund: { $exist: true } } })).toBe("data.refund is missing");
    expect(why({ data: { amount: { $exist: false } } })).toBe(
      "data.amount exists (150) but $exist is false",
    );
    expect(why({ topic: { $in: ["user.created", "user.deleted"] } })).toBe(
      'topic is "order.paid", not in ["user.created","user.deleted"]',
    );
    expect(why({ data: { tags: ["vip", "gold"] } })).toBe('data.tags doesn\'t contain "gold"');
    expect(why({ data: { amount: { $gte: "100" } } })).toBe(
      'data.amount is 150: $gte compares a number with a number or a string with a string ("100")',
    );
    expect(why({ data: { amount: { $regex: "1" } } })).toBe(
      "data.amount $regex isn't one of Outpost's operators, so nothing matches it",
    );
  });

  it("lists every failed $or condition, and says the event matched a $not", () => {
    expect(why({ $or: [{ topic: "user.created" }, { data: { currency: "eur" } }] })).toBe(
      'no $or condition matches (topic is "order.paid", not "user.created"; data.currency is "usd", not "eur")',
    );
    expect(why({ $not: { topic: "order.paid" } })).toBe("the event matches the $not condition");
  });

  it("reports the first item when no item of a list matches", () => {
    expect(why({ data: { items: { qty: 5 } } })).toBe(
      "data.items[0].qty is 2, not 5 (and no other item matches either)",
    );
  });

  it("shortens long values", () => {
    const long = "x".repeat(100);
    expect(why({ data: { currency: long } })).toBe(
      `data.currency is "usd", not "${"x".repeat(56)}…`,
    );
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
      "$regex at data.amount isn't one of Outpost's operators: nothing matches it.",
      "$startsWith at data.email needs a string.",
      "$or needs a list of conditions: [ {…}, {…} ].",
      "$exist at data.x needs true or false.",
      "$in at topic needs a list of values (or a string to search in).",
    ]);
    expect(filterProblems({ data: { amount: { $gte: 100 } }, $or: [{ topic: "a" }] })).toEqual([]);
  });
});
