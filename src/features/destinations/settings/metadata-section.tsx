import { useState } from "react";
import type { Destination, StringMap } from "@/api/types";
import { duplicateKeys, mapToRows, rowsToMap, type KeyValueRow } from "@/lib/key-value-rows";
import { mapPatch } from "@/lib/merge-patch";
import { sameValue } from "@/lib/same-value";
import { Card } from "@/ui/card";
import { MetadataEditor } from "@/ui/metadata-editor";
import { ConflictNotice, KeptNotice, SectionActions } from "./section-parts";
import { isRecordOf, isString, useKeepDraft, useSectionDraft } from "./section-draft";
import { usePatch } from "./use-patch";
import { useT } from "@/i18n/i18n";

interface Maps {
  metadata: StringMap;
  delivery: StringMap;
}

interface MetadataDraft {
  base: Maps;
  metadata: KeyValueRow[];
  delivery: KeyValueRow[];
}

const isRows = (value: unknown): value is KeyValueRow[] =>
  Array.isArray(value) &&
  value.every((row: Partial<KeyValueRow> | null) => isString(row?.key) && isString(row.value));

const isMetadataDraft = (value: unknown): value is MetadataDraft => {
  const draft = value as MetadataDraft | null;
  return (
    typeof draft === "object" &&
    draft !== null &&
    isRows(draft.metadata) &&
    isRows(draft.delivery) &&
    isRecordOf(draft.base?.metadata, isString) &&
    isRecordOf(draft.base.delivery, isString)
  );
};

const mapsOf = (d: Destination): Maps => ({
  metadata: d.metadata ?? {},
  delivery: d.delivery_metadata ?? {},
});

/** Both maps merge by key on the server; a key someone else changed meanwhile is a conflict. */
export function MetadataSection({ destination }: { destination: Destination }) {
  const t = useT();
  const draft = useSectionDraft(destination.id, "metadata", isMetadataDraft);
  const [server, setServer] = useState(() => mapsOf(destination));
  const [base, setBase] = useState<Maps>(() => draft.kept?.base ?? mapsOf(destination));
  const [metadata, setMetadata] = useState(
    () => draft.kept?.metadata ?? mapToRows(destination.metadata),
  );
  const [delivery, setDelivery] = useState(
    () => draft.kept?.delivery ?? mapToRows(destination.delivery_metadata),
  );
  const saver = usePatch(destination.id);
  const metadataPatch = mapPatch(base.metadata, rowsToMap(metadata));
  const deliveryPatch = mapPatch(base.delivery, rowsToMap(delivery));
  const changed = Object.keys(metadataPatch).length > 0 || Object.keys(deliveryPatch).length > 0;
  const invalid = duplicateKeys(metadata).length > 0 || duplicateKeys(delivery).length > 0;
  useKeepDraft(draft.key, changed ? { base, metadata, delivery } : null);

  const current = mapsOf(destination);
  if (!sameValue(server, current)) {
    setServer(current);
    if (!changed) {
      setBase(current);
      setMetadata(mapToRows(current.metadata));
      setDelivery(mapToRows(current.delivery));
    }
  }

  const reset = (d: Destination) => {
    setBase(mapsOf(d));
    setMetadata(mapToRows(d.metadata));
    setDelivery(mapToRows(d.delivery_metadata));
    saver.clearConflict();
    draft.settle();
  };
  const save = (overwrite = false) => {
    if (!changed || invalid) return;
    draft.settle();
    saver.save(
      {
        base: { metadata: base.metadata, delivery_metadata: base.delivery },
        patch: {
          ...(Object.keys(metadataPatch).length ? { metadata: metadataPatch } : {}),
          ...(Object.keys(deliveryPatch).length ? { delivery_metadata: deliveryPatch } : {}),
        },
        overwrite,
      },
      { success: t("settings.metadataSaved"), onSuccess: reset },
    );
  };

  return (
    <Card title={t("attemptDetail.metadata")}>
      <form
        className="grid gap-5"
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        {draft.restored && changed && <KeptNotice />}
        <MetadataEditor
          label={t("attemptDetail.metadata")}
          description={t("settings.metadataDescription")}
          rows={metadata}
          onChange={setMetadata}
        />
        <MetadataEditor
          label={t("detail.deliveryMetadata")}
          description={t("settings.deliveryMetadataDescription")}
          rows={delivery}
          onChange={setDelivery}
        />
        {saver.conflict && (
          <ConflictNotice
            conflicts={saver.conflict.conflicts}
            pending={saver.isPending}
            onTheirs={() => reset(saver.conflict!.current)}
            onOverwrite={() => save(true)}
          />
        )}
        <SectionActions
          saver={saver}
          label={t("settings.saveMetadata")}
          dirty={changed}
          blocked={invalid}
          onDiscard={() => reset(destination)}
        />
      </form>
    </Card>
  );
}
