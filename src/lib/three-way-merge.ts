export type StringMap = Record<string, string>;

export interface MapConflict {
  key: string;
  /** What the user wants; undefined: removed. */
  mine: string | undefined;
  /** What the server holds now; undefined: removed. */
  theirs: string | undefined;
}

export interface MapMerge {
  merged: StringMap;
  conflicts: MapConflict[];
}

/**
 * Three-way merge of string maps for whole-replacement saves. `base` is what the
 * user started editing from, `mine` what they want, `theirs` a fresh read. A key
 * the user changed (set, changed or removed) takes their value; any other key keeps
 * the server's. A key both sides changed to different values is a conflict, and
 * `merged` then holds the server's value for it.
 */
export function mergeMaps(
  base: StringMap | null | undefined,
  mine: StringMap,
  theirs: StringMap | null | undefined,
): MapMerge {
  const from = base ?? {};
  const current = theirs ?? {};
  const merged: StringMap = { ...current };
  const conflicts: MapConflict[] = [];
  const keys = new Set([...Object.keys(from), ...Object.keys(mine)]);
  for (const key of keys) {
    const was = own(from, key);
    const want = own(mine, key);
    const now = own(current, key);
    if (want === was || want === now) continue;
    if (now !== was) {
      conflicts.push({ key, mine: want, theirs: now });
      continue;
    }
    if (want === undefined) delete merged[key];
    else merged[key] = want;
  }
  return { merged, conflicts };
}

function own(map: StringMap, key: string): string | undefined {
  return Object.hasOwn(map, key) ? map[key] : undefined;
}

/** What a three-way merge of one whole value decided. */
export type WholeMerge<T> =
  { outcome: "merged"; value: T } | { outcome: "conflict"; mine: T; theirs: T };

/**
 * Three-way merge of a value that is replaced whole (a filter): my change wins when
 * the server still holds `base`, the server's when I changed nothing, and both sides
 * changing it differently is a conflict. `same` decides equality (structural, say).
 */
export function mergeWhole<T>(
  base: T,
  mine: T,
  theirs: T,
  same: (a: T, b: T) => boolean,
): WholeMerge<T> {
  if (same(mine, base) || same(mine, theirs)) return { outcome: "merged", value: theirs };
  if (same(theirs, base)) return { outcome: "merged", value: mine };
  return { outcome: "conflict", mine, theirs };
}

/** A list of items, or every item (`"*"`), as a destination's topics are. */
export type ItemSet = "*" | readonly string[];

const sameSet = (a: ItemSet, b: ItemSet) =>
  a === "*" || b === "*"
    ? a === b
    : a.length === b.length && new Set(a).size === new Set([...a, ...b]).size;

/**
 * Three-way merge of sets replaced whole (topics): my additions and removals are
 * applied to the server's current list, so an item another tab added or removed
 * stays that way. Switching to or from "every item" is a change of the whole value;
 * it conflicts with any other change, as does a merge that would leave nothing.
 * The merged list keeps the server's order, with my additions at the end.
 */
export function mergeSets(base: ItemSet, mine: ItemSet, theirs: ItemSet): WholeMerge<ItemSet> {
  if (base === "*" || mine === "*" || theirs === "*")
    return mergeWhole<ItemSet>(base, mine, theirs, sameSet);
  if (sameSet(mine, base) || sameSet(mine, theirs)) return { outcome: "merged", value: theirs };
  const added = mine.filter((item) => !base.includes(item));
  const removed = new Set(base.filter((item) => !mine.includes(item)));
  const merged = [
    ...theirs.filter((item) => !removed.has(item)),
    ...added.filter((item) => !theirs.includes(item)),
  ];
  if (merged.length === 0) return { outcome: "conflict", mine, theirs };
  return { outcome: "merged", value: merged };
}

/**
 * A merge patch (RFC 7396: null removes) written against `base`, checked against a
 * fresh read: keys the server changed to something else since `base` are conflicts;
 * keys already as I want them are dropped; the rest is what to send.
 */
export function rebaseMapPatch(
  base: StringMap | null | undefined,
  patch: Record<string, string | null>,
  theirs: StringMap | null | undefined,
): { patch: Record<string, string | null>; conflicts: MapConflict[] } {
  const from = base ?? {};
  const current = theirs ?? {};
  const rebased: Record<string, string | null> = {};
  const conflicts: MapConflict[] = [];
  for (const [key, value] of Object.entries(patch)) {
    const want = value ?? undefined;
    const now = own(current, key);
    if (want === now) continue;
    if (now !== own(from, key)) conflicts.push({ key, mine: want, theirs: now });
    else rebased[key] = value;
  }
  return { patch: rebased, conflicts };
}
