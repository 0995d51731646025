import { useState } from "react";
import type { Destination } from "@/api/types";
import { Button } from "@/ui/button";
import { Card } from "@/ui/card";
import { FilterEditor, formatFilter, parseFilter } from "@/features/destinations/filter-editor";
import { usePatch } from "./use-patch";

/** The filter is replaced whole; an empty editor clears it. */
export function FilterSection({ destination }: { destination: Destination }) {
  const [text, setText] = useState(() => formatFilter(destination.filter));
  const { patch, isPending } = usePatch(destination.id);
  const parsed = parseFilter(text);
  const hasFilter = !!destination.filter && Object.keys(destination.filter).length > 0;
  const save = (filter: Record<string, unknown> | null) =>
    patch(
      { filter },
      {
        success: filter ? "Filter saved." : "Filter removed.",
        onSuccess: (d) => setText(formatFilter(d.filter)),
      },
    );
  return (
    <Card
      title="Event filter"
      description="Deliver only events that match. Replaces the current filter."
    >
      <form
        className="grid gap-4"
        onSubmit={(event) => {
          event.preventDefault();
          if (parsed.ok) save(parsed.value);
        }}
      >
        <FilterEditor value={text} onChange={setText} />
        <div className="flex flex-wrap justify-end gap-2">
          {hasFilter && (
            <Button onClick={() => save(null)} aria-disabled={isPending || undefined}>
              Remove filter
            </Button>
          )}
          <Button
            type="submit"
            variant="primary"
            aria-disabled={!parsed.ok || isPending || undefined}
          >
            {isPending ? "Saving…" : "Save filter"}
          </Button>
        </div>
      </form>
    </Card>
  );
}
