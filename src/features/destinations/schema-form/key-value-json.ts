import { isPlainObject } from "@/lib/is-plain-object";
import type { KeyValueRow } from "@/lib/key-value-rows";

function asText(value: unknown): string {
  if (typeof value === "string") return value;
  if (value === null || value === undefined) return "";
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

function parseJson(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return undefined;
  }
}

/**
 * Rows of an Outpost key_value_map value (a JSON object encoded as a string). Bad JSON
 * or a non-object gives no rows; non-string values are stringified.
 */
export function parseKeyValueMap(json: string): KeyValueRow[] {
  const parsed = parseJson(json);
  if (!isPlainObject(parsed)) return [];
  return Object.entries(parsed).map(([key, value]) => ({ key, value: asText(value) }));
}

/** The JSON object string Outpost expects; rows without a key are dropped, "" when none are left. */
export function serializeKeyValueMap(rows: readonly KeyValueRow[]): string {
  const entries = rows
    .map((row) => [row.key.trim(), row.value] as const)
    .filter(([key]) => key !== "");
  return entries.length === 0 ? "" : JSON.stringify(Object.fromEntries(entries));
}

/*
 * In form state a key_value_map field holds its rows as a JSON array of {key, value},
 * not Outpost's object: an object can't hold the half-typed, empty or duplicate rows
 * the editor must keep (and validation must see). toApiValues converts back.
 */

/** Form-state string of rows, including empty and duplicate ones. */
export function encodeKeyValueRows(rows: readonly KeyValueRow[]): string {
  return rows.length === 0
    ? ""
    : JSON.stringify(rows.map((row) => ({ key: row.key, value: row.value })));
}

/** Rows of a form-state string; also accepts an Outpost object string, so raw API values work. */
export function decodeKeyValueRows(value: string): KeyValueRow[] {
  const parsed = parseJson(value);
  if (!Array.isArray(parsed)) return parseKeyValueMap(value);
  return parsed.filter(isPlainObject).map((row) => ({
    key: asText(row.key),
    value: asText(row.value),
  }));
}
