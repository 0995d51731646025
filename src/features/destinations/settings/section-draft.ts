import { useEffect, useState } from "react";
import { clearStoredDraft, readStoredDraft, writeStoredDraft } from "@/lib/stored-draft";
import { useTenantId } from "@/session/session-store";

export type SettingsSection = "topics" | "config" | "credentials" | "filter" | "metadata";

const draftKey = (tenantId: string, destinationId: string, section: SettingsSection) =>
  `portal:settings-draft:${tenantId}:${destinationId}:${section}`;

/**
 * A settings section's unsaved input, kept in this tab per tenant, destination and
 * section while it differs from what was loaded, so a reload or the end of the session
 * (then a renewal that comes back here) doesn't lose it. `draft` null: nothing to keep.
 * Callers leave sensitive values and custom header values out.
 */
export function useSectionDraft<T>(
  destinationId: string,
  section: SettingsSection,
  isDraft: (value: unknown) => value is T,
) {
  const tenantId = useTenantId();
  const key = draftKey(tenantId, destinationId, section);
  const [kept] = useState(() => readStoredDraft(key, isDraft));
  const [restored, setRestored] = useState(kept !== null);
  return {
    key,
    /** The draft found when the section mounted. */
    kept,
    /** Whether to tell the user their earlier changes are back. */
    restored,
    settle: () => setRestored(false),
  };
}

/** Keeps `draft` under `key` (from useSectionDraft) while it isn't null, and drops it after. */
export function useKeepDraft(key: string, draft: unknown) {
  const json = draft === null ? null : JSON.stringify(draft);
  useEffect(() => {
    if (json === null) clearStoredDraft(key);
    else writeStoredDraft(key, JSON.parse(json));
  }, [key, json]);
}

export const isRecordOf = (value: unknown, item: (v: unknown) => boolean) =>
  typeof value === "object" &&
  value !== null &&
  !Array.isArray(value) &&
  Object.values(value).every(item);

export const isString = (value: unknown): value is string => typeof value === "string";
