import { useId, useMemo } from "react";
import { useT } from "@/i18n/i18n";
import { DateTime } from "@/ui/date-time";
import { Link } from "@/ui/link";
import { useAttempts } from "@/api/attempts";
import type { Destination } from "@/api/types";
import { pathTo } from "@/lib/paths";
import { useUrlParams } from "@/lib/use-url-params";
import { CursorPagination } from "@/ui/cursor-pagination";
import { DataTable } from "@/ui/data-table";
import { FilterBar } from "@/ui/filter-bar";
import { FilterSelect } from "@/ui/filter-select";
import { RefreshButton } from "@/ui/refresh-button";
import { QueryState } from "@/ui/query-state";
import { StateMessage } from "@/ui/state-message";
import { isAllTopics } from "@/api/topic-match";
import { useTopics } from "@/api/topics";
import { AttemptTopicAndNumberCells } from "./attempt-cells";
import { AttemptStatus } from "./attempt-status";
import { RetryButton } from "./retry-button";
import { TimeRangeFilter } from "./time-range-filter";
import { deliveriesView } from "./deliveries-view";
import { BulkRetryLauncher } from "./bulk-retry-launcher";
import { destinationTarget } from "@/api/destination-labels";

const AUTO_REFRESH_MS = 10_000;

/** A destination's delivery attempts, filtered and paged, with the filters in the URL. */
export default function DestinationDeliveries({ destination }: { destination: Destination }) {
  const t = useT();
  const id = useId();
  const [params, update] = useUrlParams();
  const statuses = [
    { value: "success", label: t("deliveries.successful") },
    { value: "failed", label: t("attempt.failed") },
  ];
  const topics = useTopics();
  const { filters, window, range, status, topic, live, active, paged, problem } = deliveriesView(
    params,
    destination.id,
  );
  const attempts = useAttempts(filters, {
    window,
    refetchInterval: live && !paged ? AUTO_REFRESH_MS : false,
    enabled: !problem,
  });

  const topicOptions = useMemo(
    () =>
      isAllTopics(destination.topics) ? (topics.data ?? []) : (destination.topics as string[]),
    [destination.topics, topics.data],
  );
  const disabledNote = destination.disabled_at ? t("deliveries.retriesUnavailable") : null;
  const detailHref = (attemptId: string) => pathTo("attempt", { id: destination.id, attemptId });

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="sr-only">
        {t("deliveries.heading")}
      </h2>
      <FilterBar active={active} className="sm:grid-cols-2 lg:grid-cols-4">
        <FilterSelect
          label={t("filters.status")}
          anyLabel={t("filters.anyStatus")}
          value={status ?? ""}
          options={statuses}
          onChange={(value) => update({ status: value })}
        />
        <FilterSelect
          label={t("filters.topic")}
          anyLabel={t("filters.anyTopic")}
          value={topic ?? ""}
          optionsAreData
          options={topicOptions.map((t) => ({ value: t, label: t }))}
          onChange={(value) => update({ topic: value })}
        />
        <TimeRangeFilter
          range={range}
          onChange={(changes) => update(changes as Record<string, string>)}
        />
      </FilterBar>

      <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-fg-muted">
          {/* Only the count is live: "Refreshing…" every 10 s would be read out twice each time. */}
          <span aria-live="polite">
            {attempts.data?.models.length
              ? t("deliveries.deliveriesOnPage", { count: attempts.data.models.length })
              : ""}
          </span>
          {attempts.isFetching && !attempts.isPending ? ` · ${t("deliveries.refreshing")}` : ""}
        </p>
        <div className="flex flex-wrap items-center gap-3">
          <label className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              className="size-4 accent-brand"
              checked={live}
              onChange={(e) => update({ live: e.target.checked ? "1" : "" }, { replace: true })}
            />
            {t("deliveries.autoRefresh")}
          </label>
          <BulkRetryLauncher
            scope={{
              filters: { destination_id: destination.id, topic: filters.topic },
              window,
              parts: {
                range,
                topic,
                destination: destinationTarget(destination),
              },
            }}
            destinations={[destination]}
            disabledReason={
              destination.disabled_at
                ? t("deliveries.disabledCantRecover")
                : problem && t("range.startAfterEnd")
            }
          />
          <RefreshButton onRefresh={() => void attempts.refetch()} busy={attempts.isFetching} />
        </div>
      </div>

      {disabledNote && (
        <p
          id={`${id}-disabled`}
          className="mb-3 rounded-md bg-warning-surface p-3 text-sm text-warning"
        >
          {disabledNote}
        </p>
      )}

      {problem ? null : (
        <QueryState
          query={attempts}
          errorTitle={t("deliveries.loadError")}
          isEmpty={(data) => data.models.length === 0}
          empty={
            <StateMessage title={t("deliveries.noMatch")}>
              {active > 0
                ? t("deliveries.tryStatusTopicRange")
                : t("deliveries.nothingDelivered24h")}
            </StateMessage>
          }
        >
          {(data) => (
            <>
              <DataTable
                caption={t("deliveries.captionDestination")}
                className="sm:min-w-[40rem]"
                stacked
                columns={[
                  t("deliveries.time"),
                  t("filters.status"),
                  t("filters.topic"),
                  t("attempt.attempt"),
                  t("deliveries.event"),
                  <span key="actions" className="sr-only">
                    {t("deliveries.actions")}
                  </span>,
                ]}
              >
                {data.models.map((attempt) => (
                  <tr key={attempt.id} className="hover:bg-surface-muted">
                    <td className="px-3 py-2 whitespace-nowrap">
                      <Link
                        to={detailHref(attempt.id)}
                        className="text-brand-text underline-offset-2 hover:underline"
                      >
                        <DateTime value={attempt.time} />
                      </Link>
                    </td>
                    <td className="px-3 py-2">
                      <AttemptStatus attempt={attempt} />
                    </td>
                    <AttemptTopicAndNumberCells attempt={attempt} />
                    <td
                      data-label={t("deliveries.event")}
                      className="max-w-[12rem] truncate px-3 py-2 font-mono text-xs"
                      title={attempt.event_id}
                    >
                      <Link
                        to={pathTo("event", { eventId: attempt.event_id })}
                        className="text-brand-text underline-offset-2 hover:underline"
                      >
                        {attempt.event_id}
                      </Link>
                    </td>
                    <td className="px-3 py-2 text-end">
                      <RetryButton
                        eventId={attempt.event_id}
                        destinationId={destination.id}
                        unavailable={disabledNote}
                        describedBy={`${id}-disabled`}
                        label={t("deliveries.eventLabel", { id: attempt.event_id })}
                      />
                    </td>
                  </tr>
                ))}
              </DataTable>
              <CursorPagination
                label={t("deliveries.pages")}
                prev={data.pagination.prev}
                next={data.pagination.next}
                onPage={(c) => update({ next: c.next ?? "", prev: c.prev ?? "" })}
              />
            </>
          )}
        </QueryState>
      )}
    </section>
  );
}
