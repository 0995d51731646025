import { Suspense, useId, useState } from "react";
import type { AttemptFilters, TimeWindow } from "@/api/attempts";
import type { Destination } from "@/api/types";
import { useT } from "@/i18n/i18n";
import type { CodeClass } from "@/lib/code-class";
import { lazyWithRetry } from "@/lib/lazy-with-retry";
import { Button } from "@/ui/button";
import type { ScopeParts } from "./scope-phrase";

const BulkRetryDialog = lazyWithRetry(() => import("./bulk-retry-dialog"));

export interface RecoveryScope {
  filters: Pick<AttemptFilters, "destination_id" | "topic" | "event_id">;
  window: TimeWindow;
  code?: CodeClass | null;
  /** What the confirmation names, e.g. "to https://… in the last 24 hours". */
  parts: ScopeParts;
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
