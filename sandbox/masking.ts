import { getDestinationType } from "./destination-types.ts";
import type { StringMap } from "./types.ts";

/** Outpost's obfuscation: 10+ characters keep their first 4, anything shorter is fully hidden. */
export function maskValue(value: string): string {
  if (value.length >= 10) return value.slice(0, 4) + "*".repeat(value.length - 4);
  return "*".repeat(value.length);
}

export function isSensitiveCredential(type: string, key: string): boolean {
  const schema = getDestinationType(type);
  return schema?.credential_fields.some((f) => f.key === key && f.sensitive === true) ?? false;
}

/** Credentials as shown in responses: sensitive fields of the type masked, the rest as stored. */
export function maskCredentials(type: string, credentials: StringMap): StringMap {
  const out: StringMap = {};
  for (const [key, value] of Object.entries(credentials)) {
    out[key] = isSensitiveCredential(type, key) ? maskValue(value) : value;
  }
  return out;
}
