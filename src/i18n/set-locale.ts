import { activateLocale, remember } from "./i18n";
import { matchLocale } from "./locales";

/**
 * A host's choice (portal:set-locale), applied live: remembered for the session
 * and written to the address bar's `?locale=`, as the theme's `?theme=` is. A
 * tag the portal ships no catalogue for changes nothing. Only the embed bridge
 * (a lazy chunk) needs it.
 */
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
