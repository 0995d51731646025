import { isPlainObject } from "@/lib/is-plain-object";
import type { Destination, Tenant } from "./types";

// Success answers are checked before the portal relies on them: a proxy's `{"ok":true}`
// is an error, never "saved".

export function isDestination(body: unknown): body is Destination {
  return (
    isPlainObject(body) &&
    typeof body.id === "string" &&
    typeof body.type === "string" &&
    (body.topics === "*" || Array.isArray(body.topics))
  );
}

export function isDestinationList(body: unknown): body is Destination[] {
  return Array.isArray(body) && body.every(isDestination);
}

export function isTenant(body: unknown): body is Tenant {
  return (
    isPlainObject(body) &&
    typeof body.id === "string" &&
    (body.metadata === null || body.metadata === undefined || isPlainObject(body.metadata))
  );
}
