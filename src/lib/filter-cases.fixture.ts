/**
 * One table of filter cases run by both matchers: the browser's
 * (`src/lib/filter-match.test.ts`) and the sandbox's (`sandbox/filter-match.test.ts`),
 * so the portal's "Test this filter" agrees with what the sandbox delivers.
 * `path` is where the browser matcher reports the first failed condition.
 */
export const FILTER_CASE_EVENT = {
  id: "evt_1",
  topic: "order.paid",
  time: "2024-05-01T10:00:00.000Z",
  metadata: { source: "api" },
  data: {
    amount: 150,
    currency: "usd",
    customer: { tier: "premium", email: "ada@example.com" },
    tags: ["vip", "beta"],
    items: [
      { sku: "A-1", qty: 2 },
      { sku: "B-7", qty: 1 },
    ],
    coupon: null,
  },
};

export interface FilterCase {
  name: string;
  filter: Record<string, unknown> | null;
  matches: boolean;
  /** For a case that doesn't match: the path of the failed condition ("" for the event itself). */
  path?: string;
}

export const FILTER_CASES: FilterCase[] = [
  { name: "null lets everything through", filter: null, matches: true },
  { name: "{} lets everything through", filter: {}, matches: true },
  // Plain values, objects and lists.
  { name: "equal value", filter: { topic: "order.paid" }, matches: true },
  { name: "different value", filter: { topic: "order.created" }, matches: false, path: "topic" },
  { name: "nested object", filter: { data: { customer: { tier: "premium" } } }, matches: true },
  {
    name: "nested object, different value",
    filter: { data: { customer: { tier: "free" } } },
    matches: false,
    path: "data.customer.tier",
  },
  { name: "a value is one of a list's elements", filter: { data: { tags: "vip" } }, matches: true },
  {
    name: "a list holds every listed element, any order",
    filter: { data: { tags: ["beta", "vip"] } },
    matches: true,
  },
  {
    name: "a list misses one listed element",
    filter: { data: { tags: ["vip", "gold"] } },
    matches: false,
    path: "data.tags",
  },
  {
    name: "a list filter against a string",
    filter: { data: { currency: ["usd"] } },
    matches: false,
    path: "data.currency",
  },
  {
    name: "descending into a missing object",
    filter: { data: { missing: { deeper: 1 } } },
    matches: false,
    path: "data.missing.deeper",
  },
  {
    name: "several top-level keys",
    filter: { metadata: { source: "api" }, data: { currency: "usd" } },
    matches: true,
  },
  {
    name: "several keys, the second fails",
    filter: { metadata: { source: "api" }, data: { currency: "eur" } },
    matches: false,
    path: "data.currency",
  },
  {
    name: "an object against a list: any item may match",
    filter: { data: { items: { sku: "B-7", qty: 1 } } },
    matches: true,
  },
  {
    name: "an object against a list: the keys must match in one item",
    filter: { data: { items: { sku: "B-7", qty: 2 } } },
    matches: false,
    path: "data.items[0].sku",
  },
  {
    name: "inherited properties are not fields",
    filter: { data: { toString: { $exist: true } } },
    matches: false,
    path: "data.toString",
  },
  // $eq $neq
  { name: "$eq", filter: { data: { currency: { $eq: "usd" } } }, matches: true },
  {
    name: "$eq, other value",
    filter: { data: { currency: { $eq: "eur" } } },
    matches: false,
    path: "data.currency",
  },
  {
    name: "$eq a whole object",
    filter: { data: { customer: { $eq: { tier: "premium", email: "ada@example.com" } } } },
    matches: true,
  },
  {
    name: "$eq an object with a missing key",
    filter: { data: { customer: { $eq: { tier: "premium" } } } },
    matches: false,
    path: "data.customer",
  },
  {
    name: "$eq one of a list's elements",
    filter: { data: { tags: { $eq: "beta" } } },
    matches: true,
  },
  { name: "$neq", filter: { data: { currency: { $neq: "eur" } } }, matches: true },
  {
    name: "$neq, same value",
    filter: { data: { currency: { $neq: "usd" } } },
    matches: false,
    path: "data.currency",
  },
  { name: "$neq a missing field", filter: { data: { refund: { $neq: 1 } } }, matches: true },
  // $gt $gte $lt $lte
  { name: "$gt", filter: { data: { amount: { $gt: 149 } } }, matches: true },
  {
    name: "$gt equal",
    filter: { data: { amount: { $gt: 150 } } },
    matches: false,
    path: "data.amount",
  },
  { name: "$gte equal", filter: { data: { amount: { $gte: 150 } } }, matches: true },
  {
    name: "$lt equal",
    filter: { data: { amount: { $lt: 150 } } },
    matches: false,
    path: "data.amount",
  },
  { name: "$lte equal", filter: { data: { amount: { $lte: 150 } } }, matches: true },
  { name: "a range", filter: { data: { amount: { $gte: 100, $lt: 200 } } }, matches: true },
  {
    name: "a range, above",
    filter: { data: { amount: { $gte: 100, $lt: 120 } } },
    matches: false,
    path: "data.amount",
  },
  {
    name: "$gte a string against a number",
    filter: { data: { amount: { $gte: "100" } } },
    matches: false,
    path: "data.amount",
  },
  {
    name: "$gte a missing field",
    filter: { data: { refund: { $gte: 0 } } },
    matches: false,
    path: "data.refund",
  },
  {
    name: "times compare as strings",
    filter: { time: { $gte: "2024-05-01T00:00:00Z", $lt: "2024-05-02" } },
    matches: true,
  },
  { name: "$lt on strings", filter: { data: { currency: { $lt: "zzz" } } }, matches: true },
  // $in $nin
  { name: "$in a list", filter: { data: { currency: { $in: ["usd", "eur"] } } }, matches: true },
  {
    name: "$in a list, absent",
    filter: { data: { currency: { $in: ["gbp"] } } },
    matches: false,
    path: "data.currency",
  },
  { name: "$nin a list", filter: { data: { currency: { $nin: ["gbp"] } } }, matches: true },
  {
    name: "$nin a list, present",
    filter: { data: { currency: { $nin: ["usd"] } } },
    matches: false,
    path: "data.currency",
  },
  {
    name: "$in: a list shares an element",
    filter: { data: { tags: { $in: ["beta", "x"] } } },
    matches: true,
  },
  {
    name: "$in a string: substring",
    filter: { data: { customer: { email: { $in: "@example.com" } } } },
    matches: true,
  },
  {
    name: "$in a string: a list holds it",
    filter: { data: { tags: { $in: "vip" } } },
    matches: true,
  },
  {
    name: "$nin a string: not a substring",
    filter: { data: { customer: { email: { $nin: "@corp.com" } } } },
    matches: true,
  },
  {
    name: "$in a number operand",
    filter: { data: { amount: { $in: 150 } } },
    matches: false,
    path: "data.amount",
  },
  // $startsWith $endsWith
  { name: "$startsWith", filter: { topic: { $startsWith: "order." } }, matches: true },
  {
    name: "$startsWith, other prefix",
    filter: { topic: { $startsWith: "user." } },
    matches: false,
    path: "topic",
  },
  {
    name: "$endsWith",
    filter: { data: { customer: { email: { $endsWith: "@example.com" } } } },
    matches: true,
  },
  {
    name: "$endsWith, other suffix",
    filter: { data: { customer: { email: { $endsWith: "@corp.com" } } } },
    matches: false,
    path: "data.customer.email",
  },
  {
    name: "$startsWith any element of a list",
    filter: { data: { tags: { $startsWith: "be" } } },
    matches: true,
  },
  {
    name: "$startsWith on a number",
    filter: { data: { amount: { $startsWith: "1" } } },
    matches: false,
    path: "data.amount",
  },
  // $exist
  { name: "$exist true", filter: { data: { amount: { $exist: true } } }, matches: true },
  {
    name: "$exist true, missing",
    filter: { data: { refund: { $exist: true } } },
    matches: false,
    path: "data.refund",
  },
  { name: "$exist false, missing", filter: { data: { refund: { $exist: false } } }, matches: true },
  { name: "$exist false, null", filter: { data: { coupon: { $exist: false } } }, matches: true },
  {
    name: "$exist false, present",
    filter: { data: { amount: { $exist: false } } },
    matches: false,
    path: "data.amount",
  },
  {
    name: "$exist false under a missing object",
    filter: { nothing: { here: { $exist: false } } },
    matches: true,
  },
  // $or $and $not
  {
    name: "$or, the second matches",
    filter: { $or: [{ topic: "user.created" }, { data: { amount: { $gte: 100 } } }] },
    matches: true,
  },
  {
    name: "$or, none matches",
    filter: { $or: [{ topic: "user.created" }, { data: { amount: { $gte: 1000 } } }] },
    matches: false,
    path: "",
  },
  {
    name: "$and, both match",
    filter: { $and: [{ topic: "order.paid" }, { data: { currency: "usd" } }] },
    matches: true,
  },
  {
    name: "$and, the second fails",
    filter: { $and: [{ topic: "order.paid" }, { data: { currency: "eur" } }] },
    matches: false,
    path: "data.currency",
  },
  {
    name: "$not at the top",
    filter: { $not: { topic: "order.paid" } },
    matches: false,
    path: "",
  },
  { name: "$not of another topic", filter: { $not: { topic: "user.created" } }, matches: true },
  {
    name: "$not inside a field",
    filter: { data: { currency: { $not: { $eq: "eur" } } } },
    matches: true,
  },
  {
    name: "$or inside a field",
    filter: { data: { amount: { $or: [{ $lt: 10 }, { $gt: 100 }] } } },
    matches: true,
  },
  {
    name: "$or inside a field, none",
    filter: { data: { amount: { $or: [{ $lt: 10 }, { $gt: 200 }] } } },
    matches: false,
    path: "data.amount",
  },
  {
    name: "$or needs a list",
    filter: { $or: { topic: "order.paid" } },
    matches: false,
    path: "",
  },
  { name: "an empty $and", filter: { $and: [] }, matches: true },
  { name: "an empty $or", filter: { $or: [] }, matches: false, path: "" },
  // Unknown operators.
  {
    name: "an unknown operator never matches",
    filter: { data: { amount: { $regex: ".*" } } },
    matches: false,
    path: "data.amount",
  },
];
