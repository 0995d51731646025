import { afterEach, describe, expect, it, vi } from "vitest";
import { contrastRatio, parseHexColor, rgbToOklch, type Rgb } from "@/lib/color";
import {
  applyBrandColor,
  brandStyleSheet,
  derivePalette,
  parseBrandColor,
  STYLE_ELEMENT_ID,
  THEME_COLORS,
  type BrandPalette,
  type Theme,
} from "./brand-palette";

const HEX = /^#[0-9a-f]{6}$/;
const THEMES: Theme[] = ["light", "dark"];

function hex(value: string): Rgb {
  const c = parseHexColor(value);
  if (!c) throw new Error(`not hex: ${value}`);
  return c;
}

/** Every WCAG target from the token contract; returns the failures (empty when all hold). */
function contrastFailures(p: BrandPalette, theme: Theme): string[] {
  const { bg, surface, muted } = THEME_COLORS[theme];
  const checks: [string, string, Rgb, number][] = [
    ["brand", "bg", bg, 3],
    ["brand", "surface", surface, 3],
    ["brand", "surface-muted", muted, 3],
    ["brand-fg", "brand", hex(p.brand), 4.5],
    ["brand-fg", "brand-hover", hex(p["brand-hover"]), 4.5],
    ["brand-on-container", "brand-container", hex(p["brand-container"]), 4.5],
    ["brand-text", "bg", bg, 4.5],
    ["brand-text", "surface", surface, 4.5],
    ["brand-text", "surface-muted", muted, 4.5],
    ["brand-outline", "bg", bg, 3],
    ["brand-outline", "surface", surface, 3],
    ["brand-outline", "surface-muted", muted, 3],
  ];
  return checks
    .map(([fg, bgName, against, min]) => {
      const ratio = contrastRatio(hex(p[fg as keyof BrandPalette]), against);
      return ratio >= min ? "" : `${fg} on ${bgName}: ${ratio.toFixed(2)} < ${min}`;
    })
    .filter(Boolean);
}

