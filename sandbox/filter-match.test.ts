import { describe, expect, it } from "vitest";
import { FILTER_CASE_EVENT, FILTER_CASES } from "../src/lib/filter-cases.fixture.ts";
import { matchesFilter } from "./filter-match.ts";

const event = {
  id: "evt_1",
  topic: "order.paid",
  time: "2024-05-01T10:00:00.000Z",
  metadata: { source: "api" },
  data: {
    amount: 150,
    currency: "usd",
    customer: { tier: "premium", email: "ada@example.com" },
    tags: ["vip", "beta"],
    coupon: null,
  },
};

const m = (filter: Record<string, unknown> | null): boolean => matchesFilter(filter, event);

describe("the sandbox's matcher, on the table shared with the portal", () => {
  it.each(FILTER_CASES)("$name", ({ filter, matches }) => {
    expect(matchesFilter(filter as Record<string, never> | null, FILTER_CASE_EVENT)).toBe(matches);
  });
});

describe("matchesFilter", () => {
  it("lets everything through for null or empty filters", () => {
    expect(m(null)).toBe(true);
    expect(m({})).toBe(true);
  });

  it("matches literal values, nested objects and array membership", () => {
    expect(m({ topic: "order.paid" })).toBe(true);
    expect(m({ topic: "order.created" })).toBe(false);
    expect(m({ data: { customer: { tier: "premium" } } })).toBe(true);
    expect(m({ data: { customer: { tier: "free" } } })).toBe(false);
    expect(m({ data: { tags: "vip" } })).toBe(true);
    expect(m({ data: { tags: ["beta", "vip"] } })).toBe(true);
    expect(m({ data: { tags: ["vip", "gold"] } })).toBe(false);
    expect(m({ data: { missing: { deeper: 1 } } })).toBe(false);
    expect(m({ metadata: { source: "api" }, data: { currency: "usd" } })).toBe(true);
  });

  it("$eq and $neq", () => {
    expect(m({ data: { currency: { $eq: "usd" } } })).toBe(true);
    expect(m({ data: { currency: { $eq: "eur" } } })).toBe(false);
    expect(m({ data: { currency: { $neq: "eur" } } })).toBe(true);
    expect(m({ data: { currency: { $neq: "usd" } } })).toBe(false);
    expect(m({ data: { customer: { $eq: { tier: "premium", email: "ada@example.com" } } } })).toBe(
      true,
    );
  });

  it("$gt $gte $lt $lte on numbers and strings", () => {
    expect(m({ data: { amount: { $gt: 149 } } })).toBe(true);
    expect(m({ data: { amount: { $gt: 150 } } })).toBe(false);
    expect(m({ data: { amount: { $gte: 150 } } })).toBe(true);
    expect(m({ data: { amount: { $lt: 150 } } })).toBe(false);
    expect(m({ data: { amount: { $lte: 150 } } })).toBe(true);
    expect(m({ data: { amount: { $gte: 100, $lt: 200 } } })).toBe(true);
    expect(m({ data: { amount: { $gte: "100" } } })).toBe(false);
    expect(m({ time: { $gte: "2024-05-01T00:00:00Z", $lt: "2024-05-02" } })).toBe(true);
  });

  it("$in and $nin with arrays and substrings", () => {
    expect(m({ data: { currency: { $in: ["usd", "eur"] } } })).toBe(true);
    expect(m({ data: { currency: { $in: ["gbp"] } } })).toBe(false);
    expect(m({ data: { currency: { $nin: ["gbp"] } } })).toBe(true);
    expect(m({ data: { currency: { $nin: ["usd"] } } })).toBe(false);
    expect(m({ data: { tags: { $in: ["beta", "x"] } } })).toBe(true);
    expect(m({ data: { customer: { email: { $in: "@example.com" } } } })).toBe(true);
    expect(m({ data: { customer: { email: { $nin: "@corp.com" } } } })).toBe(true);
  });

  it("$startsWith and $endsWith", () => {
    expect(m({ topic: { $startsWith: "order." } })).toBe(true);
    expect(m({ topic: { $startsWith: "user." } })).toBe(false);
    expect(m({ data: { customer: { email: { $endsWith: "@example.com" } } } })).toBe(true);
    expect(m({ data: { tags: { $startsWith: "be" } } })).toBe(true);
    expect(m({ data: { amount: { $startsWith: "1" } } })).toBe(false);
  });

  it("$exist", () => {
    expect(m({ data: { amount: { $exist: true } } })).toBe(true);
    expect(m({ data: { refund: { $exist: true } } })).toBe(false);
    expect(m({ data: { refund: { $exist: false } } })).toBe(true);
    expect(m({ data: { coupon: { $exist: false } } })).toBe(true);
    expect(m({ nothing: { here: { $exist: false } } })).toBe(true);
  });

  it("$or, $and and $not", () => {
    expect(m({ $or: [{ topic: "user.created" }, { data: { amount: { $gte: 100 } } }] })).toBe(true);
    expect(m({ $or: [{ topic: "user.created" }, { data: { amount: { $gte: 1000 } } }] })).toBe(
      false,
    );
    expect(m({ $and: [{ topic: "order.paid" }, { data: { currency: "usd" } }] })).toBe(true);
    expect(m({ $and: [{ topic: "order.paid" }, { data: { currency: "eur" } }] })).toBe(false);
    expect(m({ $not: { topic: "order.paid" } })).toBe(false);
    expect(m({ data: { currency: { $not: { $eq: "eur" } } } })).toBe(true);
    expect(m({ data: { amount: { $or: [{ $lt: 10 }, { $gt: 100 }] } } })).toBe(true);
  });

  it("rejects unknown operators", () => {
    expect(m({ data: { amount: { $regex: ".*" } } })).toBe(false);
  });
});
