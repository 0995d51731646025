import { setupI18n, type Messages } from "@lingui/core";
import { useSyncExternalStore } from "react";
import en from "./catalogs/en.json";
import type enLater from "./catalogs/en.later.json";
import { directionOf, matchLocale, pickLocale, SOURCE_LOCALE, type Locale } from "./locales";

/*
 * The portal's i18n runtime: Lingui's core with catalogues compiled at build time
 * (vite.config.ts, `linguiCatalogs`), so no message parser ships. English, the
 * source, comes in two parts: `en.json`, the first screen's messages, is part of
 * the first screen; `en.later.json`, every other screen's, arrives with the first
 * lazy screen (`laterMessages`). Every other locale is one lazy chunk with all
 * its messages.
 */

/** Every message id: the keys of the English catalogues, checked by the type checker. */
export type MessageId = keyof typeof en | keyof typeof enLater;
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

export function useLocale(): Locale {
  return useSyncExternalStore(subscribe, currentLocale, currentLocale);
}

/** `t`, re-rendering the component when the locale changes (portal:set-locale). */
export function useT(): typeof t {
  useLocale();
  return t;
}

function applyToDocument(locale: Locale) {
  document.documentElement.lang = locale;
  document.documentElement.dir = directionOf(locale);
}

/** For this tab's session: a reload or a link without `?locale=` keeps it. */
export function remember(locale: Locale) {
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
/** Whether a lazy screen asked for the later messages; then every locale switch brings them. */
let laterWanted = false;
let englishLater: Promise<Messages> | null = null;

function loadEnglishLater(): Promise<Messages> {
  englishLater ??= import("./catalogs/en.later.json").then(
    (module) => module.default as unknown as Messages,
    (error: unknown) => {
      englishLater = null; // offline: the next screen tries again
      throw error;
    },
  );
  return englishLater;
}

/**
 * Resolves once the messages of the screens after the first are in for the
 * current locale (at most one request, English only; lazy screens await it
 * alongside their code). Rejects when that download fails, like the screen's own.
 */
export async function laterMessages(): Promise<void> {
  laterWanted = true;
  if (currentLocale() === SOURCE_LOCALE) i18n.load(SOURCE_LOCALE, await loadEnglishLater());
}

/** A lazy module's loader that also waits for `laterMessages`: `lazyWithRetry(withMessages(…))`. */
export function withMessages<T>(load: () => Promise<T>): () => Promise<T> {
  return () => Promise.all([load(), laterMessages()]).then(([module]) => module);
}

/**
 * Switches to `locale`: its catalogue is fetched once, then every `useT`
 * re-renders. A later call wins over an earlier one still loading. A catalogue
 * that fails to download leaves the current locale.
 */
export async function activateLocale(locale: Locale): Promise<void> {
  requested = locale;
  applyToDocument(locale);
  let messages: Messages;
  try {
    messages =
      locale === "en"
        ? { ...(en as unknown as Messages), ...(laterWanted ? await loadEnglishLater() : {}) }
        : ((await catalogues[locale]()).default as Messages);
  } catch {
    if (requested === locale) applyToDocument(currentLocale());
    return;
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
    browser: navigator.languages,
  });
  if (matchLocale(fromUrl)) remember(locale);
  return activateLocale(locale);
}
