import { useMemo } from "react";
import { FieldGroup } from "@/ui/field";
import { KeyValueEditor } from "@/ui/key-value-editor";
import { useT } from "@/i18n/i18n";
import { fieldDescription, fieldLabel } from "./api-text";
import type { SchemaFieldControlProps } from "./field-control-props";
import { isHeaderMap } from "./field-kind";
import { decodeKeyValueRows, encodeKeyValueRows } from "./key-value-json";
import { keyValueProblems } from "./validate";

/** Adapts the generic KeyValueEditor to a key_value_map field's form-state string. */
export function KeyValueMapField({
  field,
  id,
  value,
  error,
  onChange,
  onBlur,
}: SchemaFieldControlProps) {
  const t = useT();
  const labels = isHeaderMap(field)
    ? {
        keyLabel: t("schema.headerName"),
        valueLabel: t("schema.headerValue"),
        itemLabel: t("schema.header"),
        addLabel: t("schema.addHeader"),
        emptyText: t("schema.noHeaders"),
      }
    : {
        keyLabel: t("schema.key"),
        valueLabel: t("schema.value"),
        itemLabel: t("schema.row"),
        addLabel: t("schema.addRow"),
        emptyText: t("schema.noEntries"),
      };
  const rows = useMemo(() => decodeKeyValueRows(value), [value]);
  // Point at the rows at fault only once the field shows an error (after blur or submit).
  const invalidRows = useMemo(
    () => new Set(error ? keyValueProblems(field, rows).map((p) => p.index) : []),
    [error, field, rows],
  );
  return (
    <FieldGroup
      id={id}
      label={fieldLabel(field)}
      description={fieldDescription(field)}
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
          {...labels}
        />
      )}
    </FieldGroup>
  );
}
