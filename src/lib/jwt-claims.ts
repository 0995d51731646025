import { isPlainObject } from "./is-plain-object";

/**
 * The claims of a compact JWS (`header.payload.signature`), read without
 * verifying the signature (only the API can). Throws when the token has not
 * three parts, the payload is not base64url-encoded UTF-8 JSON, or the JSON is
 * not an object. (jose's decodeJwt does the same; this is ~0.7 KB gzip less on
 * the first screen.)
 */
export function decodeJwtClaims(token: string): Record<string, unknown> {
  const parts = token.split(".");
  const payload = parts[1];
  if (parts.length !== 3 || !payload || !/^[\w-]+$/.test(payload))
    throw new TypeError("not a compact JWS");
  const base64 = payload.replace(/-/g, "+").replace(/_/g, "/");
  const binary = atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, "="));
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  const claims: unknown = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  if (!isPlainObject(claims)) throw new TypeError("the claims are not an object");
  return claims;
}
