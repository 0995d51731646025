import { laterMessages, t, type MessageId } from "@/i18n/i18n";
import { toSearchParams, type Query } from "@/lib/search-params";
import { ApiError, parseRetryAfter } from "./api-error";

/**
 * A message of the portal's own about a failed request, in the portal's language. Most
 * are in the later catalogue, which the first screen may not have loaded yet; if even
 * that can't be downloaded, "Can't reach the server" (first screen's) says what is likely.
 */
export async function ownMessage(id: MessageId, values?: Record<string, string | number>) {
  await laterMessages().catch(() => undefined);
  const text = t(id, values);
  return text === id ? t("api.unreachable") : text;
}

/**
 * The ApiError of an error answer. Its body is read by a module loaded with the first
 * error; should that download fail, the status alone still says what happened.
 */
async function errorFromResponse(response: Response): Promise<ApiError> {
  try {
    const { apiErrorFromResponse } = await import("./error-body");
    return await apiErrorFromResponse(response);
  } catch {
    return new ApiError({
      status: response.status,
      message: t("error.title"),
      retryAfterMs: parseRetryAfter(response.headers.get("Retry-After")),
    });
  }
}

export interface Deadlines {
  /** GET: how long a read may take, headers and body, before it counts as failed. */
  readMs: number;
  /** POST/PUT/PATCH/DELETE: after this the outcome is unknown and must be checked. */
  writeMs: number;
}

export const DEFAULT_DEADLINES: Deadlines = { readMs: 15_000, writeMs: 30_000 };

export interface ApiClientOptions {
  baseUrl: string;
  getToken: () => string | null;
  /** The API refused `token`: the session that holds it is over (a newer one may not be). */
  onUnauthorized: (token: string | null) => void;
  deadlines?: Deadlines;
  fetch?: typeof fetch;
}

export interface RequestOptions {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  query?: Query;
  body?: unknown;
  signal?: AbortSignal;
  /** The 2xx body has the shape the caller relies on; anything else is an error, never success. */
  expect?: (body: unknown) => boolean;
}

export type ApiClient = <T>(path: string, options?: RequestOptions) => Promise<T>;

export function createApiClient({
  baseUrl,
  getToken,
  onUnauthorized,
  deadlines = DEFAULT_DEADLINES,
  fetch: fetchImpl = (...args) => globalThis.fetch(...args),
}: ApiClientOptions): ApiClient {
  const root = baseUrl.replace(/\/+$/, "");
  return async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
    const token = getToken();
    if (!token) {
      onUnauthorized(null);
      throw new ApiError({ status: 401, message: await ownMessage("api.sessionEnded") });
    }
    const search = toSearchParams(options.query).toString();
    const headers: Record<string, string> = {
      Accept: "application/json",
      Authorization: `Bearer ${token}`,
    };
    if (options.body !== undefined) headers["Content-Type"] = "application/json";
    const write = (options.method ?? "GET") !== "GET";
    const timeout = AbortSignal.timeout(write ? deadlines.writeMs : deadlines.readMs);
    const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;

    // Everything up to the last byte of the body runs under the deadline. A write whose
    // answer never arrived may still have been applied: its outcome is unknown.
    const failed = async (error: unknown): Promise<never> => {
      if (options.signal?.aborted) throw error;
      const timedOut = timeout.aborted;
      throw new ApiError({
        status: 0,
        code: timedOut ? "timeout" : "network",
        outcomeUnknown: write,
        message: write
          ? await ownMessage("api.checkingSaved")
          : timedOut
            ? await ownMessage("api.timeout")
            : t("api.unreachable"),
      });
    };
    /** A 2xx answer the portal can't rely on: an error, and for a write an unknown outcome. */
    const unusable = async (status: number, code: string, message: MessageId) =>
      new ApiError({ status, code, outcomeUnknown: write, message: await ownMessage(message) });

    let response: Response;
    let text: string;
    try {
      response = await fetchImpl(`${root}${path}${search ? `?${search}` : ""}`, {
        method: options.method ?? "GET",
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        signal,
        credentials: "omit",
        referrerPolicy: "no-referrer",
        cache: "no-store",
      });
      if (!response.ok) {
        const error = await errorFromResponse(response);
        if (response.status === 401) onUnauthorized(token);
        throw error;
      }
      text = await response.text();
    } catch (error) {
      if (error instanceof ApiError) throw error;
      return await failed(error);
    }
    if (response.status === 204) return undefined as T;
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      // e.g. an HTML page where the API should be: API_BASE_URL points at the wrong place.
      throw await unusable(response.status, "unreadable", "api.unreadable");
    }
    if (options.expect && !options.expect(body))
      throw await unusable(response.status, "unexpected_shape", "api.unexpected");
    return body as T;
  };
}

let client: ApiClient | null = null;

export function setApiClient(next: ApiClient) {
  client = next;
}

/** The app's API client, configured at boot (src/app/boot.ts). */
export function api<T>(path: string, options?: RequestOptions): Promise<T> {
  if (!client) throw new Error("setApiClient() must run before the first request");
  return client<T>(path, options);
}
