/*
 * Reading an error answer's body: its message, machine code and per-field
 * validation messages. Loaded with the first error answer, not with the first screen.
 */
import { currentLocale, t, type MessageId } from "@/i18n/i18n";
import { isPlainObject } from "@/lib/is-plain-object";
import { ApiError, parseRetryAfter } from "./api-error";
import { ownMessage } from "./client";

const STATUS_MESSAGES: Record<number, MessageId> = {
  0: "api.unreachable",
  400: "api.badRequest",
  401: "api.sessionEnded",
  403: "api.forbidden",
  404: "api.notFound",
  409: "api.conflict",
  422: "api.invalid",
  429: "api.rateLimited",
};

/** What a status means, in the portal's language (the later catalogue must be in: `ownMessage`). */
export function fallbackMessage(status: number): string {
  const id = STATUS_MESSAGES[status];
  if (id) return t(id);
  return status >= 500 ? t("api.serverError") : t("api.failed", { status });
}

// "url is required", "config.url: does not match pattern" — the first word names the field.
const FIELD_MESSAGE = /^([A-Za-z_][\w.[\]]*?):?\s+\S/;

/**
 * Splits Outpost's validation messages by the field their first word names.
 * A form shows the keys it knows next to their inputs and the rest at form level.
 */
export function splitValidationMessages(messages: string[]): {
  fieldErrors: Record<string, string[]>;
  formErrors: string[];
} {
  const fieldErrors: Record<string, string[]> = {};
  const formErrors: string[] = [];
  for (const message of messages) {
    const field = FIELD_MESSAGE.exec(message)?.[1];
    if (field) (fieldErrors[field] ??= []).push(message);
    else formErrors.push(message);
  }
  return { fieldErrors, formErrors };
}

function stringList(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === "string");
  return [];
}

/**
 * The error of an answer. Its message is the server's own in English (the server's language);
 * in any other language it is the portal's for the status, since the server's can't be
 * translated (per-field messages stay the server's).
 */
export async function apiErrorFromResponse(response: Response): Promise<ApiError> {
  // Loads the later messages; the status's message is then in.
  await ownMessage("api.serverError");
  const retryAfterMs = parseRetryAfter(response.headers.get("Retry-After"));
  let body: unknown;
  try {
    const text = await response.text();
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  const record = body && typeof body === "object" ? (body as Record<string, unknown>) : {};
  const message =
    currentLocale() === "en" && typeof record.message === "string" && record.message.trim()
      ? record.message
      : fallbackMessage(response.status);
  const data = record.data;
  let code: string | null = null;
  let messages: string[] = stringList(data);
  if (isPlainObject(data)) {
    const fields = data;
    if (typeof fields.error === "string") code = fields.error;
    // Some errors carry `{ field: message | [messages] }`.
    messages = Object.entries(fields)
      .filter(([key]) => key !== "error")
      .flatMap(([key, value]) =>
        stringList(value).map((text) => (text.startsWith(key) ? text : `${key} ${text}`)),
      );
  }
  const { fieldErrors, formErrors } = splitValidationMessages(messages);
  return new ApiError({
    status: response.status,
    message,
    fieldErrors,
    formErrors,
    code,
    retryAfterMs,
  });
}
