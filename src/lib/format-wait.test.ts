import { describe, expect, it } from "vitest";
import { formatWait } from "./format-wait";

describe("formatWait", () => {
  it.each([
    [120_000, "2 minutes"],
    [90_000, "2 minutes"],
    [89_000, "89 seconds"],
    [1, "1 second"],
    [0, "1 second"],
    [3_600_000, "60 minutes"],
  ])("%i ms is %s", (ms, text) => {
    expect(formatWait(ms, "en")).toBe(text);
  });

  it("speaks the locale's language and plural rules", () => {
    // Intl puts a no-break space between number and unit in some languages.
    const wait = (ms: number, locale: string) => formatWait(ms, locale).replace(/\s/g, " ");
    expect(wait(120_000, "de")).toBe("2 Minuten");
    expect(wait(1000, "fr")).toBe("1 seconde");
    expect(wait(45_000, "ja")).toBe("45 秒");
  });
});
