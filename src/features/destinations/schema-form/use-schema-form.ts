import { useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import type { DestinationField } from "@/api/types";
import { fieldContainerId } from "./field-kind";
import {
  hasStoredSecret,
  initialValues,
  toApiValues,
  type FormMode,
  type FormValues,
} from "./form-values";
import type { SchemaFieldsProps } from "./schema-fields";
import { validateField, validateFields } from "./validate";

export interface UseSchemaFormOptions<M extends FormMode = FormMode> {
  mode?: M;
  /** Edit: the destination's config or credentials as the API returned them. */
  existing?: Record<string, string>;
  /** Prefix of element ids; pass distinct ones when a page has several schema forms. */
  idPrefix?: string;
  /** Edit: values typed earlier (a kept draft), shown over those of `existing` on mount. */
  draftValues?: Record<string, string>;
}

/** What `apiValues()` returns: create gives plain strings, edit a merge patch with nulls. */
export type ApiValues<M extends FormMode> = M extends "create"
  ? Record<string, string>
  : Record<string, string | null>;

const FOCUSABLE =
  "input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled])";

function withError(errors: Record<string, string>, key: string, error: string | null) {
  if ((errors[key] ?? null) === error) return errors;
  const next = { ...errors };
  if (error) next[key] = error;
  else delete next[key];
  return next;
}

/**
 * State for one SchemaFields: values, errors shown after a field's first blur (or after
 * validateAll / setServerErrors), and which stored secrets are being replaced.
 * Options are read on mount and on reset(); remount (e.g. `key` by type) when fields change.
 */
export function useSchemaForm<M extends FormMode = "create">(
  fields: readonly DestinationField[],
  options: UseSchemaFormOptions<M> = {},
) {
  const mode: FormMode = options.mode ?? "create";
  const generatedPrefix = useId();
  const idPrefix = options.idPrefix ?? `schema${generatedPrefix.replace(/[^A-Za-z0-9_-]/g, "")}`;

  const [original, setOriginal] = useState(options.existing);
  const [values, setValues] = useState<FormValues>(() => ({
    ...initialValues(fields, original),
    ...Object.fromEntries(
      Object.entries(options.draftValues ?? {}).filter(([key]) =>
        fields.some((f) => f.key === key),
      ),
    ),
  }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [touched, setTouched] = useState<Record<string, boolean>>({});
  const [replacing, setReplacing] = useState<ReadonlySet<string>>(() => new Set());

  const maskedKeys = useMemo<ReadonlySet<string>>(
    () =>
      new Set(
        mode === "edit" ? fields.filter((f) => hasStoredSecret(f, original)).map((f) => f.key) : [],
      ),
    [fields, mode, original],
  );

  const fieldByKey = useMemo(() => new Map(fields.map((f) => [f.key, f])), [fields]);

  const skipValidation = useCallback(
    (key: string) => maskedKeys.has(key) && !replacing.has(key),
    [maskedKeys, replacing],
  );

  // Focus is moved after the render that shows the errors, so aria-invalid is in place.
  const focusKey = useRef<string | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  useEffect(() => {
    const key = focusKey.current;
    if (key === null) return;
    focusKey.current = null;
    const container = document.getElementById(fieldContainerId(idPrefix, key));
    const target =
      container?.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      container?.querySelector<HTMLElement>(FOCUSABLE);
    target?.focus();
  }, [focusRequest, idPrefix]);

  const requestFocus = (errorsByKey: Record<string, string>) => {
    const first = fields.find((f) => errorsByKey[f.key] !== undefined);
    if (!first) return;
    focusKey.current = first.key;
    setFocusRequest((n) => n + 1);
  };

  const onChange = (key: string, value: string) => {
    setValues((current) => ({ ...current, [key]: value }));
    const field = fieldByKey.get(key);
    // Before the first blur, typing doesn't nag; afterwards (or with an error shown) it re-checks.
    if (field && (touched[key] || errors[key] !== undefined)) {
      setErrors((current) =>
        withError(current, key, validateField(field, value, { skip: skipValidation(key) })),
      );
    }
  };

  const onBlur = (key: string) => {
    const field = fieldByKey.get(key);
    if (!field) return;
    setTouched((current) => (current[key] ? current : { ...current, [key]: true }));
    setErrors((current) =>
      withError(current, key, validateField(field, values[key], { skip: skipValidation(key) })),
    );
  };

  const onReplace = (key: string, replace: boolean) => {
    const field = fieldByKey.get(key);
    if (!field) return;
    setReplacing((current) => {
      const next = new Set(current);
      if (replace) next.add(key);
      else next.delete(key);
      return next;
    });
    // Replacing starts from an empty input; keeping restores the masked value.
    setValues((current) => ({
      ...current,
      [key]: replace ? "" : (initialValues([field], original)[key] ?? ""),
    }));
    setErrors((current) => withError(current, key, null));
    setTouched((current) => ({ ...current, [key]: false }));
  };

  /** Validates every field, shows all errors and (unless `focus: false`) focuses the first. */
  const validateAll = ({ focus = true }: { focus?: boolean } = {}): boolean => {
    const next = validateFields(fields, values, { mode, original, replacing });
    setErrors(next);
    setTouched(Object.fromEntries(fields.map((f) => [f.key, true])));
    if (focus) requestFocus(next);
    return Object.keys(next).length === 0;
  };

  /** Shows messages from the API (e.g. a 422) on their fields; keys of other forms are ignored. */
  const setServerErrors = (
    serverErrors: Record<string, string>,
    { focus = true }: { focus?: boolean } = {},
  ) => {
    const own = Object.fromEntries(
      Object.entries(serverErrors).filter(([key]) => fieldByKey.has(key)),
    );
    setErrors((current) => ({ ...current, ...own }));
    if (focus) requestFocus(own);
  };

  /** Back to the starting values, or to those of `existing` (e.g. the destination just saved). */
  const reset = (existing: Record<string, string> | undefined = options.existing) => {
    setOriginal(existing);
    setValues(initialValues(fields, existing));
    setErrors({});
    setTouched({});
    setReplacing(new Set());
  };

  /** The config or credentials to send (see toApiValues). */
  const apiValues = (): ApiValues<M> =>
    toApiValues(fields, values, { mode, original, replacing }) as ApiValues<M>;

  const fieldProps = {
    fields,
    idPrefix,
    values,
    errors,
    onChange,
    onBlur,
    mode,
    maskedKeys,
    replacing,
    onReplace,
  } satisfies Omit<SchemaFieldsProps, "legend" | "className">;

  return {
    values,
    errors,
    touched,
    replacing,
    maskedKeys,
    idPrefix,
    onChange,
    onBlur,
    onReplace,
    validateAll,
    setServerErrors,
    reset,
    apiValues,
    /** Spread into <SchemaFields {...form.fieldProps} legend="…" />. */
    fieldProps,
  };
}
