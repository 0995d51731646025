import { Checkbox } from "@/ui/checkbox";
import type { SchemaFieldControlProps } from "./field-control-props";
import { isChecked } from "./field-kind";
import { fieldDescription, fieldLabel } from "./api-text";

export function CheckboxField({
  field,
  id,
  value,
  error,
  onChange,
  onBlur,
}: SchemaFieldControlProps) {
  return (
    <Checkbox
      id={id}
      label={fieldLabel(field)}
      description={fieldDescription(field)}
      error={error}
      checked={isChecked(value)}
      onCheckedChange={(checked) => onChange(checked ? "true" : "false")}
      onBlur={onBlur}
      disabled={field.disabled}
    />
  );
}
