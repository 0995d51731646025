/**
 * Every failure of an API call, normalised: Outpost's `{status, message, data}`
 * body, the empty body of its auth layer's 401/403, network failures (status 0)
 * and bodies that are not JSON.
 */
export class ApiError extends Error {
  readonly status: number;
  /** Messages the API tied to a field, by field key (e.g. `url`, `config.url`). */
  readonly fieldErrors: Record<string, string[]>;
  /** Messages not tied to a field. */
  readonly formErrors: string[];
  /** A machine-readable code from `data.error`, e.g. `destination_disabled`. */
  readonly code: string | null;
  /** From `Retry-After` on 429/503, in milliseconds. */
  readonly retryAfterMs: number | null;
  /** A write whose answer was lost or unreadable: the server may have applied it. */
  readonly outcomeUnknown: boolean;
  /** When the answer came (ms since the epoch): a `Retry-After` wait counts from here. */
  readonly at: number;

  constructor(init: {
    status: number;
    message: string;
    fieldErrors?: Record<string, string[]>;
    formErrors?: string[];
    code?: string | null;
    retryAfterMs?: number | null;
    outcomeUnknown?: boolean;
  }) {
    super(init.message);
    this.name = "ApiError";
    this.status = init.status;
    this.fieldErrors = init.fieldErrors ?? {};
    this.formErrors = init.formErrors ?? [];
    this.code = init.code ?? null;
    this.retryAfterMs = init.retryAfterMs ?? null;
    this.outcomeUnknown = init.outcomeUnknown ?? false;
    this.at = Date.now();
  }

  get isNetworkError() {
    return this.status === 0;
  }
  get isTimeout() {
    return this.code === "timeout";
  }
  get isClientError() {
    return this.status >= 400 && this.status < 500;
  }
}

/** `Retry-After` as seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  const trimmed = value?.trim();
  if (!trimmed) return null;
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed) * 1000;
  // Every HTTP-date form starts with the day name; Date.parse alone reads "-1" as 2001.
  if (!/^(mon|tue|wed|thu|fri|sat|sun)/i.test(trimmed)) return null;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}
