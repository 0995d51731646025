import { useEffect, useRef, type FocusEvent } from "react";
import { useT } from "@/i18n/i18n";
import { Button } from "./button";
import type { KeyValueRow } from "@/lib/key-value-rows";
import { TextInput } from "./text-input";

export type { KeyValueRow };

export interface KeyValueEditorProps {
  /** Base of the ids of the row inputs (`<id>-key-<n>`, `<id>-value-<n>`) and `<id>-add`. */
  id: string;
  rows: readonly KeyValueRow[];
  onChange: (rows: KeyValueRow[]) => void;
  /** Label of each key input; the row number is added for assistive technology. */
  keyLabel?: string;
  valueLabel?: string;
  /**
   * What one row is: "row", "header" or "entry". It picks the wording of Add and
   * Remove ("Add header", "Remove header Authorization") in each language.
   */
  itemLabel?: string;
  addLabel?: string;
  emptyText?: string;
  /** Ids (description, error) every input is described by. */
  describedBy?: string;
  /** Rows whose key is at fault; their key inputs get aria-invalid. */
  invalidRows?: ReadonlySet<number>;
  disabled?: boolean;
  /** Called when focus leaves the editor as a whole. */
  onBlur?: () => void;
}

const idsFor = (id: string, index: number) => ({
  key: `${id}-key-${index}`,
  value: `${id}-value-${index}`,
});

/** An editable list of key/value pairs. Rows are controlled; empty ones are kept while editing. */
export function KeyValueEditor({
  id,
  rows,
  onChange,
  keyLabel,
  valueLabel,
  itemLabel = "row",
  addLabel,
  emptyText,
  describedBy,
  invalidRows,
  disabled,
  onBlur,
}: KeyValueEditorProps) {
  const t = useT();
  // Which control to focus once the rows change: a row's key input, or the add button.
  const pendingFocus = useRef<string | null>(null);
  useEffect(() => {
    if (pendingFocus.current === null) return;
    document.getElementById(pendingFocus.current)?.focus();
    pendingFocus.current = null;
  }, [rows.length]);

  const update = (index: number, patch: Partial<KeyValueRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  const add = () => {
    pendingFocus.current = idsFor(id, rows.length).key;
    onChange([...rows, { key: "", value: "" }]);
  };

  const remove = (index: number) => {
    const next = rows.filter((_, i) => i !== index);
    // The row that takes its place, else the one before, else the add button.
    const target = Math.min(index, next.length - 1);
    pendingFocus.current = target >= 0 ? idsFor(id, target).key : `${id}-add`;
    onChange(next);
  };

  const handleBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) onBlur?.();
  };

  return (
    <div className="flex min-w-0 flex-col gap-3" onBlur={handleBlur}>
      {rows.length === 0 ? (
        <p className="text-sm text-fg-muted">{emptyText ?? t("ui.nothingAdded")}</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {rows.map((row, index) => {
            const ids = idsFor(id, index);
            const number = index + 1;
            const name = row.key.trim() || String(number);
            return (
              // Rows have no identity but their position; inputs are controlled, so values follow.
              <li
                key={index}
                className="grid min-w-0 grid-cols-1 gap-2 rounded-md border border-border p-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end sm:border-0 sm:p-0"
              >
                <div className="flex min-w-0 flex-col gap-1">
                  <label htmlFor={ids.key} className="text-sm text-fg-muted">
                    {keyLabel ?? t("ui.key")} <span className="sr-only">{number}</span>
                  </label>
                  <TextInput
                    id={ids.key}
                    value={row.key}
                    onChange={(e) => update(index, { key: e.target.value })}
                    aria-describedby={describedBy}
                    aria-invalid={invalidRows?.has(index) ? true : undefined}
                    autoComplete="off"
                    spellCheck={false}
                    disabled={disabled}
                  />
                </div>
                <div className="flex min-w-0 flex-col gap-1">
                  <label htmlFor={ids.value} className="text-sm text-fg-muted">
                    {valueLabel ?? t("ui.value")} <span className="sr-only">{number}</span>
                  </label>
                  <TextInput
                    id={ids.value}
                    value={row.value}
                    onChange={(e) => update(index, { value: e.target.value })}
                    aria-describedby={describedBy}
                    autoComplete="off"
                    spellCheck={false}
                    disabled={disabled}
                  />
                </div>
                <Button
                  variant="ghost"
                  className="min-h-11 justify-self-start"
                  aria-label={t("ui.removeItem", { item: itemLabel, name })}
                  disabled={disabled}
                  onClick={() => remove(index)}
                >
                  {t("ui.remove")}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
      <Button id={`${id}-add`} className="min-h-11 self-start" disabled={disabled} onClick={add}>
        <span aria-hidden="true">+</span>
        {addLabel ?? t("ui.addItem", { item: itemLabel })}
      </Button>
    </div>
  );
}
