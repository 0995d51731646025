import type { DestinationField } from "@/api/types";
import type { KeyValueRow } from "@/ui/key-value-editor";
import { fieldKind } from "@/features/destinations/schema-form";
import {
  decodeKeyValueRows,
  encodeKeyValueRows,
} from "@/features/destinations/schema-form/key-value-json";

/**
 * What survives a reload of the configure step, or the end of a session. Sensitive
 * values and the values of key/value fields (custom headers carry credentials such as
 * `Authorization`) are never written to storage.
 */
export interface CreateDraft {
  /** The id the create sends, kept so a retry after a reload still can't duplicate. */
  id: string;
  config: Record<string, string>;
  credentials: Record<string, string>;
  filter: string;
  metadata: KeyValueRow[];
  deliveryMetadata: KeyValueRow[];
}

// Per tenant: a new link for another tenant in the same tab must never show this draft.
const key = (tenantId: string, type: string) => `portal:create-draft:${tenantId}:${type}`;

export function readDraft(tenantId: string, type: string): Partial<CreateDraft> {
  try {
    const raw = window.sessionStorage.getItem(key(tenantId, type));
    return raw ? (JSON.parse(raw) as Partial<CreateDraft>) : {};
  } catch {
    return {};
  }
}

/** Values fit for storage: sensitive fields dropped, key/value fields keep their keys only. */
export function storableValues(
  values: Record<string, string>,
  fields: readonly DestinationField[],
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values).flatMap(([key, value]) => {
      const field = fields.find((f) => f.key === key);
      if (field?.sensitive) return [];
      if (field && fieldKind(field) === "key_value_map") {
        const keysOnly = decodeKeyValueRows(value).map((row) => ({ key: row.key, value: "" }));
        return [[key, encodeKeyValueRows(keysOnly)]];
      }
      return [[key, value]];
    }),
  );
}

/** True when a stored draft holds anything the user typed. */
export function hasContent(draft: Partial<CreateDraft>): boolean {
  const filled = (values?: Record<string, string>) =>
    Object.values(values ?? {}).some((value) => value !== "");
  return (
    filled(draft.config) ||
    filled(draft.credentials) ||
    Boolean(draft.filter?.trim()) ||
    (draft.metadata?.length ?? 0) > 0 ||
    (draft.deliveryMetadata?.length ?? 0) > 0
  );
}

export function writeDraft(tenantId: string, type: string, draft: CreateDraft) {
  try {
    window.sessionStorage.setItem(key(tenantId, type), JSON.stringify(draft));
  } catch {
    // Storage blocked: the draft lasts as long as the page.
  }
}

export function clearDraft(tenantId: string, type: string) {
  try {
    window.sessionStorage.removeItem(key(tenantId, type));
  } catch {
    // nothing stored
  }
}
