import type { DestinationField } from "../../../api/types";
import type { KeyValueRow } from "../../../ui/key-value-editor";

/** What survives a reload of the configure step. Sensitive values are never written to storage. */
export interface CreateDraft {
  config: Record<string, string>;
  credentials: Record<string, string>;
  filter: string;
  metadata: KeyValueRow[];
  deliveryMetadata: KeyValueRow[];
}

const key = (type: string) => `portal:create-draft:${type}`;

export function readDraft(type: string): Partial<CreateDraft> {
  try {
    const raw = window.sessionStorage.getItem(key(type));
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

export function writeDraft(type: string, draft: CreateDraft) {
  try {
    window.sessionStorage.setItem(key(type), JSON.stringify(draft));
  } catch {
    // Storage blocked: the draft lasts as long as the page.
  }
}

export function clearDraft(type: string) {
  try {
    window.sessionStorage.removeItem(key(type));
  } catch {
    // nothing stored
  }
}
