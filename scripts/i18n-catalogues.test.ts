import { readdirSync, readFileSync } from "node:fs";
import { parse, type Content, type Token } from "@messageformat/parser";
import { describe, expect, it } from "vitest";
import { LOCALES } from "../src/i18n/locales.ts";

/*
 * The catalogues against the source: English (en.json for the first screen,
 * en.later.json for the rest) names every message; each other locale has exactly
 * those keys, its messages parse as ICU MessageFormat, use the same placeholders
 * and select cases, and give every plural form its language's rules ask for.
 */

const dir = new URL("../src/i18n/catalogs/", import.meta.url);
const read = (file: string) =>
  JSON.parse(readFileSync(new URL(file, dir), "utf8")) as Record<string, string>;

const first = read("en.json");
const later = read("en.later.json");
const english = { ...first, ...later };
const translated = LOCALES.filter((locale) => locale !== "en");
/** A locale's two parts: the first screen's messages, then every other screen's. */
const parts = (locale: string) => [read(`${locale}.json`), read(`${locale}.later.json`)] as const;
const messagesOf = (locale: string) =>
  locale === "en" ? english : (Object.assign({}, ...parts(locale)) as Record<string, string>);

/** Placeholders (`{name}`, plural/select arguments) and, per select, its cases. */
function shape(tokens: Token[] | Content[], out = new Set<string>()) {
  for (const token of tokens) {
    if (token.type === "argument") out.add(token.arg);
    if (token.type === "plural" || token.type === "select" || token.type === "selectordinal") {
      out.add(token.arg);
      if (token.type === "select") for (const c of token.cases) out.add(`${token.arg}=${c.key}`);
      for (const c of token.cases) shape(c.tokens, out);
    }
  }
  return out;
}

function pluralCases(tokens: Token[] | Content[], out: string[][] = []) {
  for (const token of tokens)
    if (token.type === "plural" || token.type === "select" || token.type === "selectordinal") {
      if (token.type === "plural") out.push(token.cases.map((c) => c.key));
      for (const c of token.cases) pluralCases(c.tokens, out);
    }
  return out;
}

describe("the message catalogues", () => {
  it("ship one file per locale, and nothing else", () => {
    const files = readdirSync(dir).sort();
    expect(files).toEqual(
      LOCALES.flatMap((locale) => [`${locale}.json`, `${locale}.later.json`]).sort(),
    );
  });

  it("keep the first screen's English apart from the rest's", () => {
    expect(Object.keys(first).filter((key) => key in later)).toEqual([]);
  });

  it.each(translated)(
    "%s has exactly the keys of the English source, in the same parts",
    (locale) => {
      parts(locale).forEach((messages, index) => {
        const source = index === 0 ? first : later;
        const keys = Object.keys(messages);
        expect(
          Object.keys(source).filter((key) => !keys.includes(key)),
          `missing from part ${index + 1}`,
        ).toEqual([]);
        expect(
          keys.filter((key) => !(key in source)),
          `not in the source's part ${index + 1}`,
        ).toEqual([]);
      });
    },
  );

  it.each(LOCALES)("%s: every message parses, with the source's placeholders", (locale) => {
    const messages = messagesOf(locale);
    for (const [key, message] of Object.entries(messages)) {
      const tokens = parse(message);
      expect([...shape(tokens)].sort(), `${locale} ${key}`).toEqual(
        [...shape(parse(english[key]!))].sort(),
      );
    }
  });

  it.each(LOCALES)("%s: every plural has the forms its language needs", (locale) => {
    const needed = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    const messages = messagesOf(locale);
    for (const [key, message] of Object.entries(messages))
      for (const cases of pluralCases(parse(message)))
        expect(cases, `${locale} ${key}`).toEqual(expect.arrayContaining(needed));
  });

  it("are used: every English message id appears in the code", () => {
    const src = new URL("../src/", import.meta.url);
    const code = readdirSync(src, { recursive: true, encoding: "utf8" })
      .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
      .map((file) => readFileSync(new URL(file, src), "utf8"))
      .join("\n");
    expect(Object.keys(english).filter((key) => !code.includes(`"${key}"`))).toEqual([]);
  });
});
