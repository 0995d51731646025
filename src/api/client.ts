import { toSearchParams, type Query } from "@/lib/search-params";
import { ApiError, apiErrorFromResponse } from "./api-error";

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

export function isWrite(method: RequestOptions["method"]) {
  return method !== undefined && method !== "GET";
}

/**
 * An AbortSignal that fires when the caller aborts or the deadline passes,
 * whichever comes first; `timedOut()` tells the two apart.
 */
export function deadlineSignal(ms: number, outer?: AbortSignal) {
  const controller = new AbortController();
  let expired = false;
  const timer = setTimeout(() => {
    expired = true;
    controller.abort(new DOMException("Deadline passed", "TimeoutError"));
  }, ms);
  const forward = () => controller.abort(outer?.reason);
  if (outer?.aborted) forward();
  else outer?.addEventListener("abort", forward, { once: true });
  return {
    signal: controller.signal,
    timedOut: () => expired,
    done() {
      clearTimeout(timer);
      outer?.removeEventListener("abort", forward);
    },
  };
}

/** A write whose answer never arrived: the server may or may not have applied it. */
function unknownOutcome(timedOut: boolean) {
  return new ApiError({
    status: 0,
    code: timedOut ? "timeout" : "network",
    outcomeUnknown: true,
    message: `${timedOut ? "No answer in time" : "The connection dropped"}: checking whether it was saved.`,
  });
}

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
    const write = isWrite(options.method);
    const deadline = deadlineSignal(write ? deadlines.writeMs : deadlines.readMs, options.signal);

    // Everything up to the last byte of the body runs under the deadline.
    const failed = (error: unknown): never => {
      if (options.signal?.aborted) throw error;
      if (write) throw unknownOutcome(deadline.timedOut());
      throw new ApiError(
        deadline.timedOut()
          ? {
              status: 0,
              code: "timeout",
              message: "The server took too long to answer. Try again.",
            }
          : { status: 0, code: "network", message: UNREACHABLE },
      );
    };

    try {
      let response: Response;
      try {
        response = await fetchImpl(`${root}${path}${search ? `?${search}` : ""}`, {
          method: options.method ?? "GET",
          headers,
          body: options.body === undefined ? undefined : JSON.stringify(options.body),
          signal: deadline.signal,
          credentials: "omit",
          referrerPolicy: "no-referrer",
          cache: "no-store",
        });
      } catch (error) {
        return failed(error);
      }

      if (!response.ok) {
        let error: ApiError;
        try {
          error = await apiErrorFromResponse(response);
        } catch (cause) {
          return failed(cause);
        }
        if (response.status === 401) onUnauthorized(token);
        throw error;
      }
      if (response.status === 204) return undefined as T;
      let text: string;
      try {
        text = await response.text();
      } catch (error) {
        return failed(error);
      }
      let body: unknown;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        // e.g. an HTML page where the API should be: API_BASE_URL points at the wrong place.
        throw new ApiError({
          status: response.status,
          code: "unreadable",
          outcomeUnknown: write,
          message: "The server's answer could not be read. Check the API address.",
        });
      }
      if (options.expect && !options.expect(body)) {
        throw new ApiError({
          status: response.status,
          code: "unexpected_shape",
          outcomeUnknown: write,
          message: "The server's answer wasn't what the portal expected.",
        });
      }
      return body as T;
    } finally {
      deadline.done();
    }
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
