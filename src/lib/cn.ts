import { clsx, type ClassValue } from "clsx";
import { createTailwindMerge } from "tailwind-merge";

// The few value tests the table below needs; tailwind-merge's `validators` object brings all
// of its ~20 (about 1 KB gzip of the first screen).
const isAny = () => true;
const isNumber = (value: string) => value !== "" && !Number.isNaN(Number(value));
const isFraction = (value: string) => /^\d+\/\d+$/.test(value);
const isArbitraryValue = (value: string) => /^\[.+\]$/.test(value);
const isTshirtSize = (value: string) => /^(\d+(\.\d+)?)?(xs|sm|md|lg|xl)$/.test(value);

/*
 * tailwind-merge's full Tailwind 4 table costs ~9 KB gzip on the first screen;
 * this one knows only the utility groups our primitives set and callers
 * override (box, spacing, type, colour, radius). Classes outside these groups
 * are kept as given, as a plain join would.
 */
const spacing = [isNumber, isFraction, isArbitraryValue, "px", "auto", "full"];
const size = [...spacing, "min", "max", "fit", "screen", "dvh", "prose", isTshirtSize];
const sides = (prefix: string) =>
  Object.fromEntries(
    ["", "x", "y", "t", "r", "b", "l"].map((side) => [
      `${prefix}${side}`,
      [{ [`${prefix}${side}`]: spacing }],
    ]),
  );
const sideConflicts = (prefix: string) => ({
  [prefix]: ["x", "y", "t", "r", "b", "l"].map((side) => `${prefix}${side}`),
  [`${prefix}x`]: [`${prefix}r`, `${prefix}l`],
  [`${prefix}y`]: [`${prefix}t`, `${prefix}b`],
});

const BORDER_SIDES = ["x", "y", "t", "r", "b", "l"];
const borderSides = (kind: string, values: unknown[]) => ({
  [`border-${kind}`]: [{ border: values }],
  ...Object.fromEntries(
    BORDER_SIDES.map((side) => [`border-${kind}-${side}`, [{ [`border-${side}`]: values }]]),
  ),
});
const borderConflicts = (kind: string) => ({
  [`border-${kind}`]: BORDER_SIDES.map((side) => `border-${kind}-${side}`),
  [`border-${kind}-x`]: [`border-${kind}-r`, `border-${kind}-l`],
  [`border-${kind}-y`]: [`border-${kind}-t`, `border-${kind}-b`],
});

const merge = createTailwindMerge(() => ({
  cacheSize: 200,
  theme: {},
  classGroups: {
    display: [
      "block",
      "inline-block",
      "inline",
      "flex",
      "inline-flex",
      "grid",
      "hidden",
      "contents",
    ],
    "flex-direction": [{ flex: ["row", "col", "row-reverse", "col-reverse"] }],
    "align-items": [{ items: ["start", "end", "center", "baseline", "stretch"] }],
    "justify-content": [{ justify: ["start", "end", "center", "between", "around", "evenly"] }],
    gap: [{ gap: spacing }],
    "gap-x": [{ "gap-x": spacing }],
    "gap-y": [{ "gap-y": spacing }],
    ...sides("p"),
    ...sides("m"),
    w: [{ w: size }],
    h: [{ h: size }],
    size: [{ size }],
    "min-w": [{ "min-w": size }],
    "max-w": [{ "max-w": size }],
    "min-h": [{ "min-h": size }],
    "max-h": [{ "max-h": size }],
    // Sizes before colours: `text-sm` is a size, `text-fg-muted` a colour.
    "font-size": [{ text: ["base", isTshirtSize, isArbitraryValue] }],
    "font-weight": [{ font: ["normal", "medium", "semibold", "bold"] }],
    "font-family": [{ font: ["sans", "mono", "serif"] }],
    "text-color": [{ text: [isAny] }],
    "bg-color": [{ bg: [isAny] }],
    // Widths before colours, side by side: `border-b-2` is a width, `border-t-transparent` a colour.
    ...borderSides("w", ["", isNumber]),
    ...borderSides("color", [isAny]),
    rounded: [{ rounded: ["", "none", "full", isTshirtSize] }],
    opacity: [{ opacity: [isNumber] }],
  },
  conflictingClassGroups: {
    ...sideConflicts("p"),
    ...sideConflicts("m"),
    ...borderConflicts("w"),
    ...borderConflicts("color"),
    size: ["w", "h"],
    gap: ["gap-x", "gap-y"],
  },
  conflictingClassGroupModifiers: {},
  orderSensitiveModifiers: [],
}));

/**
 * Joins class names, skipping falsy ones; when two classes set the same
 * property (a primitive's `h-8`, a caller's `h-7`), the later one wins
 * instead of the stylesheet's order deciding.
 */
export function cn(...classes: ClassValue[]): string {
  return merge(clsx(classes));
}
