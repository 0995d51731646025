import { useId, type MouseEvent } from "react";
import { Button } from "./button";

/** Shown beside a Save button while nothing has changed. */
export const NO_CHANGES = "No changes to save";

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
  pendingLabel = "Saving…",
  onMouseDown,
}: {
  label: string;
  dirty: boolean;
  pending?: boolean;
  blocked?: boolean;
  pendingLabel?: string;
  onMouseDown?: (event: MouseEvent<HTMLButtonElement>) => void;
}) {
  const hintId = useId();
  const idle = !dirty && !pending;
  return (
    <>
      {idle && (
        <span id={hintId} className="self-center text-sm text-fg-muted">
          {NO_CHANGES}
        </span>
      )}
      <Button
        type="submit"
        variant="primary"
        aria-disabled={idle || blocked || pending || undefined}
        aria-describedby={idle ? hintId : undefined}
        onMouseDown={onMouseDown}
      >
        {pending ? pendingLabel : label}
      </Button>
    </>
  );
}
