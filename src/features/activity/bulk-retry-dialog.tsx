import { useT } from "@/i18n/i18n";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState } from "react";
import { retryRefreshes } from "@/api/attempts";
import { destinationTarget } from "@/api/destination-labels";
import { recentRetries, recoveryApi, retryLanded, retryPair } from "@/api/recovery";
import type { Destination } from "@/api/types";
import {
  collectFailedPairs,
  DEFAULT_CONCURRENCY,
  DEFAULT_RATE_PER_SECOND,
  pairKey,
  runRetries,
  type CollectResult,
  type DeliveryPair,
  type RetryFailure,
  type RunProgress,
  type RunSummary,
} from "@/lib/bulk-retry";
import { codeClassOf } from "@/lib/code-class";
import { useTenantId } from "@/session/session-store";
import { Button } from "@/ui/button";
import { errorMessage } from "@/ui/query-error";
import type { RecoveryScope } from "./bulk-retry-launcher";

type Phase =
  | { name: "counting"; found: number }
  | { name: "confirm"; collected: CollectResult }
  | { name: "running"; collected: CollectResult; progress: RunProgress }
  | { name: "done"; collected: CollectResult; summary: RunSummary }
  | { name: "error"; message: string };

const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString()} ${n === 1 ? one : many}`;

/** Reasons with their counts, most frequent first: "delivered since (3), destination disabled (1)". */
function reasons(list: { reason: string }[]) {
  const counts = new Map<string, number>();
  for (const { reason } of list) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([reason, n]) => `${reason} (${n})`);
}

function FailureList({
  title,
  items,
  name,
}: {
  title: string;
  items: RetryFailure[];
  name: (pair: DeliveryPair) => string;
}) {
  if (items.length === 0) return null;
  return (
    <details className="rounded-md border border-border p-2">
      <summary className="cursor-pointer text-sm font-medium text-fg">
        {title}: {reasons(items).join(", ")}
      </summary>
      <ul className="mt-2 max-h-40 space-y-1 overflow-y-auto font-mono text-xs">
        {items.slice(0, 200).map(({ pair, reason }) => (
          <li key={`${pair.eventId} ${pair.destinationId}`} className="wrap-anywhere">
            {pair.eventId} → {name(pair)}: {reason}
          </li>
        ))}
      </ul>
    </details>
  );
}

/**
 * Counts the failed pairs of a scope, asks, then retries them with a progress
 * bar, Cancel and a summary. Lives in its own chunk with the runner.
 */
export default function BulkRetryDialog({
  scope,
  destinations,
  onClose,
}: {
  scope: RecoveryScope;
  destinations: Destination[] | undefined;
  onClose: () => void;
}) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();
  const tenantId = useTenantId();
  const queryClient = useQueryClient();
  const [phase, setPhase] = useState<Phase>({ name: "counting", found: 0 });
  const [runKey, setRunKey] = useState(0);
  const [retryOnly, setRetryOnly] = useState<DeliveryPair[] | null>(null);
  const controller = useRef<AbortController | null>(null);

  const byId = new Map((destinations ?? []).map((d) => [d.id, d]));
  const name = (pair: DeliveryPair) => {
    const d = byId.get(pair.destinationId);
    return d ? destinationTarget(d) : pair.destinationId;
  };

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  // Counting: pages through the failed attempts of the scope.
  useEffect(() => {
    if (retryOnly) return;
    const abort = new AbortController();
    controller.current = abort;
    const code = scope.code;
    const source = recoveryApi(tenantId, scope.filters, scope.window, (a) =>
      code ? codeClassOf(a.code) === code : true,
    );
    collectFailedPairs(
      {
        ...source,
        isDisabled: (id) => !!byId.get(id)?.disabled_at,
        recentlyRetried: (pair) => recentRetries.has(pair),
      },
      { signal: abort.signal, onProgress: (found) => setPhase({ name: "counting", found }) },
    ).then(
      (collected) => !abort.signal.aborted && setPhase({ name: "confirm", collected }),
      (error: unknown) =>
        !abort.signal.aborted && setPhase({ name: "error", message: errorMessage(error) }),
    );
    return () => abort.abort();
    // One count per opening (or "Count again"); the scope is fixed while the dialog is open.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [runKey]);

  const start = (collected: CollectResult, pairs: DeliveryPair[]) => {
    const abort = new AbortController();
    controller.current = abort;
    setPhase({
      name: "running",
      collected,
      progress: {
        done: 0,
        total: pairs.length,
        retried: 0,
        skipped: 0,
        failed: 0,
        backingOff: false,
      },
    });
    void runRetries(pairs, {
      retry: retryPair,
      landed: (pair, signal) =>
        retryLanded(tenantId, pair, collected.latestFailed.get(pairKey(pair)), signal),
      signal: abort.signal,
      onRetried: (pair) => recentRetries.add(pair),
      onProgress: (progress) => setPhase({ name: "running", collected, progress }),
    }).then((summary) => {
      setPhase({ name: "done", collected, summary });
      for (const keys of retryRefreshes) {
        void queryClient.invalidateQueries({ queryKey: keys.all(tenantId) });
      }
    });
  };

  const close = () => {
    controller.current?.abort();
    // Closing (not just unmounting) hands focus back to the button that opened it.
    ref.current?.close();
    onClose();
  };
  const running = phase.name === "running";

  let body;
  let actions;
  if (phase.name === "counting") {
    body = (
      <p role="status">
        Counting failed deliveries {scope.description}…{" "}
        {plural(phase.found, "to retry", "to retry")} so far.
      </p>
    );
    actions = <Button onClick={close}>{t("bulkRetry.cancel")}</Button>;
  } else if (phase.name === "error") {
    body = (
      <p role="alert" className="text-danger">
        Couldn't count the failed deliveries: {phase.message}
      </p>
    );
    actions = (
      <>
        <Button onClick={close}>{t("bulkRetry.close")}</Button>
        <Button variant="primary" onClick={() => setRunKey((k) => k + 1)}>
          {t("bulkRetry.countAgain")}
        </Button>
      </>
    );
  } else if (phase.name === "confirm") {
    const { collected } = phase;
    const count = collected.pairs.length;
    body = (
      <>
        <p>
          {count === 0
            ? t("bulkRetry.nothing", { scope: scope.description })
            : t("bulkRetry.willSend", { count, scope: scope.description })}
        </p>
        <p>
          Found in {plural(collected.attemptsRead, "failed attempt")}
          {collected.skipped.length > 0 &&
            `; skipped ${collected.skipped.length.toLocaleString()}: ${reasons(collected.skipped).join(", ")}`}
          .{collected.truncated && " More exist: run again afterwards for the rest."}
        </p>
        {count > 0 && (
          <p>
            At most {DEFAULT_RATE_PER_SECOND} per second, {DEFAULT_CONCURRENCY} at a time; you can
            cancel.
          </p>
        )}
      </>
    );
    actions = (
      <>
        <Button onClick={close}>{t("bulkRetry.cancel")}</Button>
        {count > 0 && (
          <Button variant="primary" onClick={() => start(collected, collected.pairs)}>
            {t("bulkRetry.retryCount", { count })}
          </Button>
        )}
      </>
    );
  } else if (phase.name === "running") {
    const { progress } = phase;
    body = (
      <>
        <label className="block">
          <span className="mb-1 block">
            Retrying: {progress.done.toLocaleString()} of {progress.total.toLocaleString()}
          </span>
          <progress className="w-full accent-brand" value={progress.done} max={progress.total} />
        </label>
        <p role="status">
          {progress.retried.toLocaleString()} retried · {progress.skipped.toLocaleString()} skipped
          · {progress.failed.toLocaleString()} failed
          {progress.backingOff ? " · The server asked to slow down; waiting…" : ""}
        </p>
      </>
    );
    actions = <Button onClick={() => controller.current?.abort()}>{t("bulkRetry.cancel")}</Button>;
  } else {
    const { summary } = phase;
    const again = [...summary.failed.map((f) => f.pair), ...summary.notAttempted];
    body = (
      <>
        <p role="status" className="font-medium text-fg">
          {summary.cancelled ? "Cancelled. " : "Done. "}
          {plural(summary.retried.length, "delivery", "deliveries")} retried
          {" · "}
          {summary.skipped.length.toLocaleString()} skipped ·{" "}
          {summary.failed.length.toLocaleString()} failed
          {summary.notAttempted.length > 0 &&
            ` · ${summary.notAttempted.length.toLocaleString()} not sent`}
        </p>
        <p>
          {plural(summary.requests, "request")} in {(summary.elapsedMs / 1000).toFixed(1)} s. New
          attempts appear in the deliveries list shortly.
        </p>
        {summary.confirmed.length > 0 && (
          <p>
            {plural(summary.confirmed.length, "answer")} lost on the way: those retries were found
            on the server, so they weren't sent again.
          </p>
        )}
        <FailureList title="Failed" items={summary.failed} name={name} />
        <FailureList title="Skipped" items={summary.skipped} name={name} />
      </>
    );
    actions = (
      <>
        {again.length > 0 && (
          <Button
            onClick={() => {
              setRetryOnly(again);
              start(phase.collected, again);
            }}
          >
            Retry the {again.length.toLocaleString()} not retried
          </Button>
        )}
        <Button variant="primary" onClick={close}>
          {t("bulkRetry.close")}
        </Button>
      </>
    );
  }

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(event) => {
        event.preventDefault();
        if (running) controller.current?.abort();
        else close();
      }}
      className="m-auto w-[calc(100%-2rem)] max-w-md rounded-xl border border-border bg-surface p-6 text-fg shadow-xl backdrop:bg-black/50"
    >
      <h2 id={titleId} className="text-lg font-semibold">
        {t("bulkRetry.launch")}
      </h2>
      <div id={bodyId} className="mt-2 space-y-2 text-sm text-fg-muted">
        {body}
      </div>
      <div className="mt-6 flex flex-wrap justify-end gap-2">{actions}</div>
    </dialog>
  );
}
