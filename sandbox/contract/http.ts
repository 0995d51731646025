/** A bare HTTP client for /api/v1 for contract tests: status, headers and body exactly as the server sent them. */
import type { ContractTarget } from "./target.ts";

export interface Reply<T = unknown> {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed body; undefined when the body is empty. */
  body: T;
}

export interface CallOptions {
  /** Bearer token; the admin key when omitted, no Authorization header when null. */
  token?: string | null;
  body?: unknown;
  rawBody?: string;
  /** A query string exactly as sent (e.g. "topic[]=a&topic[]=b"), or pairs to encode. */
  query?: string | Record<string, string | string[] | undefined>;
}

function queryString(query: CallOptions["query"]): string {
  if (query === undefined) return "";
  if (typeof query === "string") return query;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) params.append(key, item);
  }
  return params.toString();
}

export function httpClient(target: ContractTarget) {
  return async function call<T = unknown>(
    method: string,
    path: string,
    options: CallOptions = {},
  ): Promise<Reply<T>> {
    const headers: Record<string, string> = {};
    const token = options.token === undefined ? target.adminKey : options.token;
    if (token !== null) headers.Authorization = `Bearer ${token}`;
    let body: string | undefined;
    if (options.rawBody !== undefined) body = options.rawBody;
    else if (options.body !== undefined) body = JSON.stringify(options.body);
    if (body !== undefined) headers["Content-Type"] = "application/json";
    const search = queryString(options.query);
    const url = `${target.origin}/api/v1${path}${search ? `?${search}` : ""}`;
    const response = await fetch(url, { method, headers, body });
    const text = await response.text();
    let parsed: unknown;
    if (text !== "") {
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = text;
      }
    }
    return { status: response.status, headers: response.headers, text, body: parsed as T };
  };
}

export type Call = ReturnType<typeof httpClient>;

/** Creates (or resets) a tenant through the admin API and returns a JWT for it, minted by the server. */
export async function tenantWithToken(call: Call, tenantId: string): Promise<string> {
  const put = await call("PUT", `/tenants/${tenantId}`, { body: {} });
  if (put.status !== 200 && put.status !== 201)
    throw new Error(`PUT tenant: ${put.status} ${put.text}`);
  const minted = await call<{ token: string }>("GET", `/tenants/${tenantId}/token`);
  if (minted.status !== 200) throw new Error(`GET token: ${minted.status} ${minted.text}`);
  return minted.body.token;
}
