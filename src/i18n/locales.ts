/*
 * The locales the portal ships, and how one is chosen. Pure: no React, no DOM
 * (src/i18n/i18n.ts applies the choice).
 */

/** English is the source; every other catalogue has exactly its keys (catalogues.test.ts). */
export const LOCALES = ["en", "de", "fr", "es", "ja", "ar"] as const;
export type Locale = (typeof LOCALES)[number];
export const SOURCE_LOCALE: Locale = "en";

const RIGHT_TO_LEFT: ReadonlySet<Locale> = new Set(["ar"]);

export function directionOf(locale: Locale): "ltr" | "rtl" {
  return RIGHT_TO_LEFT.has(locale) ? "rtl" : "ltr";
}

/** Longer than any language tag worth reading; bounds what a link or a host can hand us. */
const MAX_TAG_LENGTH = 35;

/**
 * The shipped locale a BCP 47 tag asks for (`de`, `de-AT`, `DE_at` → `de`), or
 * null when the portal has none for it. Anything that isn't a tag is null.
 */
export function matchLocale(tag: unknown): Locale | null {
  if (typeof tag !== "string" || tag.length > MAX_TAG_LENGTH) return null;
  const language = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*\s*$/i.exec(tag)?.[1]?.toLowerCase();
  return LOCALES.find((locale) => locale === language) ?? null;
}

export interface LocaleSources {
  /** `?locale=` on the portal link. */
  fromUrl: unknown;
  /** What this tab's session chose before (a link's or a host's locale). */
  stored: unknown;
  /** DEFAULT_LOCALE in the portal's settings file. */
  setting: unknown;
  /** `navigator.languages`, most preferred first. */
  browser: readonly unknown[];
}

/**
 * The link's locale, else the one this session chose before, else the
 * deployment's default, else the first of the browser's languages the portal
 * ships, else English. A source the portal has no catalogue for is skipped.
 */
export function pickLocale(sources: LocaleSources): Locale {
  return (
    matchLocale(sources.fromUrl) ??
    matchLocale(sources.stored) ??
    matchLocale(sources.setting) ??
    sources.browser.map(matchLocale).find((locale) => locale !== null) ??
    SOURCE_LOCALE
  );
}
