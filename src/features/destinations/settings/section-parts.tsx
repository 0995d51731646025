import type { MouseEvent, ReactNode } from "react";
import type { EditConflict } from "@/api/destination-edit";
import { Button } from "@/ui/button";
import { SaveButton } from "@/ui/save-button";
import type { SectionSaver } from "./use-patch";
import { useT, type MessageId } from "@/i18n/i18n";
import { Message } from "@/i18n/message";

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
  const t = useT();
  return (
    <div className="flex flex-wrap justify-end gap-2">
      {children}
      {saver.isPending ? (
        <Button onClick={thenFocusSave(saver.cancel)} aria-disabled={saver.cancelling || undefined}>
          {t("bulkRetry.cancel")}
        </Button>
      ) : (
        dirty && <Button onClick={thenFocusSave(onDiscard)}>{t("settings.discard")}</Button>
      )}
      <SaveButton
        label={label}
        dirty={dirty}
        blocked={blocked}
        pending={saver.isPending}
        pendingLabel={saver.cancelling ? t("settings.checkingSaved") : t("settings.saving")}
        onMouseDown={onSaveMouseDown}
      />
    </div>
  );
}

/** Tells the user a draft from before (a reload, an ended session) is back. */
export function KeptNotice({ sensitive = false }: { sensitive?: boolean }) {
  const t = useT();
  return (
    <p role="status" className="rounded-md border border-border p-3 text-sm">
      {t("settings.kept", { sensitive: sensitive ? "yes" : "no" })}
    </p>
  );
}

const PART_LABELS: Record<EditConflict["part"], MessageId> = {
  topics: "detail.topics",
  filter: "settings.filter",
  config: "detail.configuration",
  metadata: "attemptDetail.metadata",
  delivery_metadata: "detail.deliveryMetadata",
};

/** A side's value: words for the special cases (translated), else the data itself (not). */
function Shown({ part, value }: { part: EditConflict["part"]; value: unknown }) {
  const t = useT();
  if (value === undefined) return t("settings.valueRemoved");
  if (part === "topics" && value === "*") return t("settings.valueAllTopics");
  if (part === "filter" && value === null) return t("settings.valueNoFilter");
  const data = (text: string) => <bdi translate="no">{text}</bdi>;
  if (part === "topics") return data(Array.isArray(value) ? value.join(", ") : String(value));
  if (part === "filter") return data(JSON.stringify(value));
  return <Message id="settings.quoted" values={{ value: data(String(value)) }} />;
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
  const t = useT();
  return (
    <div
      role="alert"
      className="rounded-md border border-danger bg-danger-surface p-3 text-sm text-danger"
    >
      <p className="font-medium">{t("settings.conflictTitle")}</p>
      <ul className="mt-1 list-disc ps-5">
        {conflicts.map((c) => (
          <li key={`${c.part}:${c.key ?? ""}`} className="wrap-anywhere">
            <Message
              id={c.key === undefined ? "settings.conflictLine" : "settings.conflictLineKey"}
              values={{
                part: t(PART_LABELS[c.part]),
                key: <bdi translate="no">{c.key}</bdi>,
                mine: <Shown part={c.part} value={c.mine} />,
                theirs: <Shown part={c.part} value={c.theirs} />,
              }}
            />
          </li>
        ))}
      </ul>
      <div className="mt-3 flex flex-wrap gap-2">
        <Button size="sm" onClick={thenFocusSave(onTheirs)}>
          {t("settings.useTheirs")}
        </Button>
        <Button
          size="sm"
          variant="primary"
          onClick={thenFocusSave(onOverwrite)}
          aria-disabled={pending || undefined}
        >
          {t("settings.overwrite")}
        </Button>
      </div>
    </div>
  );
}
