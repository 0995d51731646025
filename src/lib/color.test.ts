import { describe, expect, it } from "vitest";
import {
  contrastRatio,
  oklchToRgb,
  parseHexColor,
  parseHslFunction,
  parseOklchFunction,
  parseRgbFunction,
  relativeLuminance,
  rgbToOklch,
  toHex,
  type Rgb,
} from "./color";

const WHITE: Rgb = { r: 255, g: 255, b: 255 };
const BLACK: Rgb = { r: 0, g: 0, b: 0 };
const rgb = (r: number, g: number, b: number): Rgb => ({ r, g, b });

describe("parseHexColor", () => {
  it.each([
    ["#abc", rgb(0xaa, 0xbb, 0xcc)],
    ["#ABC", rgb(0xaa, 0xbb, 0xcc)],
    ["#abcd", rgb(0xaa, 0xbb, 0xcc)],
    ["#4f46e5", rgb(0x4f, 0x46, 0xe5)],
    ["  #4F46E5 ", rgb(0x4f, 0x46, 0xe5)],
    ["#4f46e500", rgb(0x4f, 0x46, 0xe5)],
    ["#4f46e5ff", rgb(0x4f, 0x46, 0xe5)],
  ])("parses %s (alpha dropped)", (input, expected) => {
    expect(parseHexColor(input)).toEqual(expected);
  });

  it.each(["", "#", "abc", "4f46e5", "#ab", "#abcde", "#4f46e5f", "#4f46e5fff", "#ggg", "# abc"])(
    "rejects %j",
    (input) => {
      expect(parseHexColor(input)).toBeNull();
    },
  );
});

describe("parseRgbFunction", () => {
  it.each([
    ["rgb(255, 0, 128)", rgb(255, 0, 128)],
    ["rgba(255,0,128,0.5)", rgb(255, 0, 128)],
    ["rgb(255 0 128)", rgb(255, 0, 128)],
    ["rgb(255 0 128 / 50%)", rgb(255, 0, 128)],
    ["RGBA(255 0 128 / .5)", rgb(255, 0, 128)],
    ["rgb(100%, 0%, 50%)", rgb(255, 0, 128)],
    ["rgb(100% 0 50%)", rgb(255, 0, 128)],
    ["rgb(none 12.6 1e2)", rgb(0, 13, 100)],
    ["rgb(300 -5 0)", rgb(255, 0, 0)],
  ])("parses %s", (input, expected) => {
    expect(parseRgbFunction(input)).toEqual(expected);
  });

  it.each([
    "rgb(1, 2)",
    "rgb(1 2 3 4)",
    "rgb(1, 2 3)",
    "rgb(10%, 2, 3)",
    "rgb(none, 0, 0)",
    "rgb(1 2 3 /)",
    "rgb(1 2 3 / 1 / 1)",
    "rgb(1,2,3",
    "rgb(a b c)",
    "rgb(1px 2 3)",
    "hsl(1 2 3)",
    "rgb(1 2 3); color: red",
  ])("rejects %j", (input) => {
    expect(parseRgbFunction(input)).toBeNull();
  });
});

describe("parseHslFunction", () => {
  it.each([
    ["hsl(0, 100%, 50%)", rgb(255, 0, 0)],
    ["hsl(120deg 100% 25%)", rgb(0, 128, 0)],
    ["hsl(0.5turn 100% 50%)", rgb(0, 255, 255)],
    ["hsl(-120 100% 50%)", rgb(0, 0, 255)],
    ["hsla(240, 100%, 50%, .5)", rgb(0, 0, 255)],
    ["hsl(270 50 40 / 0.3)", rgb(102, 51, 153)], // rebeccapurple
    ["hsl(0 0% 100%)", WHITE],
  ])("parses %s", (input, expected) => {
    expect(parseHslFunction(input)).toEqual(expected);
  });

  it.each(["hsl(0, 100, 50)", "hsl(0 100%)", "hsl(red 100% 50%)", "hsl(0, 100%, 50%, 1, 1)"])(
    "rejects %j",
    (input) => {
      expect(parseHslFunction(input)).toBeNull();
    },
  );
});

