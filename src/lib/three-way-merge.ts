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
