import type { DestinationField } from "@/api/types";
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
  const noun = headers ? "header" : "entry";
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
          message: `${field.label}: ${noun} ${index + 1} has a value but no name`,
        });
      }
      return;
    }
    if (headers && !HEADER_NAME.test(key)) {
      problems.push({
        index,
        message: `${field.label}: "${key}" isn't a valid header name (letters, digits, "-" and "_", starting with a letter or digit)`,
      });
      return;
    }
    if (headers && RESERVED_HEADERS.has(key.toLowerCase())) {
      problems.push({
        index,
        message: `${field.label}: "${key}" is set by Outpost and can't be changed`,
      });
      return;
    }
    const first = firstOf.get(index);
    if (first !== undefined) {
      const firstKey = rows[first]!.key.trim();
      problems.push({ index, message: `${field.label} lists "${firstKey}" more than once` });
    }
  });
  return problems;
}

function numberError(field: DestinationField, value: string): string | null {
  if (field.min === undefined && field.max === undefined) return null;
  const number = Number(value.trim());
  if (value.trim() === "" || Number.isNaN(number)) return `${field.label} must be a number`;
  if (field.min !== undefined && number < field.min) {
    return `${field.label} must be at least ${field.min}`;
  }
  if (field.max !== undefined && number > field.max) {
    return `${field.label} must be at most ${field.max}`;
  }
  return null;
}

function textError(field: DestinationField, value: string): string | null {
  const length = [...value].length;
  if (field.minlength !== undefined && length < field.minlength) {
    return `${field.label} must be at least ${field.minlength} characters`;
  }
  if (field.maxlength !== undefined && length > field.maxlength) {
    return `${field.label} must be at most ${field.maxlength} characters`;
  }
  const numeric = numberError(field, value);
  if (numeric) return numeric;
  if (field.pattern) {
    const pattern = compilePattern(field.pattern);
    if (pattern && !pattern.test(value)) return `${field.label} doesn't have the expected format`;
  }
  return null;
}

/** The first problem with a field's value, as a sentence naming the field; null when fine. */
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
        return `${field.label} is required`;
      }
      return null;
    }
    case "select": {
      if (text === "") return field.required ? `${field.label} is required` : null;
      const options = field.options ?? [];
      if (options.length > 0 && !options.some((o) => o.value === text)) {
        return `${field.label} must be one of: ${options.map((o) => o.label).join(", ")}`;
      }
      return null;
    }
    default:
      if (text.trim() === "") return field.required ? `${field.label} is required` : null;
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
