import { Checkbox } from "@/ui/checkbox";
import type { SchemaFieldControlProps } from "./field-control-props";
import { isChecked } from "./field-kind";

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
      label={field.label}
      description={field.description}
      error={error}
      checked={isChecked(value)}
      onCheckedChange={(checked) => onChange(checked ? "true" : "false")}
      onBlur={onBlur}
      disabled={field.disabled}
    />
  );
}
