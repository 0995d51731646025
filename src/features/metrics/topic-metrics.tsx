import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { useLocale, useT } from "@/i18n/i18n";
import { cn } from "@/lib/cn";
import { useTenantId } from "@/session/session-store";
import { Card } from "@/ui/card";
import { DataTable } from "@/ui/data-table";
import { QueryError } from "@/ui/query-error";
import { Skeleton } from "@/ui/skeleton";
import { StateMessage } from "@/ui/state-message";
import { formatCount, formatRatio } from "./metrics-format";
import { destinationMetricsQueries } from "./metrics-queries";
import type { MetricsWindow } from "./metrics-window";
import { topicBreakdown } from "./topic-breakdown";

/** Deliveries, failures and error rate per topic over the chosen window. */
export function TopicMetrics({
  destinationId,
  window,
}: {
  destinationId: string;
  window: MetricsWindow;
}) {
  const t = useT();
  const locale = useLocale();
  const { range } = window;
  const tenantId = useTenantId();
  const topics = useQuery(destinationMetricsQueries(tenantId, destinationId, window).topics);
  const rows = useMemo(() => topicBreakdown(topics.data), [topics.data]);
  return (
    <Card title={t("metrics.topics")} description={t("metrics.byTopic", { range })}>
      {topics.isPending ? (
        <Skeleton className="h-16 w-full" />
      ) : topics.isError ? (
        <QueryError
          title={t("metrics.topicsLoadError")}
          error={topics.error}
          onRetry={() => void topics.refetch()}
          retrying={topics.isFetching}
        />
      ) : rows.length === 0 ? (
        <StateMessage title={t("metrics.noDeliveries", { range })} />
      ) : (
        <div className={cn(topics.isPlaceholderData && "opacity-70")}>
          <DataTable
            caption={t("metrics.topicsCaption")}
            columns={[
              t("filters.topic"),
              t("deliveries.heading"),
              t("metrics.failed"),
              t("metrics.errorRate"),
            ]}
          >
            {rows.map((row) => (
              <tr key={row.topic}>
                <td className="px-3 py-2 font-mono text-xs" translate="no">
                  <bdi>{row.topic}</bdi>
                </td>
                <td className="px-3 py-2">{formatCount(row.count, locale)}</td>
                <td className={cn("px-3 py-2", row.failed > 0 && "font-semibold text-danger")}>
                  {formatCount(row.failed, locale)}
                </td>
                <td className="px-3 py-2">{formatRatio(row.errorRate, locale)}</td>
              </tr>
            ))}
          </DataTable>
        </div>
      )}
    </Card>
  );
}
