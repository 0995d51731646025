import { Suspense, useId, useState } from "react";
import type { AttemptFilters, TimeWindow } from "@/api/attempts";
import type { Destination } from "@/api/types";
import { currentLocale, useT, type t as translate } from "@/i18n/i18n";
import { formatMinute } from "@/lib/format";
import type { CodeClass } from "@/lib/code-class";
import type { TimeRange } from "@/lib/time-range";
import { lazyWithRetry } from "@/lib/lazy-with-retry";
import { Button } from "@/ui/button";

const BulkRetryDialog = lazyWithRetry(() => import("./bulk-retry-dialog"));

export interface RecoveryScope {
  filters: Pick<AttemptFilters, "destination_id" | "topic" | "event_id">;
  window: TimeWindow;
  code?: CodeClass | null;
  /** Words for the confirmation, e.g. "to https://… in the last 24 hours". */
  description: string;
}

/**
 * "Retry failed deliveries" for a scope (one destination, or the tenant-wide
 * filter); the dialog and the runner download on first use.
 */
export function BulkRetryLauncher({
  scope,
  destinations,
  disabledReason,
}: {
  scope: RecoveryScope;
  destinations: Destination[] | undefined;
  /** Why recovery can't run (a disabled destination); shown next to the disabled button. */
  disabledReason?: string | null;
}) {
  const t = useT();
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <span className="flex flex-wrap items-center gap-2">
      <Button
        size="sm"
        onClick={() => setOpen(true)}
        onPointerEnter={() => void BulkRetryDialog.preload()}
        disabled={!!disabledReason}
        aria-describedby={disabledReason ? `${id}-why` : undefined}
      >
        {t("bulkRetry.launch")}
      </Button>
      {disabledReason && (
        <span id={`${id}-why`} className="text-sm text-warning">
          {disabledReason}
        </span>
      )}
      {open && (
        <Suspense fallback={null}>
          <BulkRetryDialog
            scope={scope}
            destinations={destinations}
            onClose={() => setOpen(false)}
          />
        </Suspense>
      )}
    </span>
  );
}

/** The period as `scope.phrase` selects it: a relative range, or which ends a custom one has. */
function periodOf({ key, from, to }: TimeRange) {
  if (key !== "custom") return key;
  if (from && to) return "between";
  if (from) return "since";
  return to ? "until" : "always";
}

/**
 * "to <destination> for order.paid with 5xx server error codes in the last 24 hours".
 * One message (`scope.phrase`) with a select per optional part: each language puts the
 * parts in its own order with its own joiners (German leads with the period, Japanese
 * lists nouns with ・), which joining separately translated phrases in code can't do.
 */
export function describeScope(
  t: typeof translate,
  {
    range,
    destination,
    topic,
    eventId,
    code,
  }: {
    range: TimeRange;
    destination?: string | null;
    topic?: string | null;
    eventId?: string | null;
    code?: CodeClass | null;
  },
) {
  const has = (value: string | null | undefined) => (value ? "yes" : "no");
  return t("scope.phrase", {
    range: periodOf(range),
    from: range.from && formatMinute(range.from, currentLocale()),
    to: range.to && formatMinute(range.to, currentLocale()),
    hasDestination: has(destination),
    destination: destination ?? "",
    hasEvent: has(eventId),
    eventId: eventId ?? "",
    hasTopic: has(topic),
    topic: topic ?? "",
    code: code ?? "none",
  });
}
