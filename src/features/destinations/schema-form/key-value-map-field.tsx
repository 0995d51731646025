import { useMemo } from "react";
import { FieldGroup } from "@/ui/field";
import { KeyValueEditor } from "@/ui/key-value-editor";
import type { SchemaFieldControlProps } from "./field-control-props";
import { isHeaderMap } from "./field-kind";
import { decodeKeyValueRows, encodeKeyValueRows } from "./key-value-json";
import { keyValueProblems } from "./validate";

const HEADER_LABELS = {
  keyLabel: "Header name",
  valueLabel: "Header value",
  itemLabel: "header",
  emptyText: "No custom headers.",
};
const ENTRY_LABELS = {
  keyLabel: "Key",
  valueLabel: "Value",
  itemLabel: "row",
  emptyText: "No entries yet.",
};

/** Adapts the generic KeyValueEditor to a key_value_map field's form-state string. */
export function KeyValueMapField({
  field,
  id,
  value,
  error,
  onChange,
  onBlur,
}: SchemaFieldControlProps) {
  const rows = useMemo(() => decodeKeyValueRows(value), [value]);
  // Point at the rows at fault only once the field shows an error (after blur or submit).
  const invalidRows = useMemo(
    () => new Set(error ? keyValueProblems(field, rows).map((p) => p.index) : []),
    [error, field, rows],
  );
  return (
    <FieldGroup
      id={id}
      label={field.label}
      description={field.description}
      error={error}
      required={field.required}
    >
      {({ describedBy }) => (
        <KeyValueEditor
          id={id}
          rows={rows}
          onChange={(next) => onChange(encodeKeyValueRows(next))}
          onBlur={onBlur}
          describedBy={describedBy}
          invalidRows={invalidRows}
          disabled={field.disabled}
          {...(isHeaderMap(field) ? HEADER_LABELS : ENTRY_LABELS)}
        />
      )}
    </FieldGroup>
  );
}
