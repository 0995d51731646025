import { useState } from "react";
import { normalFilter } from "@/api/destination-edit";
import type { Destination, DestinationFilter } from "@/api/types";
import { sameValue } from "@/lib/same-value";
import { Button } from "@/ui/button";
import { Card } from "@/ui/card";
import { FilterEditor, formatFilter, parseFilter } from "@/features/destinations/filter-editor";
import { ConflictNotice, KeptNotice, SectionActions } from "./section-parts";
import { isString, useKeepDraft, useSectionDraft } from "./section-draft";
import { usePatch } from "./use-patch";
import { useT } from "@/i18n/i18n";

interface FilterDraft {
  base: DestinationFilter;
  text: string;
}

const isFilterDraft = (value: unknown): value is FilterDraft => {
  const draft = value as FilterDraft | null;
  return (
    typeof draft === "object" &&
    draft !== null &&
    isString(draft.text) &&
    (draft.base === null || (typeof draft.base === "object" && !Array.isArray(draft.base)))
  );
};

/**
 * The filter is replaced whole; an empty editor clears it. The save is three-way
 * against the filter the editor started from: a filter someone else changed meanwhile
 * is a conflict, never silently overwritten.
 */
export function FilterSection({ destination }: { destination: Destination }) {
  const t = useT();
  const draft = useSectionDraft(destination.id, "filter", isFilterDraft);
  const [server, setServer] = useState(() => normalFilter(destination.filter));
  const [base, setBase] = useState(() =>
    draft.kept ? normalFilter(draft.kept.base) : normalFilter(destination.filter),
  );
  const [text, setText] = useState(() => draft.kept?.text ?? formatFilter(destination.filter));
  const saver = usePatch(destination.id);
  const parsed = parseFilter(text);
  // Unreadable text is a change too (one that can't be saved yet).
  const changed = !parsed.ok || !sameValue(normalFilter(parsed.value), base);
  useKeepDraft(draft.key, changed ? { base, text } : null);

  const current = normalFilter(destination.filter);
  if (!sameValue(server, current)) {
    setServer(current);
    if (!changed) {
      setBase(current);
      setText(formatFilter(current));
    }
  }

  const reset = (to: DestinationFilter | undefined) => {
    setBase(normalFilter(to));
    setText(formatFilter(to));
    saver.clearConflict();
    draft.settle();
  };
  const save = (filter: DestinationFilter, overwrite = false) => {
    const value = normalFilter(filter);
    // An empty filter where there was none is no change: nothing to send, nothing to say.
    if (sameValue(value, base)) return;
    draft.settle();
    saver.save(
      { base: { filter: base }, patch: { filter: value }, overwrite },
      {
        success: value ? t("settings.filterSaved") : t("settings.filterRemoved"),
        onSuccess: (d) => reset(d.filter),
      },
    );
  };

  return (
    <Card title={t("detail.eventFilter")} description={t("settings.filterDescription")}>
      <form
        className="grid gap-4"
        onSubmit={(event) => {
          event.preventDefault();
          if (parsed.ok) save(parsed.value);
        }}
      >
        {draft.restored && changed && <KeptNotice />}
        <FilterEditor value={text} onChange={setText} />
        {saver.conflict && (
          <ConflictNotice
            conflicts={saver.conflict.conflicts}
            pending={saver.isPending}
            onTheirs={() => reset(saver.conflict!.current.filter)}
            onOverwrite={() => parsed.ok && save(parsed.value, true)}
          />
        )}
        <SectionActions
          saver={saver}
          label={t("settings.saveFilter")}
          dirty={changed}
          blocked={!parsed.ok}
          onDiscard={() => reset(destination.filter)}
        >
          {base && !saver.isPending && (
            <Button onClick={() => save(null)}>{t("settings.removeFilter")}</Button>
          )}
        </SectionActions>
      </form>
    </Card>
  );
}
