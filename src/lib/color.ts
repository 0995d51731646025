/**
 * Pure colour utilities (no DOM): parsing of common CSS colour syntaxes, WCAG 2.1 contrast,
 * and OKLCH conversions for deriving shades that keep hue and chroma.
 *
 * Alpha policy: every parser validates an alpha component but DROPS it. Brand colours are
 * used as solid fills, and compositing a translucent colour would make contrast depend on
 * whatever happens to be underneath.
 */

/** sRGB colour with integer channels 0–255. */
export type Rgb = { r: number; g: number; b: number };
/** OKLCH: l 0–1, c ≥ 0 (≈0.37 max in sRGB), h in degrees 0–360. */
export type Oklch = { l: number; c: number; h: number };

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
const channel = (v: number) => Math.round(clamp(v, 0, 255));

export function parseHexColor(s: string): Rgb | null {
  const m = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(s.trim());
  if (!m?.[1]) return null;
  let hex = m[1];
  if (hex.length <= 4) hex = [...hex].map((d) => d + d).join("");
  const n = (i: number) => parseInt(hex.slice(i, i + 2), 16);
  return { r: n(0), g: n(2), b: n(4) };
}

// ---- CSS function syntax -------------------------------------------------------------

type FunctionArgs = { channels: [string, string, string]; alpha?: string; legacy: boolean };

/** Splits `name(a b c / alpha)` or legacy `name(a, b, c, alpha)` into raw tokens. */
function functionArgs(s: string, names: readonly string[]): FunctionArgs | null {
  const m = /^([a-z]+)\((.*)\)$/i.exec(s.trim());
  if (!m?.[1] || m[2] === undefined || !names.includes(m[1].toLowerCase())) return null;
  const body = m[2].trim();
  const tokens = (part: string) => part.trim().split(/\s+/).filter(Boolean);

  if (body.includes(",")) {
    const parts = body.split(",").map((p) => p.trim());
    if (parts.length < 3 || parts.length > 4 || parts.some((p) => !/^\S+$/.test(p))) return null;
    const [a, b, c, alpha] = parts as [string, string, string, string?];
    return { channels: [a, b, c], alpha, legacy: true };
  }
  const [main = "", alphaPart, ...rest] = body.split("/");
  const ch = tokens(main);
  if (rest.length > 0 || ch.length !== 3) return null;
  const alpha = alphaPart === undefined ? undefined : tokens(alphaPart);
  if (alpha && alpha.length !== 1) return null;
  return { channels: ch as [string, string, string], alpha: alpha?.[0], legacy: false };
}

const NUMBER = String.raw`[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?`;
const numberRe = new RegExp(`^${NUMBER}$`, "i");
const percentRe = new RegExp(`^${NUMBER}%$`, "i");
const angleRe = new RegExp(`^(${NUMBER})(deg|rad|grad|turn)?$`, "i");

const isNone = (t: string) => t.toLowerCase() === "none";
const num = (t: string) => (numberRe.test(t) ? Number(t) : null);
const percent = (t: string) => (percentRe.test(t) ? Number(t.slice(0, -1)) : null);

function angle(t: string): number | null {
  const m = angleRe.exec(t);
  if (!m?.[1]) return null;
  const v = Number(m[1]);
  const unit = (m[2] ?? "deg").toLowerCase();
  const deg =
    unit === "rad"
      ? (v * 180) / Math.PI
      : unit === "grad"
        ? v * 0.9
        : unit === "turn"
          ? v * 360
          : v;
  return ((deg % 360) + 360) % 360;
}

function validAlpha(args: FunctionArgs): boolean {
  const a = args.alpha;
  return a === undefined || num(a) !== null || percent(a) !== null || (!args.legacy && isNone(a));
}

/** `rgb()`/`rgba()`, modern (`rgb(255 0 0 / 50%)`) and legacy (`rgba(255, 0, 0, .5)`). */
export function parseRgbFunction(s: string): Rgb | null {
  const args = functionArgs(s, ["rgb", "rgba"]);
  if (!args || !validAlpha(args)) return null;
  // Legacy syntax needs all numbers or all percentages; modern syntax may mix, and allows none.
  const kinds = args.channels.map((t) =>
    num(t) !== null ? "n" : percent(t) !== null ? "p" : isNone(t) ? "none" : null,
  );
  if (kinds.includes(null)) return null;
  if (args.legacy && (kinds.includes("none") || new Set(kinds).size > 1)) return null;
  const [r, g, b] = args.channels.map((t) => {
    const p = percent(t);
    return p !== null ? channel((p * 255) / 100) : channel(num(t) ?? 0);
  }) as [number, number, number];
  return { r, g, b };
}

