import type { DestinationField, FieldKind } from "@/api/types";

/** The control a field renders as; kinds this portal doesn't know fall back to text. */
export function fieldKind(field: Pick<DestinationField, "type">): FieldKind {
  switch (field.type) {
    case "checkbox":
      return "checkbox";
    case "select":
      return "select";
    case "key_value_map":
      return "key_value_map";
    default:
      return "text";
  }
}

/** A key/value field that holds HTTP headers (webhook `custom_headers`). */
export function isHeaderMap(field: Pick<DestinationField, "key" | "type">): boolean {
  return fieldKind(field) === "key_value_map" && /header/i.test(field.key);
}

/** Checkbox values are "true"/"false"; Outpost defaults may also say "on". */
export function isChecked(value: string | undefined): boolean {
  const normalized = value?.trim().toLowerCase();
  return normalized === "true" || normalized === "on";
}

/** Element id of a field's control (sanitised: keys come from the server). */
export function fieldId(idPrefix: string, key: string): string {
  return `${idPrefix}-${key.replace(/[^A-Za-z0-9_-]/g, "_")}`;
}

/** Element id of the wrapper around a field's label, control and messages. */
export function fieldContainerId(idPrefix: string, key: string): string {
  return `${fieldId(idPrefix, key)}-field`;
}
