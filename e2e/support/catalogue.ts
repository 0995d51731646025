import { readFileSync } from "node:fs";
import { setupI18n, type Messages } from "@lingui/core";

type Values = Record<string, string | number>;

/**
 * The portal's own messages in `locale`, formatted as the portal formats them (ICU plurals
 * and selects in the locale's rules), for finding controls by their translated names.
 */
export function catalogue(locale: string): (id: string, values?: Values) => string {
  const read = (file: string) =>
    JSON.parse(readFileSync(`src/i18n/catalogs/${file}.json`, "utf8")) as Messages;
  const messages = { ...read(locale), ...read(`${locale}.later`) };
  const i18n = setupI18n({ locale, messages: { [locale]: messages } });
  return (id, values) => {
    if (!(id in messages)) throw new Error(`${id} is not in the ${locale} catalogue`);
    return i18n._(id, values);
  };
}
