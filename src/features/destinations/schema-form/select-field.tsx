import { Field } from "@/ui/field";
import { Select } from "@/ui/select";
import type { SchemaFieldControlProps } from "./field-control-props";

export function SelectField({
  field,
  id,
  value,
  error,
  onChange,
  onBlur,
}: SchemaFieldControlProps) {
  // A required field that starts on its default never needs to go back to "nothing".
  const offerEmpty = !(field.required && field.default) || value === "";
  return (
    <Field
      id={id}
      label={field.label}
      description={field.description}
      error={error}
      required={field.required}
    >
      {(control) => (
        <Select
          {...control}
          options={field.options ?? []}
          placeholder={offerEmpty ? "Choose…" : undefined}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          onBlur={onBlur}
          required={field.required}
          disabled={field.disabled}
        />
      )}
    </Field>
  );
}
