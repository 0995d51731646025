import { useLocale, useT } from "@/i18n/i18n";
import { directionOf } from "@/i18n/locales";
import { Message } from "@/i18n/message";
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
  type SkipReason,
} from "@/lib/bulk-retry";
import { codeClassOf } from "@/lib/code-class";
import { useTenantId } from "@/session/session-store";
import { Button } from "@/ui/button";
import { errorMessage } from "@/ui/query-error";
import type { RecoveryScope } from "./bulk-retry-launcher";
import { ScopePhrase } from "./scope-phrase";

type Phase =
  | { name: "counting"; found: number }
  | { name: "confirm"; collected: CollectResult }
  | { name: "running"; collected: CollectResult; progress: RunProgress }
  | { name: "done"; collected: CollectResult; summary: RunSummary }
  | { name: "error"; message: string };

const SKIP_REASONS: Record<SkipReason, string> = {
  "destination disabled": "disabled",
  "retried moments ago": "recent",
  "delivered since": "delivered",
};

/** A reason in words: the runner's skip reasons in the portal's language, an answer's message as it came. */
function useReasonText() {
  const t = useT();
  return (reason: string) =>
    reason in SKIP_REASONS
      ? t("bulkRetry.skipReason", { reason: SKIP_REASONS[reason as SkipReason] })
      : reason;
}

/** Reasons with their counts, most frequent first: "delivered since (3) and destination disabled (1)". */
function useReasons() {
  const t = useT();
  const locale = useLocale();
  const text = useReasonText();
  return (list: { reason: string }[]) => {
    const counts = new Map<string, number>();
    for (const { reason } of list) counts.set(reason, (counts.get(reason) ?? 0) + 1);
    const items = [...counts]
      .sort((a, b) => b[1] - a[1])
      .map(([reason, count]) => t("bulkRetry.reasonCount", { reason: text(reason), count }));
    return new Intl.ListFormat(locale, { type: "conjunction" }).format(items);
  };
}

function FailureList({
  kind,
  items,
  name,
}: {
  kind: "failed" | "skipped";
  items: RetryFailure[];
  name: (pair: DeliveryPair) => string;
}) {
  const t = useT();
  const reasons = useReasons();
  const text = useReasonText();
  const arrow = directionOf(useLocale()) === "rtl" ? "←" : "→";
  if (items.length === 0) return null;
  return (
    <details className="rounded-md border border-border p-2">
      <summary className="cursor-pointer text-sm font-medium text-fg">
        {t("bulkRetry.listTitle", { kind, reasons: reasons(items) })}
      </summary>
      <ul className="mt-2 max-h-40 space-y-1 overflow-y-auto font-mono text-xs">
        {items.slice(0, 200).map(({ pair, reason }) => (
          <li key={`${pair.eventId} ${pair.destinationId}`} className="wrap-anywhere">
            <bdi translate="no">{pair.eventId}</bdi> {arrow} <bdi translate="no">{name(pair)}</bdi>:{" "}
            {text(reason)}
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
  const locale = useLocale();
  const reasons = useReasons();
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
  const scopePhrase = <ScopePhrase parts={scope.parts} />;

  let body;
  let actions;
  if (phase.name === "counting") {
    body = (
      <p role="status">
        <Message id="bulkRetry.counting" values={{ scope: scopePhrase, count: phase.found }} />
      </p>
    );
    actions = <Button onClick={close}>{t("bulkRetry.cancel")}</Button>;
  } else if (phase.name === "error") {
    body = (
      <p role="alert" className="text-danger">
        {t("bulkRetry.countError", { error: phase.message })}
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
          {count === 0 ? (
            <Message id="bulkRetry.nothing" values={{ scope: scopePhrase }} />
          ) : (
            <Message id="bulkRetry.willSend" values={{ count, scope: scopePhrase }} />
          )}
        </p>
        <p>
          {collected.skipped.length > 0
            ? t("bulkRetry.foundSkipped", {
                count: collected.attemptsRead,
                skipped: collected.skipped.length,
                reasons: reasons(collected.skipped),
              })
            : t("bulkRetry.found", { count: collected.attemptsRead })}
          {collected.truncated && <> {t("bulkRetry.moreExist")}</>}
        </p>
        {count > 0 && (
          <p>
            {t("bulkRetry.pace", {
              rate: DEFAULT_RATE_PER_SECOND,
              concurrency: DEFAULT_CONCURRENCY,
            })}
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
            {t("bulkRetry.progressLabel", { done: progress.done, total: progress.total })}
          </span>
          <progress className="w-full accent-brand" value={progress.done} max={progress.total} />
        </label>
        <p role="status">
          {t("bulkRetry.progress", {
            retried: progress.retried,
            skipped: progress.skipped,
            failed: progress.failed,
          })}
          {progress.backingOff && ` · ${t("bulkRetry.backingOff")}`}
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
          {t("bulkRetry.summary", {
            cancelled: summary.cancelled ? "yes" : "no",
            retried: summary.retried.length,
            skipped: summary.skipped.length,
            failed: summary.failed.length,
          })}
          {summary.notAttempted.length > 0 &&
            ` · ${t("bulkRetry.notSent", { count: summary.notAttempted.length })}`}
        </p>
        <p>
          {t("bulkRetry.requests", {
            count: summary.requests,
            duration: new Intl.NumberFormat(locale, {
              style: "unit",
              unit: "second",
              unitDisplay: "long",
              maximumFractionDigits: 1,
            }).format(summary.elapsedMs / 1000),
          })}
        </p>
        {summary.confirmed.length > 0 && (
          <p>{t("bulkRetry.answersLost", { count: summary.confirmed.length })}</p>
        )}
        <FailureList kind="failed" items={summary.failed} name={name} />
        <FailureList kind="skipped" items={summary.skipped} name={name} />
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
            {t("bulkRetry.retryRest", { count: again.length })}
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
