import { useState } from "react";
import { useUpdateTenantMetadata } from "@/api/tenant";
import type { Tenant } from "@/api/types";
import { duplicateKeys, mapToRows, rowsToMap } from "@/lib/key-value-rows";
import { mapPatch } from "@/lib/merge-patch";
import { Button } from "@/ui/button";
import { Card } from "@/ui/card";
import { MapList } from "@/ui/key-value-list";
import { errorMessage } from "@/ui/query-error";
import { toast } from "@/ui/toast";
import { MetadataEditor } from "@/ui/metadata-editor";

/**
 * `PUT /tenants/{id}` replaces all metadata, so the request carries the whole
 * edited set: keys the user did not touch are sent back unchanged.
 */
export function TenantMetadataForm({ tenant }: { tenant: Tenant }) {
  const [editing, setEditing] = useState(false);
  const [rows, setRows] = useState(() => mapToRows(tenant.metadata));
  const update = useUpdateTenantMetadata();
  const next = rowsToMap(rows);
  const changed = Object.keys(mapPatch(tenant.metadata, next)).length > 0;
  const invalid = duplicateKeys(rows).length > 0;

  if (!editing) {
    return (
      <Card
        title="Metadata"
        actions={
          <Button
            onClick={() => {
              setRows(mapToRows(tenant.metadata));
              setEditing(true);
            }}
          >
            Edit metadata
          </Button>
        }
      >
        <MapList map={tenant.metadata} empty="No metadata." />
      </Card>
    );
  }

  return (
    <Card title="Metadata">
      <form
        className="grid gap-4"
        onSubmit={(event) => {
          event.preventDefault();
          if (!changed || invalid) return;
          update.mutate(next, {
            onSuccess: () => {
              toast.success("Metadata saved.");
              setEditing(false);
            },
            onError: (error) => toast.error(`Metadata not saved: ${errorMessage(error)}`),
          });
        }}
      >
        <MetadataEditor
          label="Tenant metadata"
          description="Key/value pairs stored with your account."
          rows={rows}
          onChange={setRows}
        />
        <div className="flex flex-wrap justify-end gap-2">
          <Button onClick={() => setEditing(false)} aria-disabled={update.isPending || undefined}>
            Cancel
          </Button>
          <Button
            type="submit"
            variant="primary"
            aria-disabled={!changed || invalid || update.isPending || undefined}
          >
            {update.isPending ? "Saving…" : "Save metadata"}
          </Button>
        </div>
      </form>
    </Card>
  );
}
