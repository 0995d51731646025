import { render } from "@testing-library/react";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activateLocale, laterMessages } from "@/i18n/i18n";
import type { Locale } from "@/i18n/locales";
import { FILTER_CASE_EVENT } from "@/lib/filter-cases.fixture";
import { explainFilter, filterProblems } from "@/lib/filter-match";
import { FilterProblemText, FilterReasonText } from "./filter-reason";

const reasonOf = (filter: Record<string, unknown>) => {
  const failure = explainFilter(filter, FILTER_CASE_EVENT);
  if (!failure) throw new Error("the filter matches the event");
  return render(<FilterReasonText reason={failure} />).container;
};

/** Filters the fixture's event fails, one per kind of reason. */
const FILTERS = {
  comparison: { data: { amount: { $gte: 200 } } },
  missing: { data: { missing: { deeper: 1 } } },
  lacks: { data: { tags: ["vip", "gold"] } },
  noneMatches: { $or: [{ topic: "user.created" }, { data: { currency: "eur" } }] },
  noItemMatches: { data: { items: { qty: 5 } } },
  matchesNot: { $not: { topic: "order.paid" } },
  unknownOperator: { data: { amount: { $regex: "1" } } },
  affix: { topic: { $startsWith: "user." } },
  exists: { data: { amount: { $exist: false } } },
};

const EXPECTED: Record<"en" | "de", Record<keyof typeof FILTERS, string>> = {
  en: {
    comparison: "data.amount is 150, not at least 200",
    missing: "data.missing.deeper is missing, not 1",
    lacks: 'data.tags doesn\'t contain "gold"',
    noneMatches:
      'no $or condition matches (topic is "order.paid", not "user.created"; data.currency is "usd", not "eur")',
    noItemMatches: "data.items[0].qty is 2, not 5 (and no other item matches either)",
    matchesNot: "the event matches the $not condition",
    unknownOperator:
      "$regex at data.amount isn't one of Outpost's operators, so nothing matches it",
    affix: 'topic is "order.paid", doesn\'t start with "user."',
    exists: "data.amount exists (150), but $exist is false",
  },
  de: {
    comparison: "data.amount ist 150, nicht mindestens 200",
    missing: "data.missing.deeper fehlt, erwartet ist 1",
    lacks: 'data.tags enthält "gold" nicht',
    noneMatches:
      'keine $or-Bedingung passt (topic ist "order.paid", nicht "user.created"; data.currency ist "usd", nicht "eur")',
    noItemMatches: "data.items[0].qty ist 2, nicht 5 (und auch kein anderes Element passt)",
    matchesNot: "das Ereignis passt auf die $not-Bedingung",
    unknownOperator:
      "$regex bei data.amount ist kein Operator von Outpost, darum passt nichts darauf",
    affix: 'topic ist "order.paid" und beginnt nicht mit "user."',
    exists: "data.amount ist vorhanden (150), aber $exist ist false",
  },
};

describe.each(["en", "de"] as const)("the filter test's reason in %s", (locale: Locale) => {
  beforeAll(async () => {
    await activateLocale(locale);
    await laterMessages();
  });
  afterAll(async () => {
    await activateLocale("en");
  });

  it.each(Object.keys(FILTERS) as (keyof typeof FILTERS)[])("%s", (kind) => {
    expect(reasonOf(FILTERS[kind]).textContent).toBe(EXPECTED[locale as "en" | "de"][kind]);
  });

  it("a condition that can't work reads as a sentence too", () => {
    const [problem] = filterProblems({ topic: { $in: 5 } });
    const { container } = render(<FilterProblemText problem={problem!} />);
    expect(container.textContent).toBe(
      locale === "en"
        ? "$in at topic needs a list of values (or a string to search in)."
        : "$in bei topic braucht eine Liste von Werten (oder eine Zeichenkette, in der gesucht wird).",
    );
  });
});

it("keeps paths, operators and the event's values as code, never translated", () => {
  const container = reasonOf(FILTERS.noneMatches);
  const data = [...container.querySelectorAll('code[translate="no"]')].map((c) => c.textContent);
  expect(data).toEqual([
    "$or",
    "topic",
    '"order.paid"',
    '"user.created"',
    "data.currency",
    '"usd"',
    '"eur"',
  ]);
});

it("words the event itself apart from a path (Japanese: its particle without a space)", async () => {
  await activateLocale("ja");
  await laterMessages();
  try {
    expect(reasonOf(FILTERS.matchesNot).textContent).toBe("イベントは $not の条件に一致します");
    expect(reasonOf(FILTERS.comparison).textContent).toBe(
      "data.amount は 150 で、200 以上ではありません",
    );
  } finally {
    await activateLocale("en");
  }
});
