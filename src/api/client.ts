import { toSearchParams, type Query } from "@/lib/search-params";
import { ApiError, apiErrorFromResponse } from "./api-error";

export interface ApiClientOptions {
  baseUrl: string;
  getToken: () => string | null;
  /** The API refused the token: the session is over. */
  onUnauthorized: () => void;
  fetch?: typeof fetch;
}

export interface RequestOptions {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  query?: Query;
  body?: unknown;
  signal?: AbortSignal;
}

export type ApiClient = <T>(path: string, options?: RequestOptions) => Promise<T>;

export function createApiClient({
  baseUrl,
  getToken,
  onUnauthorized,
  fetch: fetchImpl = (...args) => globalThis.fetch(...args),
}: ApiClientOptions): ApiClient {
  const root = baseUrl.replace(/\/+$/, "");
  return async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
    const token = getToken();
    if (!token) {
      onUnauthorized();
      throw new ApiError({ status: 401, message: "Your session has ended." });
    }
    const search = toSearchParams(options.query).toString();
    const headers: Record<string, string> = {
      Accept: "application/json",
      Authorization: `Bearer ${token}`,
    };
    if (options.body !== undefined) headers["Content-Type"] = "application/json";

    let response: Response;
    try {
      response = await fetchImpl(`${root}${path}${search ? `?${search}` : ""}`, {
        method: options.method ?? "GET",
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        signal: options.signal,
        credentials: "omit",
        referrerPolicy: "no-referrer",
        cache: "no-store",
      });
    } catch (error) {
      if (options.signal?.aborted) throw error;
      throw new ApiError({
        status: 0,
        message: "Can't reach the server. Check your connection and try again.",
      });
    }

    if (!response.ok) {
      const error = await apiErrorFromResponse(response);
      if (response.status === 401) onUnauthorized();
      throw error;
    }
    if (response.status === 204) return undefined as T;
    const text = await response.text();
    try {
      return (text ? JSON.parse(text) : undefined) as T;
    } catch {
      // e.g. an HTML page where the API should be: API_BASE_URL points at the wrong place.
      throw new ApiError({
        status: response.status,
        message: "The server's answer could not be read. Check the API address.",
      });
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
