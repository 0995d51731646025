import type { DestinationField } from "@/api/types";
import { fieldKind, isChecked } from "./field-kind";
import { decodeKeyValueRows, encodeKeyValueRows, serializeKeyValueMap } from "./key-value-json";

export { parseKeyValueMap, serializeKeyValueMap } from "./key-value-json";

/**
 * Form state, one string per field key. Checkboxes hold "true"/"false"; a key_value_map
 * holds its editor rows (see key-value-json.ts) — use toApiValues to get what Outpost takes.
 */
export type FormValues = Record<string, string>;

export type FormMode = "create" | "edit";

function initialValue(field: DestinationField, existing: string | undefined): string {
  switch (fieldKind(field)) {
    case "checkbox":
      return isChecked(existing ?? field.default) ? "true" : "false";
    case "key_value_map":
      // Outpost's JSON object, or form state saved earlier (e.g. a draft) — both are accepted.
      return encodeKeyValueRows(decodeKeyValueRows(existing ?? field.default ?? ""));
    default:
      return existing ?? field.default ?? "";
  }
}

/**
 * Starting values: the destination's current ones, else the field defaults, else "".
 * `existing` may also be values of this form saved earlier: they come back unchanged.
 */
export function initialValues(
  fields: readonly DestinationField[],
  existing?: Record<string, string>,
): FormValues {
  return Object.fromEntries(fields.map((f) => [f.key, initialValue(f, existing?.[f.key])]));
}

/** A form value as Outpost takes it; "" means "no value". */
function apiValue(field: DestinationField, value: string | undefined): string {
  switch (fieldKind(field)) {
    case "checkbox":
      return isChecked(value) ? "true" : "false";
    case "key_value_map":
      return serializeKeyValueMap(decodeKeyValueRows(value ?? ""));
    default:
      return value ?? "";
  }
}

export interface ToApiValuesOptions {
  mode: FormMode;
  /** Edit: the destination's config or credentials as the API returned them. */
  original?: Record<string, string>;
  /** Edit: sensitive keys the user chose to replace. */
  replacing?: ReadonlySet<string>;
}

/** A sensitive field whose stored value the API returned masked. */
export function hasStoredSecret(field: DestinationField, original?: Record<string, string>) {
  return Boolean(field.sensitive && original?.[field.key]);
}

/**
 * The config or credentials to send.
 * - create: every non-empty value (checkboxes always), key_value_map as its JSON string.
 * - edit: a merge patch — only what changed since `initialValues(fields, original)`, a cleared
 *   field as null, and a stored (masked) secret only when it is being replaced.
 */
export function toApiValues(
  fields: readonly DestinationField[],
  values: FormValues,
  options: ToApiValuesOptions & { mode: "create" },
): Record<string, string>;
export function toApiValues(
  fields: readonly DestinationField[],
  values: FormValues,
  options: ToApiValuesOptions,
): Record<string, string | null>;
export function toApiValues(
  fields: readonly DestinationField[],
  values: FormValues,
  { mode, original, replacing }: ToApiValuesOptions,
): Record<string, string | null> {
  const result: Record<string, string | null> = {};
  if (mode === "create") {
    for (const field of fields) {
      const value = apiValue(field, values[field.key]);
      if (value !== "") result[field.key] = value;
    }
    return result;
  }

  const before = initialValues(fields, original);
  for (const field of fields) {
    const value = apiValue(field, values[field.key]);
    if (hasStoredSecret(field, original)) {
      // The stored value is masked: anything but an explicit replacement would overwrite it.
      if (replacing?.has(field.key)) result[field.key] = value === "" ? null : value;
      continue;
    }
    if (value === apiValue(field, before[field.key])) continue;
    result[field.key] = value === "" ? null : value;
  }
  return result;
}
