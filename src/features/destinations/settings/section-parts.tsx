import type { MouseEvent, ReactNode } from "react";
import type { EditConflict } from "@/api/destination-edit";
import { Button } from "@/ui/button";
import { SaveButton } from "@/ui/save-button";
import type { SectionSaver } from "./use-patch";

/**
 * Runs `action`, then puts focus on the form's Save button: the control that was
 * pressed (Cancel, Discard, a conflict's choice) goes away with it, and focus must
 * not fall to <body>.
 */
function thenFocusSave(action: () => void) {
  return (event: MouseEvent<HTMLElement>) => {
    const form = event.currentTarget.closest("form");
    action();
    requestAnimationFrame(() =>
      form?.querySelector<HTMLButtonElement>('button[type="submit"]')?.focus(),
    );
  };
}

/**
 * A section's buttons: Discard while changed, Cancel while saving, and the shared
 * SaveButton (aria-disabled with "No changes to save" when nothing changed).
 */
export function SectionActions({
  saver,
  label,
  dirty,
  blocked,
  onDiscard,
  onSaveMouseDown,
  children,
}: {
  saver: SectionSaver;
  label: string;
  dirty: boolean;
  blocked?: boolean;
  onDiscard: () => void;
  onSaveMouseDown?: (event: MouseEvent<HTMLButtonElement>) => void;
  children?: ReactNode;
}) {
  return (
    <div className="flex flex-wrap justify-end gap-2">
      {children}
      {saver.isPending ? (
        <Button onClick={thenFocusSave(saver.cancel)} aria-disabled={saver.cancelling || undefined}>
          Cancel
        </Button>
      ) : (
        dirty && <Button onClick={thenFocusSave(onDiscard)}>Discard changes</Button>
      )}
      <SaveButton
        label={label}
        dirty={dirty}
        blocked={blocked}
        pending={saver.isPending}
        pendingLabel={saver.cancelling ? "Checking whether it was saved…" : "Saving…"}
        onMouseDown={onSaveMouseDown}
      />
    </div>
  );
}

/** Tells the user a draft from before (a reload, an ended session) is back. */
export function KeptNotice({ extra }: { extra?: string }) {
  return (
    <p role="status" className="rounded-md border border-border p-3 text-sm">
      Your earlier changes were kept. Review them and save.{extra ? ` ${extra}` : ""}
    </p>
  );
}

const PART_LABELS: Record<EditConflict["part"], string> = {
  topics: "Topics",
  filter: "Filter",
  config: "Configuration",
  metadata: "Metadata",
  delivery_metadata: "Delivery metadata",
};

function shown(part: EditConflict["part"], value: unknown): string {
  if (value === undefined) return "removed";
  if (part === "topics")
    return value === "*" ? "all topics" : Array.isArray(value) ? value.join(", ") : String(value);
  if (part === "filter") return value === null ? "no filter" : JSON.stringify(value);
  return `“${String(value)}”`;
}

/**
 * What both sides changed since the form loaded (nothing was saved), with the two ways
 * out: take the server's version of the section, or save the user's over it.
 */
export function ConflictNotice({
  conflicts,
  pending,
  onTheirs,
  onOverwrite,
}: {
  conflicts: readonly EditConflict[];
  pending: boolean;
  onTheirs: () => void;
  onOverwrite: () => void;
}) {
  return (
    <div
      role="alert"
      className="rounded-md border border-danger bg-danger-surface p-3 text-sm text-danger"
    >
      <p className="font-medium">
        Someone else changed this while you were editing. Nothing was saved.
      </p>
      <ul className="mt-1 list-disc pl-5">
        {conflicts.map((c) => (
          <li key={`${c.part}:${c.key ?? ""}`} className="wrap-anywhere">
            {PART_LABELS[c.part]}
            {c.key !== undefined && (
              <>
                {" "}
                <bdi>{c.key}</bdi>
              </>
            )}
            : yours <bdi>{shown(c.part, c.mine)}</bdi>, now <bdi>{shown(c.part, c.theirs)}</bdi>
          </li>
        ))}
      </ul>
      <div className="mt-3 flex flex-wrap gap-2">
        <Button size="sm" onClick={thenFocusSave(onTheirs)}>
          Use their version
        </Button>
        <Button
          size="sm"
          variant="primary"
          onClick={thenFocusSave(onOverwrite)}
          aria-disabled={pending || undefined}
        >
          Overwrite with mine
        </Button>
      </div>
    </div>
  );
}