/** `hsl()`/`hsla()`, modern and legacy; hue accepts deg/rad/grad/turn. */
export function parseHslFunction(s: string): Rgb | null {
  const args = functionArgs(s, ["hsl", "hsla"]);
  if (!args || !validAlpha(args)) return null;
  const [ht, st, lt] = args.channels;
  const hue = !args.legacy && isNone(ht) ? 0 : angle(ht);
  // Legacy syntax requires percentages; modern also accepts bare numbers (meaning percent).
  const pct = (t: string) => percent(t) ?? (args.legacy ? null : isNone(t) ? 0 : num(t));
  const sat = pct(st);
  const light = pct(lt);
  if (hue === null || sat === null || light === null) return null;
  return hslToRgb(hue, clamp(sat, 0, 100) / 100, clamp(light, 0, 100) / 100);
}

function hslToRgb(h: number, s: number, l: number): Rgb {
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    const a = s * Math.min(l, 1 - l);
    return channel(255 * (l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1))));
  };
  return { r: f(0), g: f(8), b: f(4) };
}

/** `oklch(L C H [/ alpha])`; L as 0–1 or %, C as number or % (100% = 0.4). Gamut-mapped. */
export function parseOklchFunction(s: string): Rgb | null {
  const args = functionArgs(s, ["oklch"]);
  if (!args || args.legacy || !validAlpha(args)) return null;
  const [lt, ct, ht] = args.channels;
  const scaled = (t: string, full: number) => {
    const p = percent(t);
    return isNone(t) ? 0 : p !== null ? (p / 100) * full : num(t);
  };
  const l = scaled(lt, 1);
  const c = scaled(ct, 0.4);
  const h = isNone(ht) ? 0 : angle(ht);
  if (l === null || c === null || h === null) return null;
  return oklchToRgb({ l: clamp(l, 0, 1), c: Math.max(0, c), h });
}

// ---- WCAG 2.1 ------------------------------------------------------------------------

const toLinear = (v: number) => {
  const c = v / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};
const fromLinear = (v: number) =>
  255 * (v <= 0.0031308 ? 12.92 * v : 1.055 * v ** (1 / 2.4) - 0.055);

export function relativeLuminance({ r, g, b }: Rgb): number {
  return 0.2126 * toLinear(r) + 0.7152 * toLinear(g) + 0.0722 * toLinear(b);
}

export function contrastRatio(a: Rgb, b: Rgb): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (hi + 0.05) / (lo + 0.05);
}

export function toHex({ r, g, b }: Rgb): string {
  return "#" + [r, g, b].map((v) => channel(v).toString(16).padStart(2, "0")).join("");
}

// ---- OKLCH (Björn Ottosson's OKLab, https://bottosson.github.io/posts/oklab/) ------------

export function rgbToOklch(rgb: Rgb): Oklch {
  const [r, g, b] = [rgb.r, rgb.g, rgb.b].map(toLinear) as [number, number, number];
  const l_ = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m_ = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s_ = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  const L = 0.2104542553 * l_ + 0.793617785 * m_ - 0.0040720468 * s_;
  const A = 1.9779984951 * l_ - 2.428592205 * m_ + 0.4505937099 * s_;
  const B = 0.0259040371 * l_ + 0.7827717662 * m_ - 0.808675766 * s_;
  const h = (Math.atan2(B, A) * 180) / Math.PI;
  return { l: L, c: Math.hypot(A, B), h: h < 0 ? h + 360 : h };
}

/** Linear sRGB (unclamped, may be out of gamut) for an OKLCH colour. */
function oklchToLinear({ l, c, h }: Oklch): [number, number, number] {
  const A = c * Math.cos((h * Math.PI) / 180);
  const B = c * Math.sin((h * Math.PI) / 180);
  const lc = (l + 0.3963377774 * A + 0.2158037573 * B) ** 3;
  const mc = (l - 0.1055613458 * A - 0.0638541728 * B) ** 3;
  const sc = (l - 0.0894841775 * A - 1.291485548 * B) ** 3;
  return [
    4.0767416621 * lc - 3.3077115913 * mc + 0.2309699292 * sc,
    -1.2684380046 * lc + 2.6097574011 * mc - 0.3413193965 * sc,
    -0.0041960863 * lc - 0.7034186147 * mc + 1.707614701 * sc,
  ];
}

const inGamut = (lin: number[]) => lin.every((v) => v >= -1e-4 && v <= 1 + 1e-4);

/**
 * OKLCH → sRGB. Out-of-gamut colours keep lightness and hue; chroma is reduced (binary
 * search) to the largest value that fits, so shades stay recognisably the same hue.
 */
export function oklchToRgb(lch: Oklch): Rgb {
  const l = clamp(lch.l, 0, 1);
  let c = Math.max(0, lch.c);
  if (!inGamut(oklchToLinear({ l, c, h: lch.h }))) {
    let lo = 0;
    let hi = c;
    for (let i = 0; i < 24; i++) {
      const mid = (lo + hi) / 2;
      if (inGamut(oklchToLinear({ l, c: mid, h: lch.h }))) lo = mid;
      else hi = mid;
    }
    c = lo;
  }
  const [r, g, b] = oklchToLinear({ l, c, h: lch.h }).map((v) =>
    channel(fromLinear(clamp(v, 0, 1))),
  );
  return { r: r ?? 0, g: g ?? 0, b: b ?? 0 };
}
