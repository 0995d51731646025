/**
 * Runtime brand colour (BRAND_COLOR config) → per-theme brand tokens meeting WCAG 2.1 AA.
 * Only computed hex values ever reach the stylesheet; the raw config string never does.
 */
import {
  contrastRatio,
  oklchToRgb,
  parseHexColor,
  parseHslFunction,
  parseOklchFunction,
  parseRgbFunction,
  rgbToOklch,
  toHex,
  type Oklch,
  type Rgb,
} from "@/lib/color";

export type Theme = "light" | "dark";
export type BrandToken =
  | "brand"
  | "brand-hover"
  | "brand-fg"
  | "brand-container"
  | "brand-on-container"
  | "brand-text"
  | "brand-outline";
export type BrandPalette = Record<BrandToken, string>;

export const TEXT_CONTRAST = 4.5;
export const NON_TEXT_CONTRAST = 3;
export const STYLE_ELEMENT_ID = "portal-brand";

function fromHex(hex: string): Rgb {
  const rgb = parseHexColor(hex);
  if (!rgb) throw new Error(`bad constant ${hex}`);
  return rgb;
}

const WHITE = fromHex("#ffffff");
const BLACK = fromHex("#000000");

/**
 * Page colours from src/index.css (`muted` is a hovered row or a selected item's ground);
 * `ink` is the near-black used for text on light fills.
 */
export const THEME_COLORS = {
  light: {
    bg: fromHex("#f8fafc"),
    surface: fromHex("#ffffff"),
    muted: fromHex("#f1f5f9"),
    ink: fromHex("#0f172a"),
  },
  dark: {
    bg: fromHex("#0b1120"),
    surface: fromHex("#111827"),
    muted: fromHex("#1b2433"),
    ink: fromHex("#0b1120"),
  },
} as const;

// OKLCH lightness targets, modelled on the default indigo tokens in index.css.
const DARK_MIN_L = 0.7; // dark-theme fills are at least this light (≈ Tailwind 400)
const HOVER_CONTRAST = 1.25; // ≈ one Tailwind step (indigo 600 → 700 is 1.22)
const CONTAINER = { light: { l: 0.95, maxC: 0.04 }, dark: { l: 0.28, maxC: 0.08 } };
const ON_CONTAINER_L = { light: 0.4, dark: 0.87 };
const L_STEP = 0.005;

// ---- parsing ---------------------------------------------------------------------------

export function parseBrandColor(value: string | undefined): Rgb | null {
  const v = value?.trim() ?? "";
  if (!v || v.length > 200) return null;
  return (
    parseHexColor(v) ??
    parseRgbFunction(v) ??
    parseHslFunction(v) ??
    parseOklchFunction(v) ??
    resolveWithBrowser(v)
  );
}

/** Named colours, color(), lab() …: let the browser resolve them by painting one pixel. */
function resolveWithBrowser(v: string): Rgb | null {
  try {
    if (typeof CSS === "undefined" || typeof CSS.supports !== "function") return null;
    // currentcolor/inherit/var() pass CSS.supports but are not colours of their own.
    if (!CSS.supports("color", v) || /^currentcolor$/i.test(v)) return null;
    const canvas = document.createElement("canvas");
    canvas.width = canvas.height = 1;
    const ctx = canvas.getContext("2d", { willReadFrequently: true });
    if (!ctx) return null;
    // An invalid fillStyle is ignored, so if two different sentinels survive, v was rejected.
    ctx.fillStyle = "#000000";
    ctx.fillStyle = v;
    const first = ctx.fillStyle;
    ctx.fillStyle = "#ffffff";
    ctx.fillStyle = v;
    if (ctx.fillStyle !== first) return null;
    ctx.fillRect(0, 0, 1, 1);
    const [r = 0, g = 0, b = 0, a = 0] = ctx.getImageData(0, 0, 1, 1).data;
    return a === 0 ? null : { r, g, b }; // fully transparent: no colour to recover
  } catch {
    return null;
  }
}

// ---- derivation ------------------------------------------------------------------------

/**
 * Walks lightness from `start.l` in `dir` (+1 lighter, -1 darker), keeping hue and chroma,
 * until `ok` holds. White/black satisfy every target used here, so this always succeeds.
 */
function adjustLightness(start: Oklch, dir: 1 | -1, ok: (c: Rgb) => boolean): Rgb {
  for (let l = start.l; dir > 0 ? l < 1 : l > 0; l += dir * L_STEP) {
    const rgb = oklchToRgb({ ...start, l });
    if (ok(rgb)) return rgb;
  }
  return dir > 0 ? WHITE : BLACK;
}

const readableOn = (fg: Rgb) => (bg: Rgb) => contrastRatio(fg, bg) >= TEXT_CONTRAST;
const meets =
  (min: number, ...bgs: Rgb[]) =>
  (c: Rgb) =>
    bgs.every((bg) => contrastRatio(c, bg) >= min);

