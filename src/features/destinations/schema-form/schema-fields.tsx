import type { ReactNode } from "react";
import { Message } from "@/i18n/message";
import { cn } from "@/lib/cn";
import { CheckboxField } from "./checkbox-field";
import type { SchemaFieldControlProps } from "./field-control-props";
import { fieldContainerId, fieldId, fieldKind } from "./field-kind";
import type { FormMode, FormValues } from "./form-values";
import { KeyValueMapField } from "./key-value-map-field";
import { SelectField } from "./select-field";
import { StoredSecretField } from "./stored-secret-field";
import { TextField } from "./text-field";
import type { LocalizedField } from "./type-text";

export interface SchemaFieldsProps {
  /** The fields, texts localized (`localizeType`), so labels and errors are in the language. */
  fields: readonly LocalizedField[];
  /** Renders the fields in a fieldset with this legend. */
  legend?: string;
  /** Makes element ids unique, e.g. "config" / "credentials" (keys repeat across them). */
  idPrefix: string;
  values: FormValues;
  errors: Readonly<Record<string, string>>;
  onChange: (key: string, value: string) => void;
  onBlur?: (key: string) => void;
  mode?: FormMode;
  /** Edit: sensitive keys with a stored (masked) value in `values`. */
  maskedKeys?: ReadonlySet<string>;
  /** Edit: keys of stored secrets the user is replacing. */
  replacing?: ReadonlySet<string>;
  onReplace?: (key: string, replacing: boolean) => void;
  className?: string;
}

/** One control per field of a destination type's schema, in schema order. */
export function SchemaFields({
  fields,
  legend,
  idPrefix,
  values,
  errors,
  onChange,
  onBlur,
  mode = "create",
  maskedKeys,
  replacing,
  onReplace,
  className,
}: SchemaFieldsProps) {
  const controls = fields.map((field) => {
    const props: SchemaFieldControlProps = {
      field,
      id: fieldId(idPrefix, field.key),
      value: values[field.key] ?? "",
      error: errors[field.key],
      onChange: (value) => onChange(field.key, value),
      onBlur: () => onBlur?.(field.key),
    };
    let control: ReactNode;
    if (mode === "edit" && field.sensitive && maskedKeys?.has(field.key)) {
      const isReplacing = replacing?.has(field.key) ?? false;
      control = (
        <StoredSecretField
          {...props}
          // While not replacing, the form value is still the masked one the API returned.
          masked={isReplacing ? "" : props.value}
          replacing={isReplacing}
          onReplace={onReplace && ((next) => onReplace(field.key, next))}
        />
      );
    } else {
      const Control = {
        text: TextField,
        checkbox: CheckboxField,
        select: SelectField,
        key_value_map: KeyValueMapField,
      }[fieldKind(field)];
      control = <Control {...props} />;
    }
    return (
      <div key={field.key} id={fieldContainerId(idPrefix, field.key)}>
        {control}
      </div>
    );
  });

  const requiredNote = fields.some((f) => f.required && fieldKind(f) !== "checkbox") && (
    <p className="text-sm text-fg-muted">
      <Message id="schema.requiredNote" values={{ mark: <span className="text-danger">*</span> }} />
    </p>
  );

  if (!legend) {
    return (
      <div className={cn("flex min-w-0 flex-col gap-5", className)}>
        {requiredNote}
        {controls}
      </div>
    );
  }
  return (
    <fieldset className={cn("flex min-w-0 flex-col gap-5", className)}>
      <legend className="mb-1 text-base font-semibold text-fg">{legend}</legend>
      {requiredNote}
      {controls}
    </fieldset>
  );
}
