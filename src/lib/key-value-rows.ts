import { findRepeats } from "./repeats";

export interface KeyValueRow {
  key: string;
  value: string;
}

export function mapToRows(map: Record<string, string> | null | undefined): KeyValueRow[] {
  return Object.entries(map ?? {}).map(([key, value]) => ({ key, value }));
}

/** Rows with a key, as a map (later rows win on duplicate keys). */
export function rowsToMap(rows: readonly KeyValueRow[]): Record<string, string> {
  return Object.fromEntries(
    rows.filter((row) => row.key.trim() !== "").map((row) => [row.key.trim(), row.value]),
  );
}

/** Keys (trimmed) given on more than one row, each once. */
export function duplicateKeys(rows: readonly KeyValueRow[]): string[] {
  const keys = findRepeats(rows, (row) => row.key.trim() || null).map(({ index }) =>
    rows[index]!.key.trim(),
  );
  return [...new Set(keys)];
}
