import type { DestinationField } from "@/api/types";
import type { KeyValueRow } from "@/ui/key-value-editor";

/** What survives a reload of the configure step. Sensitive values are never written to storage. */
export interface CreateDraft {
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

export function withoutSensitive(
  values: Record<string, string>,
  fields: readonly DestinationField[],
) {
  return Object.fromEntries(
    Object.entries(values).filter(([k]) => !fields.find((field) => field.key === k)?.sensitive),
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
