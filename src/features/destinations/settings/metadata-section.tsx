import { useState } from "react";
import type { Destination } from "@/api/types";
import { duplicateKeys, mapToRows, rowsToMap } from "@/lib/key-value-rows";
import { mapPatch } from "@/lib/merge-patch";
import { Button } from "@/ui/button";
import { Card } from "@/ui/card";
import { MetadataEditor } from "@/ui/metadata-editor";
import { usePatch } from "./use-patch";

export function MetadataSection({ destination }: { destination: Destination }) {
  const [metadata, setMetadata] = useState(() => mapToRows(destination.metadata));
  const [delivery, setDelivery] = useState(() => mapToRows(destination.delivery_metadata));
  const { patch, isPending } = usePatch(destination.id);
  const metadataPatch = mapPatch(destination.metadata, rowsToMap(metadata));
  const deliveryPatch = mapPatch(destination.delivery_metadata, rowsToMap(delivery));
  const changed = Object.keys(metadataPatch).length > 0 || Object.keys(deliveryPatch).length > 0;
  const invalid = duplicateKeys(metadata).length > 0 || duplicateKeys(delivery).length > 0;
  return (
    <Card title="Metadata">
      <form
        className="grid gap-5"
        onSubmit={(event) => {
          event.preventDefault();
          if (!changed || invalid) return;
          patch(
            {
              ...(Object.keys(metadataPatch).length ? { metadata: metadataPatch } : {}),
              ...(Object.keys(deliveryPatch).length ? { delivery_metadata: deliveryPatch } : {}),
            },
            {
              success: "Metadata saved.",
              onSuccess: (d) => {
                setMetadata(mapToRows(d.metadata));
                setDelivery(mapToRows(d.delivery_metadata));
              },
            },
          );
        }}
      >
        <MetadataEditor
          label="Metadata"
          description="Stored with the destination, for your own reference."
          rows={metadata}
          onChange={setMetadata}
        />
        <MetadataEditor
          label="Delivery metadata"
          description="Added to the metadata of every event delivered here."
          rows={delivery}
          onChange={setDelivery}
        />
        <div className="flex flex-wrap justify-end gap-2">
          {changed && (
            <Button
              onClick={() => {
                setMetadata(mapToRows(destination.metadata));
                setDelivery(mapToRows(destination.delivery_metadata));
              }}
            >
              Discard changes
            </Button>
          )}
          <Button
            type="submit"
            variant="primary"
            aria-disabled={!changed || invalid || isPending || undefined}
          >
            {isPending ? "Saving…" : "Save metadata"}
          </Button>
        </div>
      </form>
    </Card>
  );
}
