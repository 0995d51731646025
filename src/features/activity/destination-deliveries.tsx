import { useId, useMemo } from "react";
import { countOf } from "@/lib/plural";
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
import { BulkRetryLauncher, describeScope } from "./bulk-retry-launcher";
import { destinationTarget } from "@/api/destination-labels";

const AUTO_REFRESH_MS = 10_000;
const STATUSES = [
  { value: "success", label: "Successful" },
  { value: "failed", label: "Failed" },
];

/** A destination's delivery attempts, filtered and paged, with the filters in the URL. */
export default function DestinationDeliveries({ destination }: { destination: Destination }) {
  const id = useId();
  const [params, update] = useUrlParams();
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
  const disabledNote = destination.disabled_at
    ? "Retries are unavailable while the destination is disabled. Enable it to retry."
    : null;
  const detailHref = (attemptId: string) => pathTo("attempt", { id: destination.id, attemptId });

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="sr-only">
        Deliveries
      </h2>
      <FilterBar active={active} className="sm:grid-cols-2 lg:grid-cols-4">
        <FilterSelect
          label="Status"
          anyLabel="Any status"
          value={status ?? ""}
          options={STATUSES}
          onChange={(value) => update({ status: value })}
        />
        <FilterSelect
          label="Topic"
          anyLabel="Any topic"
          value={topic ?? ""}
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
              ? `${countOf(attempts.data.models.length, "delivery", "deliveries")} on this page`
              : ""}
          </span>
          {attempts.isFetching && !attempts.isPending ? " · Refreshing…" : ""}
        </p>
        <div className="flex flex-wrap items-center gap-3">
          <label className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              className="size-4 accent-brand"
              checked={live}
              onChange={(e) => update({ live: e.target.checked ? "1" : "" }, { replace: true })}
            />
            Auto-refresh
          </label>
          <BulkRetryLauncher
            scope={{
              filters: { destination_id: destination.id, topic: filters.topic },
              window,
              description: describeScope({
                range,
                topic,
                destination: destinationTarget(destination),
              }),
            }}
            destinations={[destination]}
            disabledReason={
              destination.disabled_at ? "Disabled destinations can't be recovered." : problem
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
          errorTitle="Couldn't load deliveries"
          isEmpty={(data) => data.models.length === 0}
          empty={
            <StateMessage title="No deliveries match">
              {active > 0
                ? "Try another status, topic or time range."
                : "Nothing was delivered to this destination in the last 24 hours."}
            </StateMessage>
          }
        >
          {(data) => (
            <>
              <DataTable
                caption="Delivery attempts, newest first"
                className="sm:min-w-[40rem]"
                stacked
                columns={[
                  "Time",
                  "Status",
                  "Topic",
                  "Attempt",
                  "Event",
                  <span key="actions" className="sr-only">
                    Actions
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
                      data-label="Event"
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
                    <td className="px-3 py-2 text-right">
                      <RetryButton
                        eventId={attempt.event_id}
                        destinationId={destination.id}
                        unavailable={disabledNote}
                        describedBy={`${id}-disabled`}
                        label={`event ${attempt.event_id}`}
                      />
                    </td>
                  </tr>
                ))}
              </DataTable>
              <CursorPagination
                label="Delivery pages"
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
