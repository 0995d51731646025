import { act, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { activateLocale, currentLocale, initLocale, LOCALE_STORAGE_KEY, t, useT } from "./i18n";
import type { Locale } from "./locales";
import { setLocale } from "./set-locale";

function open(search: string, languages: string[] = ["en-US"]) {
  window.history.replaceState(null, "", `/destinations${search}`);
  vi.spyOn(navigator, "languages", "get").mockReturnValue(languages);
}

beforeEach(() => sessionStorage.clear());
afterEach(() => activateLocale("en"));

describe("initLocale", () => {
  it("applies ?locale= to <html lang dir> and the messages, and remembers it for the session", async () => {
    open("?locale=ar&theme=dark");
    await initLocale(null);
    expect(currentLocale()).toBe("ar");
    expect(document.documentElement.lang).toBe("ar");
    expect(document.documentElement.dir).toBe("rtl");
    expect(t("destinations.count", { count: 2 })).toBe("وجهتان");
    expect(sessionStorage.getItem(LOCALE_STORAGE_KEY)).toBe("ar");
    // Kept in the address bar, like ?theme=.
    expect(window.location.search).toBe("?locale=ar&theme=dark");

    open("");
    await initLocale("fr");
    expect(currentLocale()).toBe("ar");
  });

  it("uses DEFAULT_LOCALE, then the browser's languages, then English", async () => {
    open("", ["de-CH", "fr"]);
    await initLocale("es");
    expect(currentLocale()).toBe("es");
    await initLocale(null);
    expect(currentLocale()).toBe("de");
    expect(document.documentElement.dir).toBe("ltr");
    open("", ["pt-BR"]);
    await initLocale(null);
    expect(currentLocale()).toBe("en");
  });

  it("falls back to English for an unknown ?locale=, without an error or a warning", async () => {
    const warn = vi.spyOn(console, "warn");
    const error = vi.spyOn(console, "error");
    open("?locale=xx-YY");
    await initLocale(null);
    expect(currentLocale()).toBe("en");
    expect(document.documentElement.lang).toBe("en");
    expect(t("destinations.count", { count: 1 })).toBe("1 destination");
    expect(t("destinations.count", { count: 2 })).toBe("2 destinations");
    expect(t("destinations.count", { count: 1000 })).toBe("1,000 destinations");
    expect(sessionStorage.getItem(LOCALE_STORAGE_KEY)).toBeNull();
    expect(warn).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
  });
});

describe("plural rules per locale", () => {
  it.each([
    ["de", [1, "1 Ziel"], [2, "2 Ziele"]],
    ["fr", [0, "0 destination"], [2, "2 destinations"]],
    ["es", [1, "1 destino"], [5, "5 destinos"]],
    ["ja", [1, "1件の配信先"], [7, "7件の配信先"]],
    // Digits as the runtime's Arabic number format writes them.
    ["ar", [3, `${new Intl.NumberFormat("ar").format(3)} وجهات`], [2, "وجهتان"]],
  ] as [Locale, ...[number, string][]][])("%s", async (locale, ...cases) => {
    await activateLocale(locale);
    for (const [count, text] of cases) expect(t("destinations.count", { count })).toBe(text);
  });
});

describe("setLocale (portal:set-locale)", () => {
  it("switches rendered text live, remembers it and writes ?locale=", async () => {
    open("?q=x");
    await initLocale(null);
    function Title() {
      return <h1>{useT()("destinations.title")}</h1>;
    }
    render(<Title />);
    expect(screen.getByRole("heading").textContent).toBe("Destinations");
    await act(() => setLocale("de-DE"));
    expect(screen.getByRole("heading").textContent).toBe("Ziele");
    expect(window.location.search).toBe("?q=x&locale=de");
    expect(sessionStorage.getItem(LOCALE_STORAGE_KEY)).toBe("de");
    await act(() => setLocale("tlh"));
    expect(currentLocale()).toBe("de");
  });
});

describe("plural rules", () => {
  // One count message through each shipped language's own categories (CLDR): Arabic's six,
  // French and Spanish "many" for millions, Japanese none.
  it.each<[Locale, [number, string][]]>([
    [
      "en",
      [
        [0, "0 destinations"],
        [1, "1 destination"],
        [2, "2 destinations"],
      ],
    ],
    [
      "de",
      [
        [1, "1 Ziel"],
        [2, "2 Ziele"],
        [1000, "1.000 Ziele"],
      ],
    ],
    [
      "fr",
      [
        [0, "0 destination"],
        [1, "1 destination"],
        [2, "2 destinations"],
        [1_000_000, "1 000 000 de destinations"],
      ],
    ],
    [
      "es",
      [
        [1, "1 destino"],
        [2, "2 destinos"],
        [1_000_000, "1.000.000 de destinos"],
      ],
    ],
    [
      "ja",
      [
        [1, "1件の配信先"],
        [2, "2件の配信先"],
      ],
    ],
    [
      "ar",
      [
        [0, "لا وجهات"],
        [1, "وجهة واحدة"],
        [2, "وجهتان"],
        [3, "3 وجهات"],
        [11, "11 وجهة"],
        [100, "100 وجهة"],
      ],
    ],
  ])("%s", async (locale, cases) => {
    await activateLocale(locale);
    for (const [count, text] of cases)
      expect(t("destinations.count", { count }).replace(/\s/g, " ")).toBe(text);
  });
});
