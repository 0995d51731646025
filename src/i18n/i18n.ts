import { setupI18n, type Messages } from "@lingui/core";
import { useSyncExternalStore } from "react";
import en from "./catalogs/en.json";
import type enLater from "./catalogs/en.later.json";
import { directionOf, matchLocale, pickLocale, SOURCE_LOCALE, type Locale } from "./locales";

/*
 * The portal's i18n runtime: Lingui's core with catalogues compiled at build time
 * (vite.config.ts, `linguiCatalogs`), so no message parser ships. Every locale
 * comes in two parts: `<locale>.json`, the first screen's messages, and
 * `<locale>.later.json`, every other screen's, which arrives with the first lazy
 * screen (`laterMessages`). English's first part is in the first screen's code;
 * for another locale, boot waits for its first part only (one small request).
 */

/** Every message id: the keys of the English catalogues, checked by the type checker. */
export type MessageId = keyof typeof en | keyof typeof enLater;
export type MessageValues = Record<string, string | number>;

export const LOCALE_STORAGE_KEY = "portal:locale";

const i18n = setupI18n({ locale: SOURCE_LOCALE, messages: { en: en as unknown as Messages } });

type Catalogue = () => Promise<{ default: unknown }>;

// Two chunks per locale; English's first part is never fetched.
const firstParts: Record<Exclude<Locale, "en">, Catalogue> = {
  de: () => import("./catalogs/de.json"),
  fr: () => import("./catalogs/fr.json"),
  es: () => import("./catalogs/es.json"),
  ja: () => import("./catalogs/ja.json"),
  ar: () => import("./catalogs/ar.json"),
};
const laterParts: Record<Locale, Catalogue> = {
  en: () => import("./catalogs/en.later.json"),
  de: () => import("./catalogs/de.later.json"),
  fr: () => import("./catalogs/fr.later.json"),
  es: () => import("./catalogs/es.later.json"),
  ja: () => import("./catalogs/ja.later.json"),
  ar: () => import("./catalogs/ar.later.json"),
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
const downloads = new Map<Catalogue, Promise<Messages>>();

/** One download per chunk; a failed one is forgotten, so the next screen tries again. */
function download(part: Catalogue): Promise<Messages> {
  let pending = downloads.get(part);
  if (!pending) {
    pending = part().then(
      (module) => module.default as Messages,
      (error: unknown) => {
        downloads.delete(part);
        throw error;
      },
    );
    downloads.set(part, pending);
  }
  return pending;
}

async function messagesOf(locale: Locale): Promise<Messages> {
  const first = locale === "en" ? (en as unknown as Messages) : await download(firstParts[locale]);
  // Checked after the first part is in: a lazy screen may have asked meanwhile.
  return laterWanted ? { ...first, ...(await download(laterParts[locale])) } : first;
}

/**
 * Resolves once the messages of the screens after the first are in for the
 * current locale (one request; lazy screens await it alongside their code).
 * Rejects when that download fails, like the screen's own.
 */
export async function laterMessages(): Promise<void> {
  laterWanted = true;
  const locale = currentLocale();
  const later = await download(laterParts[locale]);
  if (currentLocale() === locale) i18n.load(locale, later);
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
    messages = await messagesOf(locale);
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
