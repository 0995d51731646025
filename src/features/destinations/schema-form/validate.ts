import type { DestinationField } from "@/api/types";
import { currentLocale, t } from "@/i18n/i18n";
import type { KeyValueRow } from "@/lib/key-value-rows";
import { findRepeats } from "@/lib/repeats";
import { fieldKind, isHeaderMap } from "./field-kind";
import { hasStoredSecret, type FormValues, type ToApiValuesOptions } from "./form-values";
import { decodeKeyValueRows } from "./key-value-json";

const patternCache = new Map<string, RegExp | null>();

/** The field's pattern, or null when the server sent one this browser can't compile. */
export function compilePattern(pattern: string): RegExp | null {
  if (!patternCache.has(pattern)) {
    let compiled: RegExp | null = null;
    try {
      compiled = new RegExp(pattern);
    } catch {
      // Leave the check to the server rather than block the user on our side.
    }
    patternCache.set(pattern, compiled);
  }
  return patternCache.get(pattern) ?? null;
}

// Outpost's rule for custom header names, and the headers it always sets itself.
const HEADER_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_-]*$/;
const RESERVED_HEADERS = new Set([
  "content-type",
  "content-length",
  "host",
  "connection",
  "user-agent",
]);

export interface KeyValueProblem {
  index: number;
  message: string;
}

/** What is wrong with each row of a key/value field: a value without a key, a repeated key. */
export function keyValueProblems(
  field: Pick<DestinationField, "key" | "type" | "label">,
  rows: readonly KeyValueRow[],
): KeyValueProblem[] {
  const headers = isHeaderMap(field);
  // HTTP header names are case-insensitive, so X-Env and x-env would collide.
  const repeats = findRepeats(rows, (row) => {
    const key = row.key.trim();
    if (key === "" || (headers && !HEADER_NAME.test(key))) return null;
    return headers ? key.toLowerCase() : key;
  });
  const firstOf = new Map(repeats.map(({ index, firstIndex }) => [index, firstIndex]));
  const problems: KeyValueProblem[] = [];
  rows.forEach((row, index) => {
    const key = row.key.trim();
    if (key === "") {
      if (row.value !== "") {
        problems.push({
          index,
          message: t("schema.rowWithoutName", {
            field: field.label,
            kind: headers ? "header" : "entry",
            number: index + 1,
          }),
        });
      }
      return;
    }
    if (headers && !HEADER_NAME.test(key)) {
      problems.push({
        index,
        message: t("schema.badHeaderName", { field: field.label, key }),
      });
      return;
    }
    if (headers && RESERVED_HEADERS.has(key.toLowerCase())) {
      problems.push({
        index,
        message: t("schema.reservedHeader", { field: field.label, key }),
      });
      return;
    }
    const first = firstOf.get(index);
    if (first !== undefined) {
      const firstKey = rows[first]!.key.trim();
      problems.push({
        index,
        message: t("schema.repeatedKey", { field: field.label, key: firstKey }),
      });
    }
  });
  return problems;
}

function numberError(field: DestinationField, value: string): string | null {
  if (field.min === undefined && field.max === undefined) return null;
  const number = Number(value.trim());
  if (value.trim() === "" || Number.isNaN(number))
    return t("schema.notANumber", { field: field.label });
  if (field.min !== undefined && number < field.min) {
    return t("schema.atLeast", { field: field.label, min: String(field.min) });
  }
  if (field.max !== undefined && number > field.max) {
    return t("schema.atMost", { field: field.label, max: String(field.max) });
  }
  return null;
}

function textError(field: DestinationField, value: string): string | null {
  const length = [...value].length;
  if (field.minlength !== undefined && length < field.minlength) {
    return t("schema.minLength", { field: field.label, count: field.minlength });
  }
  if (field.maxlength !== undefined && length > field.maxlength) {
    return t("schema.maxLength", { field: field.label, count: field.maxlength });
  }
  const numeric = numberError(field, value);
  if (numeric) return numeric;
  if (field.pattern) {
    const pattern = compilePattern(field.pattern);
    if (pattern && !pattern.test(value)) return t("schema.badFormat", { field: field.label });
  }
  return null;
}

/**
 * The first problem with a field's value, as a sentence naming the field in the current
 * locale (give it a localized field: `localizeType`); null when fine.
 */
export function validateField(
  field: DestinationField,
  value: string | undefined,
  { skip = false }: { skip?: boolean } = {},
): string | null {
  // A disabled field can't be fixed by the user; the server has the last word on it.
  if (skip || field.disabled) return null;
  const text = value ?? "";
  switch (fieldKind(field)) {
    case "checkbox":
      return null;
    case "key_value_map": {
      const rows = decodeKeyValueRows(text);
      const problem = keyValueProblems(field, rows)[0];
      if (problem) return problem.message;
      if (field.required && !rows.some((row) => row.key.trim() !== "")) {
        return t("schema.required", { field: field.label });
      }
      return null;
    }
    case "select": {
      if (text === "") return field.required ? t("schema.required", { field: field.label }) : null;
      const options = field.options ?? [];
      if (options.length > 0 && !options.some((o) => o.value === text)) {
        const list = new Intl.ListFormat(currentLocale(), { type: "disjunction" });
        return t("schema.oneOf", {
          field: field.label,
          options: list.format(options.map((o) => o.label)),
        });
      }
      return null;
    }
    default:
      if (text.trim() === "")
        return field.required ? t("schema.required", { field: field.label }) : null;
      return textError(field, text);
  }
}

/** Errors by field key, for the fields that have one. Stored secrets not being replaced are skipped. */
export function validateFields(
  fields: readonly DestinationField[],
  values: FormValues,
  { mode = "create", original, replacing }: Partial<ToApiValuesOptions> = {},
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const field of fields) {
    const skip = mode === "edit" && hasStoredSecret(field, original) && !replacing?.has(field.key);
    const error = validateField(field, values[field.key], { skip });
    if (error) errors[field.key] = error;
  }
  return errors;
}