describe("parseBrandColor", () => {
  it.each([undefined, "", "   ", "javascript:alert(1)", "red; } body { display:none", "#12"])(
    "returns null for %j",
    (value) => {
      expect(parseBrandColor(value)).toBeNull();
    },
  );

  it.each([
    [" #F60 ", { r: 255, g: 102, b: 0 }],
    ["#1e3a8a80", { r: 0x1e, g: 0x3a, b: 0x8a }],
    ["rgb(34 197 94)", { r: 34, g: 197, b: 94 }],
    ["hsl(270, 50%, 40%)", { r: 102, g: 51, b: 153 }],
    ["oklch(1 0 0)", { r: 255, g: 255, b: 255 }],
  ])("parses %j without the browser", (value, expected) => {
    expect(parseBrandColor(value)).toEqual(expected);
  });

  describe("browser fallback", () => {
    afterEach(() => {
      vi.unstubAllGlobals();
    });

    /** Minimal canvas 2D context: knows a few colours, ignores invalid fillStyle like a browser. */
    function fakeCanvas(known: Record<string, [number, number, number, number]>) {
      let style = "#000000";
      const ctx = {
        get fillStyle() {
          return style;
        },
        set fillStyle(v: string) {
          if (v in known || /^#[0-9a-f]{6}$/.test(v)) style = v;
        },
        fillRect: vi.fn(),
        getImageData: () => ({ data: Uint8ClampedArray.from(known[style] ?? [0, 0, 0, 255]) }),
      };
      vi.spyOn(HTMLCanvasElement.prototype, "getContext").mockReturnValue(
        ctx as unknown as CanvasRenderingContext2D,
      );
      return ctx;
    }

    it("resolves a named colour by painting a pixel", () => {
      vi.stubGlobal("CSS", { supports: () => true });
      const ctx = fakeCanvas({ rebeccapurple: [102, 51, 153, 255] });
      expect(parseBrandColor("rebeccapurple")).toEqual({ r: 102, g: 51, b: 153 });
      expect(ctx.fillRect).toHaveBeenCalledWith(0, 0, 1, 1);
    });

    it("rejects values the canvas ignores, transparent colours and currentcolor", () => {
      vi.stubGlobal("CSS", { supports: () => true });
      fakeCanvas({ transparent: [0, 0, 0, 0], currentcolor: [0, 0, 0, 255] });
      expect(parseBrandColor("var(--x)")).toBeNull();
      expect(parseBrandColor("red; } body { display:none")).toBeNull();
      expect(parseBrandColor("transparent")).toBeNull();
      expect(parseBrandColor("currentColor")).toBeNull();
    });

    it("does not paint when CSS.supports says no", () => {
      vi.stubGlobal("CSS", { supports: () => false });
      fakeCanvas({ rebeccapurple: [102, 51, 153, 255] });
      expect(parseBrandColor("rebeccapurple")).toBeNull();
      expect(HTMLCanvasElement.prototype.getContext).not.toHaveBeenCalled();
    });

    it("returns null instead of throwing when the canvas is unavailable or broken", () => {
      vi.stubGlobal("CSS", { supports: () => true });
      vi.spyOn(HTMLCanvasElement.prototype, "getContext").mockReturnValue(null);
      expect(parseBrandColor("rebeccapurple")).toBeNull();
      vi.spyOn(HTMLCanvasElement.prototype, "getContext").mockImplementation(() => {
        throw new Error("blocked");
      });
      expect(parseBrandColor("rebeccapurple")).toBeNull();
      vi.stubGlobal("CSS", undefined);
      expect(parseBrandColor("rebeccapurple")).toBeNull();
    });
  });
});

describe("derivePalette", () => {
  const spread = [
    "#ffff00",
    "#ffeb3b",
    "#ffffff",
    "#000000",
    "#777777",
    "#808080",
    "#0000ff",
    "#e11d48",
    "#22c55e",
    "#1e3a8a",
    "#f60",
    "#4f46e5",
  ];

  describe.each(THEMES)("%s theme", (theme) => {
    it.each(spread)("%s meets every contrast target with a distinct hover", (brand) => {
      const p = derivePalette(hex(brand), theme);
      for (const value of Object.values(p)) expect(value).toMatch(HEX);
      expect(contrastFailures(p, theme)).toEqual([]);
      expect(p["brand-hover"]).not.toBe(p.brand);
      expect(contrastRatio(hex(p["brand-hover"]), hex(p.brand))).toBeGreaterThanOrEqual(1.2);
    });

    it("holds for a 216-colour grid", () => {
      const levels = [0, 51, 102, 153, 204, 255];
      const failures: string[] = [];
      for (const r of levels)
        for (const g of levels)
          for (const b of levels) {
            const p = derivePalette({ r, g, b }, theme);
            const bad = contrastFailures(p, theme);
            if (p["brand-hover"] === p.brand) bad.push("hover equals brand");
            if (bad.length) failures.push(`rgb(${r} ${g} ${b}): ${bad.join(", ")}`);
          }
      expect(failures).toEqual([]);
    });
  });

  it("keeps the user's colour in light theme when it stands out and white or near-black text is readable", () => {
    expect(derivePalette(hex("#e11d48"), "light")).toMatchObject({
      brand: "#e11d48",
      "brand-fg": "#ffffff",
    });
    expect(derivePalette(hex("#ea580c"), "light")).toMatchObject({
      brand: "#ea580c",
      "brand-fg": "#0f172a",
    });
    expect(derivePalette(hex("#1e3a8a"), "light").brand).toBe("#1e3a8a");
  });

  it("moves a fill that would vanish into the page (white, yellow, light green) until it stands out by 3:1", () => {
    const { surface, muted } = THEME_COLORS.light;
    for (const brand of ["#ffffff", "#ffff00", "#ffeb3b", "#22c55e"]) {
      const { brand: fill } = derivePalette(hex(brand), "light");
      expect(fill, brand).not.toBe(brand);
      expect(contrastRatio(hex(fill), surface), brand).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(hex(fill), muted), brand).toBeGreaterThanOrEqual(3);
    }
    // Black on the dark theme: lifted off the page as well.
    const dark = derivePalette(hex("#000000"), "dark").brand;
    expect(contrastRatio(hex(dark), THEME_COLORS.dark.surface)).toBeGreaterThanOrEqual(3);
  });

  it("nudges a mid grey that neither white nor near-black can sit on", () => {
    const grey = hex("#777777");
    expect(contrastRatio(grey, hex("#ffffff"))).toBeLessThan(4.5);
    expect(contrastRatio(grey, hex("#0f172a"))).toBeLessThan(4.5);
    const p = derivePalette(grey, "light");
    expect(p.brand).not.toBe("#777777");
    expect(Math.abs(rgbToOklch(hex(p.brand)).l - rgbToOklch(grey).l)).toBeLessThan(0.02);
  });

  it("lightens dark brands for the dark theme but keeps them recognisable", () => {
    for (const brand of ["#1e3a8a", "#0000ff", "#e11d48", "#f60"]) {
      const original = rgbToOklch(hex(brand));
      const dark = derivePalette(hex(brand), "dark");
      const fill = rgbToOklch(hex(dark.brand));
      expect(fill.l).toBeGreaterThanOrEqual(Math.max(original.l, 0.69));
      const hueShift = Math.abs(((fill.h - original.h + 540) % 360) - 180);
      expect(hueShift).toBeLessThan(12);
      expect(fill.c).toBeGreaterThan(0.1);
      // The button itself stands out from the dark page (WCAG 1.4.11 non-text contrast).
      expect(contrastRatio(hex(dark.brand), THEME_COLORS.dark.surface)).toBeGreaterThanOrEqual(3);
    }
  });

  it("tints the container with the brand hue", () => {
    for (const theme of THEMES) {
      const brand = rgbToOklch(hex("#e11d48"));
      const container = rgbToOklch(hex(derivePalette(hex("#e11d48"), theme)["brand-container"]));
      expect(container.c).toBeGreaterThan(0.02);
      expect(Math.abs(container.h - brand.h)).toBeLessThan(10);
    }
  });
});

