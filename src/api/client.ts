import { toSearchParams, type Query } from "@/lib/search-params";
import { ApiError, fallbackMessage, parseRetryAfter } from "./api-error";

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
      message: fallbackMessage(response.status),
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

const UNREACHABLE = "Can't reach the server. Check your connection and try again.";

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
      throw new ApiError({ status: 401, message: "Your session has ended." });
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
    const failed = (error: unknown): never => {
      if (options.signal?.aborted) throw error;
      throw new ApiError({
        status: 0,
        code: timeout.aborted ? "timeout" : "network",
        outcomeUnknown: write,
        message: write
          ? "No answer from the server: checking whether it was saved."
          : timeout.aborted
            ? "The server took too long to answer. Try again."
            : UNREACHABLE,
      });
    };
    /** A 2xx answer the portal can't rely on: an error, and for a write an unknown outcome. */
    const unusable = (status: number, code: string, message: string) =>
      new ApiError({ status, code, outcomeUnknown: write, message });

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
      return failed(error);
    }
    if (response.status === 204) return undefined as T;
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      // e.g. an HTML page where the API should be: API_BASE_URL points at the wrong place.
      throw unusable(
        response.status,
        "unreadable",
        "The server's answer could not be read. Check the API address.",
      );
    }
    if (options.expect && !options.expect(body))
      throw unusable(
        response.status,
        "unexpected_shape",
        "The server's answer wasn't what the portal expected.",
      );
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
