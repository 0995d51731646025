import { useId, type MouseEvent } from "react";
import { useT } from "@/i18n/i18n";
import { Button } from "./button";

/**
 * The one Save button of every edit form. With nothing changed it stays focusable but
 * `aria-disabled`, described by a visible "No changes to save"; while saving it says so
 * and swallows clicks (focus stays on it). `blocked`: changed, but not valid yet.
 */
export function SaveButton({
  label,
  dirty,
  pending = false,
  blocked = false,
  pendingLabel,
  onMouseDown,
}: {
  label: string;
  dirty: boolean;
  pending?: boolean;
  blocked?: boolean;
  pendingLabel?: string;
  onMouseDown?: (event: MouseEvent<HTMLButtonElement>) => void;
}) {
  const t = useT();
  const hintId = useId();
  const idle = !dirty && !pending;
  return (
    <>
      {idle && (
        <span id={hintId} className="self-center text-sm text-fg-muted">
          {t("ui.noChanges")}
        </span>
      )}
      <Button
        type="submit"
        variant="primary"
        aria-disabled={idle || blocked || pending || undefined}
        aria-describedby={idle ? hintId : undefined}
        onMouseDown={onMouseDown}
      >
        {pending ? (pendingLabel ?? t("ui.saving")) : label}
      </Button>
    </>
  );
}
