import { Field } from "@/ui/field";
import { Select } from "@/ui/select";
import { useT } from "@/i18n/i18n";
import { fieldDescription, fieldLabel } from "./api-text";
import type { SchemaFieldControlProps } from "./field-control-props";

export function SelectField({
  field,
  id,
  value,
  error,
  onChange,
  onBlur,
}: SchemaFieldControlProps) {
  const t = useT();
  // A required field that starts on its default never needs to go back to "nothing".
  const offerEmpty = !(field.required && field.default) || value === "";
  return (
    <Field
      id={id}
      label={fieldLabel(field)}
      description={fieldDescription(field)}
      error={error}
      required={field.required}
    >
      {(control) => (
        <Select
          {...control}
          options={field.options ?? []}
          placeholder={offerEmpty ? t("schema.choose") : undefined}
          // Option labels are product and protocol names (PLAIN, SCRAM-SHA-256…): data.
          translate="no"
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
