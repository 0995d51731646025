import { ApiError } from "./api-error";

export interface ValidationErrors {
  /** One text per field the form shows, by key. */
  fields: Record<string, string>;
  /** What no shown field can carry: messages without a field, or for fields the form lacks. */
  form: string[];
}

/**
 * A 422 split for a form (null for any other error). Given the keys the form
 * shows, messages for other keys move to form level so none is lost; a 422
 * without any message keeps its own summary.
 */
export function validationErrors(
  error: unknown,
  shownKeys?: Iterable<string>,
): ValidationErrors | null {
  if (!(error instanceof ApiError) || error.status !== 422) return null;
  const shown = shownKeys ? new Set(shownKeys) : null;
  const fields: Record<string, string> = {};
  const form = [...error.formErrors];
  for (const [key, messages] of Object.entries(error.fieldErrors)) {
    if (!shown || shown.has(key)) fields[key] = messages.join(" ");
    else form.push(...messages);
  }
  if (Object.keys(fields).length === 0 && form.length === 0) form.push(error.message);
  return { fields, form };
}
