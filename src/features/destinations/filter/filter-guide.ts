/**
 * The filter syntax guide: one example for every form and operator of Outpost's
 * filter, each written against `GUIDE_EVENT` and stating whether it matches it
 * (`filter-guide.test.ts` checks every claim with the browser's matcher).
 */
export const GUIDE_EVENT = {
  id: "evt_123",
  topic: "order.paid",
  time: "2024-05-01T10:00:00Z",
  metadata: { source: "checkout" },
  data: {
    amount: 150,
    currency: "usd",
    email: "ada@example.com",
    tags: ["vip", "beta"],
    items: [{ sku: "A-1", qty: 2 }],
    refund: null,
  },
};

export interface GuideEntry {
  /** The operator, or the form ("A value", "An object", "A list"). */
  term: string;
  filter: Record<string, unknown>;
  matches: boolean;
  /** When it matches, in words. */
  meaning: string;
}

export const GUIDE: GuideEntry[] = [
  {
    term: "A value",
    filter: { topic: "order.paid" },
    matches: true,
    meaning: "The field equals the value; when the event holds a list, one element equals it.",
  },
  {
    term: "An object",
    filter: { data: { items: { sku: "A-1" } } },
    matches: true,
    meaning:
      "Goes into the event's object: every key must match. Against a list of objects, any one item may match.",
  },
  {
    term: "A list",
    filter: { data: { tags: ["beta", "vip"] } },
    matches: true,
    meaning: "The event's list contains every listed element, in any order.",
  },
  {
    term: "$eq",
    filter: { data: { currency: { $eq: "usd" } } },
    matches: true,
    meaning: "Equal (objects and lists compared whole).",
  },
  {
    term: "$neq",
    filter: { data: { currency: { $neq: "eur" } } },
    matches: true,
    meaning: "Not equal; a missing field is not equal either.",
  },
  {
    term: "$gt",
    filter: { data: { amount: { $gt: 200 } } },
    matches: false,
    meaning:
      'Greater than. Numbers compare with numbers, strings with strings (a number never matches a string such as "200").',
  },
  {
    term: "$gte",
    filter: { time: { $gte: "2024-05-01T00:00:00Z" } },
    matches: true,
    meaning: "Greater than or equal. Times compare as text, so write them in the event's ISO form.",
  },
  {
    term: "$lt",
    filter: { data: { amount: { $lt: 1000 } } },
    matches: true,
    meaning: "Less than.",
  },
  {
    term: "$lte",
    filter: { data: { items: { qty: { $lte: 1 } } } },
    matches: false,
    meaning: "Less than or equal.",
  },
  {
    term: "$in",
    filter: { data: { currency: { $in: ["usd", "eur"] } } },
    matches: true,
    meaning:
      'One of the listed values (a list field: shares one). With a string, the field contains it: { "$in": "@example.com" }.',
  },
  {
    term: "$nin",
    filter: { data: { currency: { $nin: ["usd", "cad"] } } },
    matches: false,
    meaning: "None of the listed values (with a string: doesn't contain it).",
  },
  {
    term: "$startsWith",
    filter: { topic: { $startsWith: "order." } },
    matches: true,
    meaning: "A string starting with the text (a list: any string element).",
  },
  {
    term: "$endsWith",
    filter: { data: { email: { $endsWith: "@example.com" } } },
    matches: true,
    meaning: "A string ending with the text.",
  },
  {
    term: "$exist",
    filter: { data: { refund: { $exist: false } } },
    matches: true,
    meaning: "true: the field is there and not null; false: it's missing or null.",
  },
  {
    term: "$or",
    filter: { $or: [{ topic: "order.refunded" }, { data: { amount: { $gte: 100 } } }] },
    matches: true,
    meaning: "At least one of the listed conditions matches.",
  },
  {
    term: "$and",
    filter: { $and: [{ data: { amount: { $gte: 100 } } }, { data: { amount: { $lt: 120 } } }] },
    matches: false,
    meaning:
      'Every listed condition matches. Keys side by side already mean "and": { "$gte": 100, "$lt": 120 }.',
  },
  {
    term: "$not",
    filter: { $not: { metadata: { source: "test" } } },
    matches: true,
    meaning: "The condition inside doesn't match.",
  },
];