/**
 * Button fill + its text colour: the closest lightness at which white or ink text is
 * readable and the fill stands out from every page ground by 3:1 — the fill also marks
 * state (a checked box, the selected range, a completed step), so white or yellow brands
 * must not vanish into a white page.
 */
function solidFill(start: Oklch, theme: Theme): { fill: Rgb; fg: Rgb } {
  const { ink, bg, surface, muted } = THEME_COLORS[theme];
  const distinct = meets(NON_TEXT_CONTRAST, bg, surface, muted);
  // Dark theme fills are light, so only dark text applies; light theme prefers white on ties.
  const options =
    theme === "light"
      ? [
          { fg: WHITE, dir: -1 as const },
          { fg: ink, dir: 1 as const },
        ]
      : [{ fg: ink, dir: 1 as const }];
  const candidates = options
    .map(({ fg, dir }) => {
      const fill = adjustLightness(start, dir, (c) => readableOn(fg)(c) && distinct(c));
      return { fill, fg, shift: Math.abs(rgbToOklch(fill).l - start.l) };
    })
    .filter(({ fill, fg }) => readableOn(fg)(fill) && distinct(fill));
  return candidates.reduce((best, c) => (c.shift < best.shift ? c : best));
}

/**
 * Visibly different shade (darker in light theme, lighter in dark) that keeps fg readable;
 * the other direction when the fill is too close to black/white to move that way.
 * "Visibly" is a luminance ratio, since a fixed OKLCH step is nearly invisible near black.
 */
function hoverShade(fill: Rgb, fg: Rgb, theme: Theme): Rgb {
  const base = rgbToOklch(fill);
  const ok = (c: Rgb) => contrastRatio(c, fill) >= HOVER_CONTRAST && readableOn(fg)(c);
  const [preferred, other] = theme === "light" ? ([-1, 1] as const) : ([1, -1] as const);
  const first = adjustLightness(base, preferred, ok);
  return ok(first) ? first : adjustLightness(base, other, ok);
}

export function derivePalette(brand: Rgb, theme: Theme): BrandPalette {
  const { bg, surface, muted } = THEME_COLORS[theme];
  const lch = rgbToOklch(brand);
  const start = theme === "dark" ? { ...lch, l: Math.max(lch.l, DARK_MIN_L) } : lch;
  const { fill, fg } = solidFill(start, theme);
  const fillLch = rgbToOklch(fill);
  // Page text and outlines move away from the page colour: darker on light, lighter on dark.
  const away = theme === "light" ? -1 : 1;

  const c = CONTAINER[theme];
  const container = oklchToRgb({ l: c.l, c: Math.min(lch.c, c.maxC), h: lch.h });
  const onContainer = adjustLightness(
    { ...lch, l: ON_CONTAINER_L[theme] },
    away,
    readableOn(container),
  );

  return {
    brand: toHex(fill),
    "brand-hover": toHex(hoverShade(fill, fg, theme)),
    "brand-fg": toHex(fg),
    "brand-container": toHex(container),
    "brand-on-container": toHex(onContainer),
    // Links sit on hovered rows too, so the muted ground counts.
    "brand-text": toHex(adjustLightness(fillLch, away, meets(TEXT_CONTRAST, bg, surface, muted))),
    "brand-outline": toHex(
      adjustLightness(fillLch, away, meets(NON_TEXT_CONTRAST, bg, surface, muted)),
    ),
  };
}

// ---- stylesheet ------------------------------------------------------------------------

const SELECTORS: Record<Theme, string> = {
  light: ':root[data-theme="light"], :root:not([data-theme])',
  dark: ':root[data-theme="dark"]',
};

export function brandStyleSheet(brand: Rgb): string {
  return (["light", "dark"] as const)
    .map((theme) => {
      const decls = Object.entries(derivePalette(brand, theme))
        .map(([token, hex]) => `  --${token}: ${hex};`)
        .join("\n");
      return `${SELECTORS[theme]} {\n${decls}\n}\n`;
    })
    .join("\n");
}

/**
 * Applies BRAND_COLOR. Invalid input changes nothing and returns false; never throws.
 * The style element is (re)appended last in <head> so it wins over equally specific rules.
 */
export function applyBrandColor(
  value: string | undefined,
  doc: Document = globalThis.document,
): boolean {
  try {
    const brand = parseBrandColor(value);
    if (!brand || !doc?.head) return false;
    const css = brandStyleSheet(brand);
    let style = doc.head.querySelector(`style#${STYLE_ELEMENT_ID}`);
    if (!style) {
      style = doc.createElement("style");
      style.id = STYLE_ELEMENT_ID;
    }
    style.textContent = css;
    doc.head.appendChild(style);
    return true;
  } catch {
    return false;
  }
}
