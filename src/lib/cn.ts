import { clsx, type ClassValue } from "clsx";

/*
 * Class conflicts for the utility groups our primitives set and callers override
 * (box, spacing, type, colour, radius): when two classes of one group meet under
 * the same variants, the later wins. Classes outside these groups are kept as
 * given, as a plain join would. (tailwind-merge with a table this size cost
 * ~2 KB gzip of the first screen; this is the same rule, with Tailwind's
 * logical sides `s`/`e` — `ps-2`, `me-1`, `border-s` — as sides too.)
 */

const NUMBER = "\\d+(?:\\.\\d+)?";
const TSHIRT = `(?:${NUMBER})?(?:xs|sm|md|lg|xl)`;
const SPACING = `${NUMBER}|\\d+/\\d+|\\[.+\\]|px|auto|full`;
const SIZE = `${SPACING}|min|max|fit|screen|dvh|prose|${TSHIRT}`;
const SIDES = ["x", "y", "t", "r", "b", "l", "s", "e"];

/** [pattern of the whole utility, its group]; the first that matches decides. */
const GROUPS: [RegExp, string][] = [
  [/^(?:block|inline-block|inline|flex|inline-flex|grid|hidden|contents)$/, "display"],
  [/^flex-(?:row|col|row-reverse|col-reverse)$/, "flex-direction"],
  [/^items-(?:start|end|center|baseline|stretch)$/, "align-items"],
  [/^justify-(?:start|end|center|between|around|evenly)$/, "justify-content"],
  [new RegExp(`^(gap(?:-[xy])?|[pm][xytrblse]?)-(?:${SPACING})$`), "$1"],
  [new RegExp(`^(size|[wh]|(?:min|max)-[wh])-(?:${SIZE})$`), "$1"],
  // Sizes before colours: `text-sm` is a size, `text-fg-muted` a colour.
  [new RegExp(`^text-(?:base|${TSHIRT}|\\[.+\\])$`), "font-size"],
  [/^font-(?:normal|medium|semibold|bold)$/, "font-weight"],
  [/^font-(?:sans|mono|serif)$/, "font-family"],
  [/^text-(?:start|end|left|right|center|justify)$/, "text-align"],
  [/^text-/, "text-color"],
  [/^bg-/, "bg-color"],
  // Widths before colours: `border-b-2` is a width, `border-t-transparent` a colour.
  [/^border(-[xytrblse])?(?:-\d+)?$/, "border-w$1"],
  [/^border(-[xytrblse])?-/, "border-color$1"],
  [new RegExp(`^rounded(?:-(?:none|full|${TSHIRT}))?$`), "rounded"],
  [/^opacity-\d+$/, "opacity"],
  // An arbitrary property (`[color-scheme:dark]`) is a group of its own.
  [/^\[([\w-]+):.+\]$/, "[$1]"],
];

/** A group and the groups it overrides: `p-0` replaces `px-2`, `size-6` replaces `w-4`. */
const CONFLICTS: Record<string, string[]> = { size: ["w", "h"], gap: ["gap-x", "gap-y"] };
for (const [all, side] of [
  ["p", "p"],
  ["m", "m"],
  ["border-w", "border-w-"],
  ["border-color", "border-color-"],
] as const) {
  CONFLICTS[all] = SIDES.map((s) => side + s);
  CONFLICTS[`${side}x`] = [`${side}r`, `${side}l`, `${side}s`, `${side}e`];
  CONFLICTS[`${side}y`] = [`${side}t`, `${side}b`];
}

function groupOf(utility: string): string | null {
  for (const [pattern, group] of GROUPS) {
    const match = pattern.exec(utility);
    if (match) return group.replace("$1", match[1] ?? "");
  }
  return null;
}

/** `hover:sm:!p-2` → variants "hover:sm:!", utility "p-2"; colons inside [ ] are not separators. */
function split(name: string): [variants: string, utility: string] {
  let depth = 0;
  let cut = -1;
  for (let i = 0; i < name.length; i++) {
    const char = name[i];
    if (char === "[") depth++;
    else if (char === "]") depth--;
    else if (char === ":" && depth === 0) cut = i;
  }
  let utility = name.slice(cut + 1);
  let variants = name.slice(0, cut + 1);
  if (utility.startsWith("!") || utility.endsWith("!")) {
    utility = utility.replace(/^!|!$/g, "");
    variants += "!";
  }
  return [variants, utility.replace(/^-/, "")];
}

/** The merge: from the last class back, a class survives unless a later one took its group. */
function merge(classes: string): string {
  const taken = new Set<string>();
  const kept: string[] = [];
  const names = classes.split(/\s+/).filter(Boolean);
  for (let i = names.length - 1; i >= 0; i--) {
    const name = names[i]!;
    const [variants, utility] = split(name);
    const group = groupOf(utility);
    if (group !== null) {
      if (taken.has(variants + group)) continue;
      for (const claimed of [group, ...(CONFLICTS[group] ?? [])]) taken.add(variants + claimed);
    }
    kept.push(name);
  }
  return kept.reverse().join(" ");
}

/**
 * Joins class names, skipping falsy ones; when two classes set the same
 * property (a primitive's `h-8`, a caller's `h-7`), the later one wins
 * instead of the stylesheet's order deciding.
 */
export function cn(...classes: ClassValue[]): string {
  return merge(clsx(classes));
}
