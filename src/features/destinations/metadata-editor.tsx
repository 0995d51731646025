import { useId } from "react";
import { duplicateKeys } from "../../lib/key-value-rows";
import { KeyValueEditor, type KeyValueRow } from "../../ui/key-value-editor";

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
    <fieldset>
      <legend className="text-sm font-medium">{label}</legend>
      <p id={`${id}-help`} className="mb-2 text-sm text-fg-muted">
        {description}
      </p>
      <KeyValueEditor
        id={id}
        rows={rows}
        onChange={onChange}
        itemLabel="entry"
        describedBy={`${id}-help${duplicates.length ? ` ${id}-error` : ""}`}
        invalidRows={invalid}
      />
      {duplicates.length > 0 && (
        <p id={`${id}-error`} className="mt-1 text-sm text-danger">
          Each key can appear once: {duplicates.join(", ")}.
        </p>
      )}
    </fieldset>
  );
}
