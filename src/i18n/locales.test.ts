import { describe, expect, it } from "vitest";
import { directionOf, matchLocale, pickLocale } from "./locales";

const none = { fromUrl: null, stored: null, setting: null, browser: [] };

describe("matchLocale", () => {
  it("finds the shipped locale of a language tag, in any case or region", () => {
    expect(matchLocale("de")).toBe("de");
    expect(matchLocale("de-AT")).toBe("de");
    expect(matchLocale("FR_ca")).toBe("fr");
    expect(matchLocale(" ja-JP-u-ca-japanese ")).toBe("ja");
    expect(matchLocale("ar-EG")).toBe("ar");
    expect(matchLocale("en-GB")).toBe("en");
  });

  it.each([
    ["a language the portal lacks", "pt-BR"],
    ["nonsense", "klingon!"],
    ["an injection", "de<script>"],
    ["an empty string", ""],
    ["an oversized tag", `de-${"x".repeat(40)}`],
    ["a number", 42],
    ["null", null],
  ])("is null for %s", (_name, tag) => {
    expect(matchLocale(tag)).toBeNull();
  });
});

describe("pickLocale", () => {
  it("takes the link first, then this session's choice, the setting, the browser, English", () => {
    const all = { fromUrl: "de", stored: "fr", setting: "es", browser: ["ja", "ar"] };
    expect(pickLocale(all)).toBe("de");
    expect(pickLocale({ ...all, fromUrl: null })).toBe("fr");
    expect(pickLocale({ ...all, fromUrl: null, stored: null })).toBe("es");
    expect(pickLocale({ ...all, fromUrl: null, stored: null, setting: null })).toBe("ja");
    expect(pickLocale(none)).toBe("en");
  });

  it("takes the first of the browser's languages the portal ships", () => {
    expect(pickLocale({ ...none, browser: ["pt-BR", "nl", "es-MX", "de"] })).toBe("es");
    expect(pickLocale({ ...none, browser: ["pt-BR", "nl"] })).toBe("en");
  });

  it("skips a source it has no catalogue for: an unknown locale falls back, never fails", () => {
    expect(pickLocale({ ...none, fromUrl: "xx", setting: "fr" })).toBe("fr");
    expect(pickLocale({ ...none, fromUrl: "xx", stored: "<b>", setting: "zz" })).toBe("en");
    expect(pickLocale({ ...none, fromUrl: "pt", browser: ["en-US"] })).toBe("en");
  });
});

describe("directionOf", () => {
  it("is right-to-left for Arabic only", () => {
    expect(directionOf("ar")).toBe("rtl");
    for (const locale of ["en", "de", "fr", "es", "ja"] as const)
      expect(directionOf(locale)).toBe("ltr");
  });
});
