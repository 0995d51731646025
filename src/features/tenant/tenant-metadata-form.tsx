import { useEffect, useRef, useState } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { ApiError } from "@/api/api-error";
import { queryKeys } from "@/api/query-keys";
import { MetadataConflict, useUpdateTenantMetadata } from "@/api/tenant-mutations";
import type { StringMap, Tenant } from "@/api/types";
import { useT } from "@/i18n/i18n";
import { Message } from "@/i18n/message";
import { duplicateKeys, mapToRows, rowsToMap, type KeyValueRow } from "@/lib/key-value-rows";
import { mapPatch } from "@/lib/merge-patch";
import { clearStoredDraft, readStoredDraft, writeStoredDraft } from "@/lib/stored-draft";
import type { MapConflict } from "@/lib/three-way-merge";
import { useTenantId } from "@/session/session-store";
import { Button } from "@/ui/button";
import { Card } from "@/ui/card";
import { MapList } from "@/ui/key-value-list";
import { errorMessage } from "@/ui/query-error";
import { toast } from "@/ui/toast";
import { MetadataEditor } from "@/ui/metadata-editor";
import { SaveButton } from "@/ui/save-button";

interface MetadataDraft {
  base: StringMap | null;
  rows: KeyValueRow[];
}

const draftKey = (tenantId: string) => `portal:tenant-metadata-draft:${tenantId}`;

function isDraft(value: unknown): value is MetadataDraft {
  const draft = value as MetadataDraft | null;
  return (
    typeof draft === "object" &&
    draft !== null &&
    Array.isArray(draft.rows) &&
    draft.rows.every((row) => typeof row?.key === "string" && typeof row.value === "string")
  );
}

/** One side of a conflict: the value, quoted as the language quotes, or "removed". */
function Shown({ value }: { value: string | undefined }) {
  const t = useT();
  if (value === undefined) return t("tenant.removed");
  return (
    <Message
      id="tenant.quoted"
      values={{
        value: (
          <bdi translate="no" className="wrap-anywhere">
            {value}
          </bdi>
        ),
      }}
    />
  );
}

/**
 * Saves the user's changes merged onto a fresh read (see useUpdateTenantMetadata).
 * While editing, the draft is kept in this tab per tenant, so a reload or a renewed
 * session brings it back.
 */
export function TenantMetadataForm({ tenant }: { tenant: Tenant }) {
  const t = useT();
  const tenantId = useTenantId();
  const queryClient = useQueryClient();
  const [kept] = useState(() => readStoredDraft(draftKey(tenantId), isDraft));
  const [editing, setEditing] = useState(kept !== null);
  const [restored, setRestored] = useState(kept !== null);
  const [base, setBase] = useState<StringMap | null>(kept ? kept.base : tenant.metadata);
  const [rows, setRows] = useState(() => kept?.rows ?? mapToRows(tenant.metadata));
  const [conflicts, setConflicts] = useState<MapConflict[]>([]);
  const [unconfirmed, setUnconfirmed] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);
  const update = useUpdateTenantMetadata();
  const next = rowsToMap(rows);
  const changed = Object.keys(mapPatch(base, next)).length > 0;
  const invalid = duplicateKeys(rows).length > 0;

  useEffect(() => {
    if (editing && changed) writeStoredDraft(draftKey(tenantId), { base, rows });
    else clearStoredDraft(draftKey(tenantId));
  }, [tenantId, editing, changed, base, rows]);

  const close = () => {
    setEditing(false);
    setRestored(false);
    setConflicts([]);
    setUnconfirmed(null);
  };

  if (!editing) {
    return (
      <Card
        title={t("attemptDetail.metadata")}
        actions={
          <Button
            onClick={() => {
              setBase(tenant.metadata);
              setRows(mapToRows(tenant.metadata));
              setEditing(true);
            }}
          >
            {t("tenant.editMetadata")}
          </Button>
        }
      >
        {Object.keys(tenant.metadata ?? {}).length > 0 ? (
          // Keys and values are the tenant's own data: never machine-translated.
          <div translate="no">
            <MapList map={tenant.metadata} empty="" />
          </div>
        ) : (
          <MapList map={tenant.metadata} empty={t("tenant.noMetadata")} />
        )}
      </Card>
    );
  }

  return (
    <Card title={t("attemptDetail.metadata")}>
      <form
        className="grid gap-4"
        onSubmit={(event) => {
          event.preventDefault();
          if (!changed || invalid || update.isPending) return;
          setConflicts([]);
          setUnconfirmed(null);
          setRestored(false);
          const controller = new AbortController();
          abort.current = controller;
          update.mutate(
            { base, mine: next, signal: controller.signal },
            {
              onSuccess: () => {
                toast.success(t("tenant.metadataSaved"));
                close();
              },
              onError: (error) => {
                if (controller.signal.aborted) return;
                if (error instanceof MetadataConflict) {
                  // Rebased onto the current metadata: keys only they changed show their
                  // values, contested keys keep the user's until they decide.
                  setBase(error.current.metadata);
                  setRows(mapToRows(error.rebased));
                  setConflicts(error.conflicts);
                } else if (
                  error instanceof ApiError &&
                  (error.outcomeUnknown || error.code === "not_applied")
                ) {
                  setUnconfirmed(error.message);
                } else {
                  toast.error(t("tenant.metadataNotSaved", { error: errorMessage(error) }));
                }
              },
            },
          );
        }}
      >
        {restored && (
          <p role="status" className="rounded-md border border-border p-3 text-sm">
            {t("tenant.draftRestored")}
          </p>
        )}
        {conflicts.length > 0 && (
          <div
            role="alert"
            className="rounded-md border border-danger bg-danger-surface p-3 text-sm text-danger"
          >
            <p className="font-medium">{t("tenant.conflict")}</p>
            <ul className="mt-1 list-disc ps-5">
              {conflicts.map((c) => (
                <li key={c.key} className="wrap-anywhere">
                  <Message
                    id="tenant.conflictKey"
                    values={{
                      key: <bdi translate="no">{c.key}</bdi>,
                      mine: <Shown value={c.mine} />,
                      theirs: <Shown value={c.theirs} />,
                    }}
                  />
                </li>
              ))}
            </ul>
            <p className="mt-1">{t("tenant.conflictHint")}</p>
          </div>
        )}
        {unconfirmed && (
          <p role="alert" className="rounded-md border border-danger p-3 text-sm text-danger">
            {unconfirmed}
          </p>
        )}
        <MetadataEditor
          label={t("tenant.metadataLabel")}
          description={t("tenant.metadataDescription")}
          rows={rows}
          onChange={setRows}
        />
        <div className="flex flex-wrap justify-end gap-2">
          <Button
            onClick={() => {
              if (update.isPending) {
                // The write may still land: show what the server holds, not what we hoped.
                abort.current?.abort();
                update.reset();
                void queryClient.invalidateQueries({ queryKey: queryKeys.tenant(tenantId) });
                toast.info(t("tenant.saveCancelled"));
              }
              close();
            }}
          >
            {t("bulkRetry.cancel")}
          </Button>
          <SaveButton
            label={t("tenant.saveMetadata")}
            dirty={changed}
            blocked={invalid}
            pending={update.isPending}
          />
        </div>
      </form>
    </Card>
  );
}
