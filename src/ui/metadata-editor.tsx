import { useId } from "react";
import { Message } from "@/i18n/message";
import { duplicateKeys } from "@/lib/key-value-rows";
import { FieldGroup } from "./field";
import { KeyValueEditor, type KeyValueRow } from "./key-value-editor";

/** A labelled key/value editor for string maps (metadata), flagging duplicate keys. */
export function MetadataEditor({
  label,
  description,
  rows,
  onChange,
}: {
  label: string;
  description: string;
  rows: KeyValueRow[];
  onChange: (rows: KeyValueRow[]) => void;
}) {
  const id = useId().replace(/[^A-Za-z0-9_-]/g, "");
  const duplicates = duplicateKeys(rows);
  const invalid = new Set(
    rows.flatMap((row, i) => (duplicates.includes(row.key.trim()) ? [i] : [])),
  );
  return (
    <FieldGroup
      id={id}
      label={label}
      description={description}
      error={
        duplicates.length > 0 ? (
          <Message
            id="ui.duplicateKeys"
            values={{ keys: <bdi translate="no">{duplicates.join(", ")}</bdi> }}
          />
        ) : undefined
      }
    >
      {({ describedBy }) => (
        <KeyValueEditor
          id={`${id}-rows`}
          rows={rows}
          onChange={onChange}
          itemLabel="entry"
          describedBy={describedBy}
          invalidRows={invalid}
        />
      )}
    </FieldGroup>
  );
}