describe("parseOklchFunction", () => {
  it("parses oklch() including percentages and gamut-maps out-of-range chroma", () => {
    expect(parseOklchFunction("oklch(1 0 0)")).toEqual(WHITE);
    expect(parseOklchFunction("oklch(0% 0 none)")).toEqual(BLACK);
    expect(toHex(parseOklchFunction("oklch(62.8% 0.2577 29.23)")!)).toBe("#ff0000");
    expect(toHex(parseOklchFunction("oklch(0.511 0.23 276.97 / 0.5)")!)).toBe("#4f46e5");
    const wild = parseOklchFunction("oklch(70% 100% 150)");
    expect(wild).not.toBeNull();
    expect(rgbToOklch(wild!).c).toBeLessThan(0.4);
  });

  it.each(["oklch(0.5, 0.1, 20)", "oklch(0.5 0.1)", "oklch(a 0.1 20)"])("rejects %j", (input) => {
    expect(parseOklchFunction(input)).toBeNull();
  });
});

describe("WCAG luminance and contrast", () => {
  it("matches reference values", () => {
    expect(relativeLuminance(WHITE)).toBe(1);
    expect(relativeLuminance(BLACK)).toBe(0);
    expect(relativeLuminance(rgb(255, 0, 0))).toBeCloseTo(0.2126, 4);
    expect(contrastRatio(WHITE, BLACK)).toBe(21);
    expect(contrastRatio(rgb(0x77, 0x77, 0x77), WHITE)).toBeCloseTo(4.48, 2);
    expect(contrastRatio(rgb(0x76, 0x76, 0x76), WHITE)).toBeCloseTo(4.54, 2);
    expect(contrastRatio(rgb(0x4f, 0x46, 0xe5), WHITE)).toBeCloseTo(6.29, 2);
    expect(contrastRatio(WHITE, WHITE)).toBe(1);
  });

  it("is symmetric", () => {
    const a = rgb(0x22, 0xc5, 0x5e);
    const b = rgb(0x0f, 0x17, 0x2a);
    expect(contrastRatio(a, b)).toBe(contrastRatio(b, a));
  });
});

describe("toHex", () => {
  it("pads, rounds and clamps", () => {
    expect(toHex(rgb(1, 2, 3))).toBe("#010203");
    expect(toHex(rgb(254.6, -4, 300))).toBe("#ff00ff");
  });
});

describe("OKLCH conversions", () => {
  it("matches reference OKLCH values", () => {
    const red = rgbToOklch(rgb(255, 0, 0));
    expect(red.l).toBeCloseTo(0.628, 3);
    expect(red.c).toBeCloseTo(0.2577, 3);
    expect(red.h).toBeCloseTo(29.23, 1);
    const white = rgbToOklch(WHITE);
    expect(white.l).toBeCloseTo(1, 4);
    expect(white.c).toBeCloseTo(0, 4);
  });

  it("round-trips sRGB colours exactly", () => {
    for (let i = 0; i < 512; i++) {
      const c = rgb((i * 37) % 256, (i * 91) % 256, (i * 173) % 256);
      expect(oklchToRgb(rgbToOklch(c))).toEqual(c);
    }
  });

  it("reduces chroma, keeping lightness and hue, when out of gamut", () => {
    const mapped = rgbToOklch(oklchToRgb({ l: 0.9, c: 0.4, h: 264 }));
    expect(mapped.c).toBeLessThan(0.1);
    expect(mapped.c).toBeGreaterThan(0.02);
    expect(mapped.l).toBeCloseTo(0.9, 2);
    expect(Math.abs(mapped.h - 264)).toBeLessThan(3);
  });
});
