import type { MessageId } from "@/i18n/i18n";

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
  /** The operator, or the form (`value`, `object`, `list`: named by `form`). */
  term: string;
  /** For a form: its name in words. */
  form?: MessageId;
  filter: Record<string, unknown>;
  matches: boolean;
  /** When it matches, in words. */
  meaning: MessageId;
  /** Code the meaning quotes (placeholders of `meaning`), shown as code, never translated. */
  code?: Record<string, string>;
}

export const GUIDE: GuideEntry[] = [
  {
    term: "value",
    form: "filterHelp.formValue",
    filter: { topic: "order.paid" },
    matches: true,
    meaning: "filterHelp.meaningValue",
  },
  {
    term: "object",
    form: "filterHelp.formObject",
    filter: { data: { items: { sku: "A-1" } } },
    matches: true,
    meaning: "filterHelp.meaningObject",
  },
  {
    term: "list",
    form: "filterHelp.formList",
    filter: { data: { tags: ["beta", "vip"] } },
    matches: true,
    meaning: "filterHelp.meaningList",
  },
  {
    term: "$eq",
    filter: { data: { currency: { $eq: "usd" } } },
    matches: true,
    meaning: "filterHelp.meaningEq",
  },
  {
    term: "$neq",
    filter: { data: { currency: { $neq: "eur" } } },
    matches: true,
    meaning: "filterHelp.meaningNeq",
  },
  {
    term: "$gt",
    filter: { data: { amount: { $gt: 200 } } },
    matches: false,
    meaning: "filterHelp.meaningGt",
    code: { text: '"200"' },
  },
  {
    term: "$gte",
    filter: { time: { $gte: "2024-05-01T00:00:00Z" } },
    matches: true,
    meaning: "filterHelp.meaningGte",
  },
  {
    term: "$lt",
    filter: { data: { amount: { $lt: 1000 } } },
    matches: true,
    meaning: "filterHelp.meaningLt",
  },
  {
    term: "$lte",
    filter: { data: { items: { qty: { $lte: 1 } } } },
    matches: false,
    meaning: "filterHelp.meaningLte",
  },
  {
    term: "$in",
    filter: { data: { currency: { $in: ["usd", "eur"] } } },
    matches: true,
    meaning: "filterHelp.meaningIn",
    code: { example: '{ "$in": "@example.com" }' },
  },
  {
    term: "$nin",
    filter: { data: { currency: { $nin: ["usd", "cad"] } } },
    matches: false,
    meaning: "filterHelp.meaningNin",
  },
  {
    term: "$startsWith",
    filter: { topic: { $startsWith: "order." } },
    matches: true,
    meaning: "filterHelp.meaningStartsWith",
  },
  {
    term: "$endsWith",
    filter: { data: { email: { $endsWith: "@example.com" } } },
    matches: true,
    meaning: "filterHelp.meaningEndsWith",
  },
  {
    term: "$exist",
    filter: { data: { refund: { $exist: false } } },
    matches: true,
    meaning: "filterHelp.meaningExist",
    code: { trueValue: "true", falseValue: "false", nullValue: "null" },
  },
  {
    term: "$or",
    filter: { $or: [{ topic: "order.refunded" }, { data: { amount: { $gte: 100 } } }] },
    matches: true,
    meaning: "filterHelp.meaningOr",
  },
  {
    term: "$and",
    filter: { $and: [{ data: { amount: { $gte: 100 } } }, { data: { amount: { $lt: 120 } } }] },
    matches: false,
    meaning: "filterHelp.meaningAnd",
    code: { example: '{ "$gte": 100, "$lt": 120 }' },
  },
  {
    term: "$not",
    filter: { $not: { metadata: { source: "test" } } },
    matches: true,
    meaning: "filterHelp.meaningNot",
  },
];
