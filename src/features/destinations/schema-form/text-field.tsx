import type { DestinationField } from "@/api/types";
import { Field } from "@/ui/field";
import { SecretInput } from "@/ui/secret-input";
import { TextInput } from "@/ui/text-input";
import { useT } from "@/i18n/i18n";
import { fieldDescription, fieldLabel } from "./api-text";
import type { SchemaFieldControlProps } from "./field-control-props";

/**
 * The pattern for the HTML attribute, which browsers compile with the `v` flag; a pattern
 * that doesn't compile that way would only log errors, so it's left to our own validation.
 */
function htmlPattern(pattern: string | undefined): string | undefined {
  if (!pattern) return undefined;
  try {
    new RegExp(pattern, "v");
    return pattern;
  } catch {
    return undefined;
  }
}

function isNumeric(field: DestinationField): boolean {
  return field.min !== undefined || field.max !== undefined;
}

/** Native constraint attributes mirroring the schema (the form itself should be noValidate). */
export function constraintProps(field: DestinationField) {
  return {
    required: field.required,
    disabled: field.disabled,
    pattern: htmlPattern(field.pattern),
    minLength: field.minlength,
    maxLength: field.maxlength,
    min: field.min,
    max: field.max,
    step: field.step,
    inputMode: isNumeric(field)
      ? field.step !== undefined && !Number.isInteger(field.step)
        ? ("decimal" as const)
        : ("numeric" as const)
      : undefined,
  };
}

/** A text field (also any field kind this portal doesn't know). */
export function TextField({ field, id, value, error, onChange, onBlur }: SchemaFieldControlProps) {
  const t = useT();
  const shared = {
    value,
    onChange: (e: { target: { value: string } }) => onChange(e.target.value),
    onBlur,
    ...constraintProps(field),
  };
  return (
    <Field
      id={id}
      label={fieldLabel(field)}
      description={fieldDescription(field)}
      error={error}
      required={field.required}
    >
      {(control) =>
        field.sensitive ? (
          <SecretInput
            {...control}
            {...shared}
            revealLabel={t("schema.show", { field: field.label })}
          />
        ) : (
          <TextInput
            {...control}
            {...shared}
            // The default is what an empty optional field ends up as, so show it as the hint.
            placeholder={field.default || undefined}
            // What is typed here (and the default shown as its placeholder) is data: a URL or
            // an ARN reads left to right, from its start, even inside Arabic.
            translate="no"
            dir="auto"
            spellCheck={false}
          />
        )
      }
    </Field>
  );
}