describe("brandStyleSheet", () => {
  it("contains only the expected selectors and hex declarations", () => {
    const css = brandStyleSheet(hex("#e11d48"));
    const rules = [...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)];
    expect(rules.map((r) => r[1]?.trim())).toEqual([
      ':root[data-theme="light"], :root:not([data-theme])',
      ':root[data-theme="dark"]',
    ]);
    for (const [, , body = ""] of rules) {
      const decls = body.trim().split("\n");
      expect(decls).toHaveLength(7);
      for (const d of decls) expect(d.trim()).toMatch(/^--brand(-[a-z-]+)?: #[0-9a-f]{6};$/);
    }
    expect(css.replace(/([^{}]+)\{([^{}]*)\}/g, "").trim()).toBe("");
    expect(css).toContain("--brand: #e11d48;");
    expect(css).toContain(`--brand: ${derivePalette(hex("#e11d48"), "dark").brand};`);
  });
});

describe("applyBrandColor", () => {
  const styles = () => document.head.querySelectorAll(`#${STYLE_ELEMENT_ID}`);

  afterEach(() => {
    document.head.innerHTML = "";
  });

  it.each(["javascript:alert(1)", "red; } body { display:none", "", undefined])(
    "ignores %j and adds no style element",
    (value) => {
      expect(applyBrandColor(value)).toBe(false);
      expect(styles()).toHaveLength(0);
    },
  );

  it("creates one style element and updates it in place", () => {
    expect(applyBrandColor("#e11d48")).toBe(true);
    expect(styles()).toHaveLength(1);
    const style = styles()[0]!;
    expect(style.tagName).toBe("STYLE");
    expect(style.textContent).toBe(brandStyleSheet(hex("#e11d48")));

    document.head.appendChild(document.createElement("style"));
    expect(applyBrandColor("rgb(30 58 138)")).toBe(true);
    expect(styles()).toHaveLength(1);
    expect(styles()[0]).toBe(style);
    expect(style.textContent).toBe(brandStyleSheet(hex("#1e3a8a")));
    expect(document.head.lastElementChild).toBe(style);
  });

  it("keeps the current brand when a later value is invalid", () => {
    applyBrandColor("#22c55e");
    const before = styles()[0]?.textContent;
    expect(applyBrandColor("red; } body { display:none")).toBe(false);
    expect(styles()).toHaveLength(1);
    expect(styles()[0]?.textContent).toBe(before);
  });

  it("works on another document and never throws", () => {
    const other = document.implementation.createHTMLDocument("other");
    expect(applyBrandColor("#0000ff", other)).toBe(true);
    expect(other.getElementById(STYLE_ELEMENT_ID)).not.toBeNull();
    expect(styles()).toHaveLength(0);
    expect(applyBrandColor("#0000ff", {} as Document)).toBe(false);
  });
});
