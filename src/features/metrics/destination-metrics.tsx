import { useMemo, useState } from "react";
import type { Destination } from "@/api/types";
import { useLocale, useT } from "@/i18n/i18n";
import { cn } from "@/lib/cn";
import { Button } from "@/ui/button";
import { Card } from "@/ui/card";
import { RefreshIcon } from "@/ui/icons";
import { QueryState } from "@/ui/query-state";
import { useUrlParams } from "@/lib/use-url-params";
import { Skeleton } from "@/ui/skeleton";
import { StateMessage } from "@/ui/state-message";
import { codeBreakdown } from "./code-breakdown";
import { CodeBreakdownList } from "./code-breakdown-list";
import { TopicMetrics } from "./topic-metrics";
import { DeliveriesChart } from "./deliveries-chart";
import { DeliveriesTable } from "./deliveries-table";
import { ErrorRateChart } from "./error-rate-chart";
import { windowLabel } from "./metrics-format";
import { buildSeries, totalsOf } from "./metrics-series";
import { MetricsSummary, type Loadable } from "./metrics-summary";
import { metricsWindow, parseRange, sameWindow, type MetricsRange } from "./metrics-window";
import { RangePicker } from "./range-picker";
import { useDestinationMetrics } from "./use-destination-metrics";

function loadable<T>(
  query: { isPending: boolean; isError: boolean; refetch: () => unknown },
  value: () => T,
  { retryHere }: { retryHere: boolean },
): Loadable<T> {
  if (query.isPending) return { state: "pending" };
  if (query.isError) {
    return retryHere ? { state: "error", retry: () => void query.refetch() } : { state: "error" };
  }
  return { state: "ready", value: value() };
}

/**
 * Deliveries of one destination over a chosen range (`?range=`): summary
 * numbers, deliveries and error rate over time, and response codes for webhooks.
 */
export default function DestinationMetrics({ destination }: { destination: Destination }) {
  const t = useT();
  const locale = useLocale();
  const [params, update] = useUrlParams();
  const range = parseRange(params.get("range"));
  // The window ends at the bucket holding `now`; `now` moves on mount, range change and Refresh.
  const [now, setNow] = useState(() => Date.now());
  const window = useMemo(() => metricsWindow(range, now), [range, now]);
  const { series, events, codes, refetch, isFetching } = useDestinationMetrics(destination, window);

  const buckets = useMemo(() => buildSeries(series.data, window), [series.data, window]);
  const totals = useMemo(() => totalsOf(buckets), [buckets]);
  const shares = useMemo(() => codeBreakdown(codes?.data), [codes?.data]);
  const dimmed = series.isPlaceholderData && "opacity-70";

  const changeRange = (next: MetricsRange) => {
    setNow(Date.now());
    update({ range: next }, { replace: true });
  };

  // A new window has a new query key and loads by itself; the same window is fetched again.
  const refresh = () => {
    const next = Date.now();
    if (sameWindow(metricsWindow(range, next), window)) refetch();
    setNow(next);
  };

  return (
    <div className="grid grid-cols-1 gap-4" aria-busy={isFetching}>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <RangePicker value={range} onChange={changeRange} />
        <div className="flex flex-wrap items-center gap-3">
          <p className="text-sm text-fg-muted">{windowLabel(window, locale)}</p>
          <Button size="sm" onClick={refresh} aria-disabled={isFetching || undefined}>
            <RefreshIcon />
            {isFetching && !series.isPending ? t("deliveries.refreshing") : t("ui.refresh")}
          </Button>
        </div>
      </div>

      <section aria-label={t("metrics.summary")} className={cn(dimmed) || undefined}>
        <MetricsSummary
          // The deliveries card below shows the series' error and its retry.
          totals={loadable(series, () => totals, { retryHere: false })}
          events={loadable(events, () => Number(events.data?.data[0]?.metrics.count) || 0, {
            retryHere: true,
          })}
        />
      </section>

      <Card title={t("metrics.deliveriesOverTime")} description={t("metrics.perBucket", { range })}>
        <QueryState
          query={series}
          errorTitle={t("deliveries.loadError")}
          isEmpty={() => totals.total === 0}
          empty={
            <StateMessage title={t("metrics.noDeliveries", { range })}>
              {t("metrics.noDeliveriesBody")}
            </StateMessage>
          }
        >
          {() => (
            <div className={cn("grid grid-cols-1 gap-6", dimmed)}>
              <DeliveriesChart buckets={buckets} window={window} />
              <div className="grid gap-2">
                <h3 className="text-sm font-semibold">{t("metrics.errorRate")}</h3>
                <ErrorRateChart buckets={buckets} window={window} />
              </div>
              <DeliveriesTable buckets={buckets} window={window} />
            </div>
          )}
        </QueryState>
      </Card>

      {codes && (
        <Card title={t("metrics.responseCodes")} description={t("metrics.byCode", { range })}>
          <QueryState
            query={codes}
            errorTitle={t("metrics.codesLoadError")}
            loading={
              <div className="grid gap-3">
                <Skeleton className="h-8 w-full" />
                <Skeleton className="h-8 w-2/3" />
              </div>
            }
            isEmpty={() => shares.length === 0}
            empty={<StateMessage title={t("metrics.noDeliveries", { range })} />}
          >
            {() => (
              <div className={cn(codes.isPlaceholderData && "opacity-70")}>
                <CodeBreakdownList shares={shares} />
              </div>
            )}
          </QueryState>
        </Card>
      )}
      <TopicMetrics destinationId={destination.id} window={window} />
    </div>
  );
}
