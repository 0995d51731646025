import type { KeyValueRow } from "../ui/key-value-editor";

export function mapToRows(map: Record<string, string> | null | undefined): KeyValueRow[] {
  return Object.entries(map ?? {}).map(([key, value]) => ({ key, value }));
}

/** Rows with a key, as a map (later rows win on duplicate keys). */
export function rowsToMap(rows: readonly KeyValueRow[]): Record<string, string> {
  return Object.fromEntries(
    rows.filter((row) => row.key.trim() !== "").map((row) => [row.key.trim(), row.value]),
  );
}

export function duplicateKeys(rows: readonly KeyValueRow[]): string[] {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const row of rows) {
    const k = row.key.trim();
    if (!k) continue;
    if (seen.has(k)) duplicates.add(k);
    seen.add(k);
  }
  return [...duplicates];
}
