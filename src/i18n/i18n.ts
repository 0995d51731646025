import { setupI18n, type Messages } from "@lingui/core";
import { useSyncExternalStore } from "react";
import en from "./catalogs/en.json";
import { directionOf, matchLocale, pickLocale, SOURCE_LOCALE, type Locale } from "./locales";

/*
 * The portal's i18n runtime: Lingui's core with catalogues compiled at build time
 * (vite.config.ts, `linguiCatalogs`), so no message parser ships. English, the
 * source, is part of the first screen; every other locale is one small lazy chunk.
 */

/** Every message id: the keys of the English catalogue, checked by the type checker. */
export type MessageId = keyof typeof en;
export type MessageValues = Record<string, string | number>;

export const LOCALE_STORAGE_KEY = "portal:locale";

const i18n = setupI18n({ locale: SOURCE_LOCALE, messages: { en: en as unknown as Messages } });

// One chunk per locale; English is never fetched.
const catalogues: Record<Exclude<Locale, "en">, () => Promise<{ default: unknown }>> = {
  de: () => import("./catalogs/de.json"),
  fr: () => import("./catalogs/fr.json"),
  es: () => import("./catalogs/es.json"),
  ja: () => import("./catalogs/ja.json"),
  ar: () => import("./catalogs/ar.json"),
};

/** A message in the active locale, ICU plurals and selects applied. */
export function t(id: MessageId, values?: MessageValues): string {
  return i18n._(id, values);
}

export function currentLocale(): Locale {
  return i18n.locale as Locale;
}

const subscribe = (listener: () => void) => i18n.on("change", listener);

/** `t`, re-rendering the component when the locale changes (portal:set-locale). */
export function useT(): typeof t {
  useSyncExternalStore(subscribe, currentLocale, currentLocale);
  return t;
}

export function useLocale(): Locale {
  return useSyncExternalStore(subscribe, currentLocale, currentLocale);
}

function applyToDocument(locale: Locale, doc: Document = document) {
  doc.documentElement.lang = locale;
  doc.documentElement.dir = directionOf(locale);
}

function remember(locale: Locale) {
  try {
    window.sessionStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Storage can be blocked in third-party iframes: the locale then lasts for this page.
  }
}

function stored(): string | null {
  try {
    return window.sessionStorage.getItem(LOCALE_STORAGE_KEY);
  } catch {
    return null;
  }
}

let requested: Locale = SOURCE_LOCALE;

/**
 * Switches to `locale`: its catalogue is fetched once (missing keys fall back to
 * English), then every `useT` re-renders. A later call wins over an earlier one
 * still loading. A catalogue that fails to download leaves the current locale.
 */
export async function activateLocale(locale: Locale): Promise<void> {
  requested = locale;
  applyToDocument(locale);
  let messages: Messages = en as unknown as Messages;
  if (locale !== "en") {
    try {
      const loaded = (await catalogues[locale]()).default as Messages;
      messages = { ...messages, ...loaded };
    } catch {
      if (requested === locale) applyToDocument(currentLocale());
      return;
    }
  }
  if (requested !== locale) return;
  i18n.load(locale, messages);
  i18n.activate(locale);
}

/**
 * The locale of this page load, in the order of `pickLocale`: `?locale=` (kept in
 * the address bar, like `theme`), this session's earlier choice, DEFAULT_LOCALE,
 * the browser's languages, English. `<html lang dir>` are set before this
 * returns; the promise settles once the catalogue is in (boot awaits it, so the
 * first paint is in the right language).
 */
export function initLocale(setting: string | null): Promise<void> {
  const fromUrl = new URLSearchParams(window.location.search).get("locale");
  const locale = pickLocale({
    fromUrl,
    stored: stored(),
    setting,
    browser: navigator.languages ?? [navigator.language],
  });
  if (matchLocale(fromUrl)) remember(locale);
  return activateLocale(locale);
}

/** A host's or the user's choice for this session: remembered, and shown in the address bar. */
export function setLocale(tag: unknown): Promise<void> {
  const locale = matchLocale(tag);
  if (locale === null) return Promise.resolve();
  remember(locale);
  const url = new URL(window.location.href);
  if (url.searchParams.get("locale") !== locale) {
    url.searchParams.set("locale", locale);
    window.history.replaceState(window.history.state, "", url);
  }
  return activateLocale(locale);
}
