import { useEffect, useRef } from "react";
import { Button } from "@/ui/button";
import { descriptionIdFor, Field, FieldDescription, RequiredMark } from "@/ui/field";
import { SecretInput } from "@/ui/secret-input";
import { Message } from "@/i18n/message";
import { useT } from "@/i18n/i18n";
import { fieldDescription, fieldLabel } from "./api-text";
import type { SchemaFieldControlProps } from "./field-control-props";
import { constraintProps } from "./text-field";

interface StoredSecretFieldProps extends SchemaFieldControlProps {
  /** The stored value as the API returned it, e.g. "ab12********". */
  masked: string;
  replacing: boolean;
  onReplace?: (replacing: boolean) => void;
}

/** The characters the API left unmasked (none for short values). */
const visiblePrefix = (masked: string) => masked.replace(/\*+$/, "");

/**
 * A sensitive field that already has a value. The API only returns it masked, so it stays
 * untouched unless the user explicitly replaces it.
 */
export function StoredSecretField({
  field,
  id,
  value,
  error,
  onChange,
  onBlur,
  masked,
  replacing,
  onReplace,
}: StoredSecretFieldProps) {
  const t = useT();
  const replaceId = `${id}-replace`;
  const storedId = `${id}-stored`;

  // Move focus with the switch between the two states, but not on first render.
  const focusOnSwitch = useRef(false);
  useEffect(() => {
    if (!focusOnSwitch.current) return;
    focusOnSwitch.current = false;
    document.getElementById(replacing ? id : replaceId)?.focus();
  }, [replacing, id, replaceId]);

  const toggle = (next: boolean) => {
    focusOnSwitch.current = true;
    onReplace?.(next);
  };

  if (replacing) {
    return (
      <Field
        id={id}
        label={fieldLabel(field)}
        description={fieldDescription(field)}
        error={error}
        required={field.required}
      >
        {(control) => (
          <div className="flex min-w-0 flex-col gap-2 sm:flex-row">
            <SecretInput
              {...control}
              {...constraintProps(field)}
              className="flex-1"
              value={value}
              onChange={(e) => onChange(e.target.value)}
              onBlur={onBlur}
              placeholder={field.required ? t("schema.newValue") : t("schema.newValueOrRemove")}
              revealLabel={t("schema.show", { field: field.label })}
            />
            <Button
              className="min-h-11 self-start"
              aria-label={t("schema.keepCurrentLabel", { field: field.label })}
              onClick={() => toggle(false)}
            >
              {t("schema.keepCurrent")}
            </Button>
          </div>
        )}
      </Field>
    );
  }

  const prefix = visiblePrefix(masked);
  return (
    <div role="group" aria-labelledby={`${id}-label`} className="flex min-w-0 flex-col gap-1.5">
      <p id={`${id}-label`} className="text-sm font-medium text-fg">
        {fieldLabel(field)}
        {field.required && <RequiredMark announce />}
      </p>
      {field.description && (
        <FieldDescription id={descriptionIdFor(id)}>{fieldDescription(field)}</FieldDescription>
      )}
      <div className="flex min-w-0 flex-wrap items-center gap-x-3 gap-y-2">
        <p id={storedId} className="min-w-0 text-sm wrap-anywhere text-fg">
          <Message
            id="schema.storedSecurely"
            values={{
              value: (
                <>
                  <span aria-hidden="true" translate="no" dir="ltr" className="font-mono">
                    {masked}
                  </span>
                  <span className="sr-only">
                    {prefix ? (
                      <Message
                        id="schema.startsWith"
                        values={{ prefix: <span translate="no">{prefix}</span> }}
                      />
                    ) : (
                      t("schema.valueHidden")
                    )}
                  </span>
                </>
              ),
            }}
          />
        </p>
        {onReplace && !field.disabled && (
          <Button
            id={replaceId}
            className="min-h-11"
            aria-label={t("schema.replaceLabel", { field: field.label })}
            aria-describedby={storedId}
            onClick={() => toggle(true)}
          >
            {t("schema.replace")}
          </Button>
        )}
      </div>
    </div>
  );
}
