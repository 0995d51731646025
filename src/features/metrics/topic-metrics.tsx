import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { cn } from "@/lib/cn";
import { useTenantId } from "@/session/session-store";
import { Card } from "@/ui/card";
import { DataTable } from "@/ui/data-table";
import { QueryError } from "@/ui/query-error";
import { Skeleton } from "@/ui/skeleton";
import { StateMessage } from "@/ui/state-message";
import { destinationMetricsQueries } from "./metrics-queries";
import type { MetricsWindow } from "./metrics-window";
import { topicBreakdown } from "./topic-breakdown";

const percent = new Intl.NumberFormat(undefined, { style: "percent", maximumFractionDigits: 1 });

/** Deliveries, failures and error rate per topic over the chosen window. */
export function TopicMetrics({
  destinationId,
  window,
  phrase,
}: {
  destinationId: string;
  window: MetricsWindow;
  phrase: string;
}) {
  const tenantId = useTenantId();
  const topics = useQuery(destinationMetricsQueries(tenantId, destinationId, window).topics);
  const rows = useMemo(() => topicBreakdown(topics.data), [topics.data]);
  return (
    <Card title="Topics" description={`Deliveries by topic, ${phrase}`}>
      {topics.isPending ? (
        <Skeleton className="h-16 w-full" />
      ) : topics.isError ? (
        <QueryError
          title="Couldn't load topics"
          error={topics.error}
          onRetry={() => void topics.refetch()}
          retrying={topics.isFetching}
        />
      ) : rows.length === 0 ? (
        <StateMessage title={`No deliveries in ${phrase}`} />
      ) : (
        <div className={cn(topics.isPlaceholderData && "opacity-70")}>
          <DataTable
            caption="Deliveries by topic"
            columns={["Topic", "Deliveries", "Failed", "Error rate"]}
          >
            {rows.map((row) => (
              <tr key={row.topic}>
                <td className="px-3 py-2 font-mono text-xs">{row.topic}</td>
                <td className="px-3 py-2">{row.count.toLocaleString()}</td>
                <td className={cn("px-3 py-2", row.failed > 0 && "font-semibold text-danger")}>
                  {row.failed.toLocaleString()}
                </td>
                <td className="px-3 py-2">{percent.format(row.errorRate)}</td>
              </tr>
            ))}
          </DataTable>
        </div>
      )}
    </Card>
  );
}
