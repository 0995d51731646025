import type { ReactNode } from "react";
import { useLocale, useT } from "@/i18n/i18n";
import { cn } from "@/lib/cn";
import { Skeleton } from "@/ui/skeleton";
import { formatCount, formatRatio } from "./metrics-format";
import type { DeliveryTotals } from "./metrics-series";

export type Loadable<T> =
  | { state: "pending" }
  /** Without `retry` the failure is reported (with its retry) elsewhere on the screen. */
  | { state: "error"; retry?: () => void }
  | { state: "ready"; value: T };

function Stat<T>({
  label,
  data,
  show,
  detail,
  tone,
}: {
  label: string;
  data: Loadable<T>;
  show: (value: T) => ReactNode;
  detail?: (value: T) => ReactNode;
  tone?: "success" | "danger";
}) {
  const t = useT();
  return (
    <div className="rounded-lg border border-border bg-surface p-3">
      <dt className="text-xs font-medium text-fg-muted">{label}</dt>
      {data.state === "error" ? (
        <dd className="mt-1 text-sm text-fg-muted">
          {data.retry ? (
            <span className="flex flex-wrap items-baseline gap-x-3">
              {t("metrics.couldntLoad")}
              <button type="button" onClick={data.retry} className="text-brand-text underline">
                {t("retry.retry")}
              </button>
            </span>
          ) : (
            <>
              <span aria-hidden="true">—</span>
              <span className="sr-only">{t("metrics.couldntLoad")}</span>
            </>
          )}
        </dd>
      ) : (
        <dd
          className={cn(
            "mt-1 text-xl font-semibold",
            data.state === "ready" && tone === "success" && "text-success",
            data.state === "ready" && tone === "danger" && "text-danger",
          )}
        >
          {data.state === "ready" ? (
            show(data.value)
          ) : (
            <>
              <Skeleton className="h-7 w-2/3" />
              <span className="sr-only">{t("metrics.loading")}</span>
            </>
          )}
        </dd>
      )}
      {detail && data.state === "ready" && (
        <dd className="text-xs text-fg-muted">{detail(data.value)}</dd>
      )}
    </div>
  );
}

/** The window at a glance. */
export function MetricsSummary({
  totals,
  events,
}: {
  totals: Loadable<DeliveryTotals>;
  events: Loadable<number>;
}) {
  const t = useT();
  const locale = useLocale();
  const count = (n: number) => formatCount(n, locale);
  return (
    // Two columns at 320 px, all six in a row on a wide screen, no breakpoints needed.
    <dl
      className="grid gap-3"
      style={{ gridTemplateColumns: "repeat(auto-fit, minmax(8rem, 1fr))" }}
    >
      <Stat label={t("metrics.eventsReceived")} data={events} show={count} />
      <Stat label={t("deliveries.heading")} data={totals} show={(v) => count(v.total)} />
      <Stat
        label={t("deliveries.successful")}
        data={totals}
        show={(v) => count(v.successful)}
        tone="success"
      />
      <Stat
        label={t("metrics.failed")}
        data={totals}
        show={(v) => count(v.failed)}
        tone={totals.state === "ready" && totals.value.failed > 0 ? "danger" : undefined}
      />
      <Stat
        label={t("metrics.errorRate")}
        data={totals}
        show={(v) => formatRatio(v.errorRate, locale)}
      />
      <Stat
        label={t("metrics.retries")}
        data={totals}
        show={(v) => count(v.retries)}
        detail={(v) => t("metrics.firstAttempts", { count: v.firstAttempts })}
      />
    </dl>
  );
}
