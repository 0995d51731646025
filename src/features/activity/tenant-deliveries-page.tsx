import { useId } from "react";
import { useAttempts } from "@/api/attempts";
import { destinationTarget } from "@/api/destination-labels";
import { useDestinations } from "@/api/destinations";
import type { Attempt } from "@/api/types";
import { CODE_CLASSES, codeClassOf } from "@/lib/code-class";
import { pathTo } from "@/lib/paths";
import { countOf } from "@/lib/plural";
import { useUrlParams } from "@/lib/use-url-params";
import { Badge } from "@/ui/badge";
import { CursorPagination } from "@/ui/cursor-pagination";
import { DataTable } from "@/ui/data-table";
import { FilterBar } from "@/ui/filter-bar";
import { DateTime } from "@/ui/date-time";
import { FilterSelect } from "@/ui/filter-select";
import { RefreshButton } from "@/ui/refresh-button";
import { Link } from "@/ui/link";
import { QueryState } from "@/ui/query-state";
import { StateMessage } from "@/ui/state-message";
import { useDocumentTitle } from "@/ui/use-document-title";
import { AttemptTopicAndNumberCells } from "./attempt-cells";
import { AttemptStatus } from "./attempt-status";
import { EventIdFilter } from "./event-id-filter";
import { RetryButton } from "./retry-button";
import { DestinationTopicFilters } from "./destination-topic-filters";
import { TimeRangeFilter } from "./time-range-filter";
import { tenantDeliveriesView } from "./tenant-deliveries-view";
import { BulkRetryLauncher, describeScope } from "./bulk-retry-launcher";

const STATUSES = [
  { value: "success", label: "Successful" },
  { value: "failed", label: "Failed" },
];
const CODES = Object.entries(CODE_CLASSES).map(([value, label]) => ({ value, label }));

const linkClass = "text-brand-text underline-offset-2 hover:underline";

function DestinationCell({ attempt }: { attempt: Attempt }) {
  const destination = attempt.destination;
  const name = destination ? destinationTarget(destination) : attempt.destination_id;
  return (
    <td className="max-w-[16rem] truncate px-3 py-2" title={name}>
      <Link to={pathTo("deliveries", { id: attempt.destination_id })} className={linkClass}>
        {name}
      </Link>
      {destination?.disabled_at && (
        <Badge tone="warning" className="ml-2">
          Disabled
        </Badge>
      )}
    </td>
  );
}

/** Delivery attempts across every destination of the tenant: "what failed, and where?" */
export default function TenantDeliveriesPage() {
  useDocumentTitle("Delivery log");
  const id = useId();
  const [params, update] = useUrlParams();
  const view = tenantDeliveriesView(params);
  const attempts = useAttempts(view.filters, { window: view.window, enabled: !view.problem });
  const destinations = useDestinations();
  const models = attempts.data?.models ?? [];
  const chosen = destinations.data?.find((d) => d.id === view.destination);
  const destinationName = chosen ? destinationTarget(chosen) : view.destination;
  const shown = view.code ? models.filter((a) => codeClassOf(a.code) === view.code) : models;
  const filtered = view.active > 0;

  return (
    <section aria-labelledby={`${id}-heading`} aria-busy={attempts.isPending}>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <h1 id={`${id}-heading`} className="text-xl font-semibold">
          Delivery log
        </h1>
        <div className="flex flex-wrap items-center gap-2">
          <BulkRetryLauncher
            scope={{
              filters: view.filters,
              window: view.window,
              code: view.code,
              description: describeScope({
                ...view,
                destination: destinationName,
              }),
            }}
            destinations={destinations.data}
            disabledReason={
              view.problem ??
              (chosen?.disabled_at
                ? "The destination is disabled: enable it to retry its deliveries."
                : view.status === "success"
                  ? "Only failed deliveries can be retried."
                  : null)
            }
          />
          <RefreshButton onRefresh={() => void attempts.refetch()} busy={attempts.isFetching} />
        </div>
      </div>
      <FilterBar active={view.active} className="sm:grid-cols-2 lg:grid-cols-4">
        <FilterSelect
          label="Status"
          anyLabel="Any status"
          value={view.status ?? ""}
          options={STATUSES}
          onChange={(value) => update({ status: value })}
        />
        <FilterSelect
          label="Response code"
          anyLabel="Any code"
          value={view.code ?? ""}
          options={CODES}
          onChange={(value) => update({ code: value })}
        />
        <DestinationTopicFilters
          destination={view.destination ?? ""}
          topic={view.topic ?? ""}
          onChange={(changes) => update(changes)}
        />
        <EventIdFilter value={view.eventId ?? ""} onChange={(value) => update({ event: value })} />
        <TimeRangeFilter
          range={view.range}
          onChange={(changes) => update(changes as Record<string, string>)}
        />
      </FilterBar>

      <p className="mb-3 text-sm text-fg-muted">
        {/* Only the count is live: "Refreshing…" would be read out on every refresh. */}
        <span aria-live="polite">
          {models.length === 0
            ? ""
            : view.code
              ? `${shown.length} of ${countOf(models.length, "attempt", "attempts")} on this page have ${CODE_CLASSES[view.code].toLowerCase()} codes`
              : `${countOf(models.length, "attempt", "attempts")} on this page`}
        </span>
        {attempts.isFetching && !attempts.isPending ? " · Refreshing…" : ""}
      </p>

      {view.problem ? (
        <p role="alert" className="text-sm text-danger">
          {view.problem}
        </p>
      ) : (
        <QueryState
          query={attempts}
          errorTitle="Couldn't load deliveries"
          isEmpty={() => shown.length === 0}
          empty={
            <StateMessage
              title={filtered ? "No deliveries match" : "No deliveries in the last 24 hours"}
            >
              {view.code && attempts.data?.pagination.next
                ? "None on this page; older pages may hold some."
                : filtered
                  ? "Try another status, code, destination, topic, event or time range."
                  : "Attempts to deliver your events to any destination appear here."}
            </StateMessage>
          }
        >
          {() => (
            <DataTable
              caption="Delivery attempts across destinations, newest first"
              className="sm:min-w-[48rem]"
              stacked
              columns={[
                "Time",
                "Status",
                "Destination",
                "Topic",
                "Attempt",
                "Event",
                <span key="actions" className="sr-only">
                  Actions
                </span>,
              ]}
            >
              {shown.map((attempt) => (
                <tr key={attempt.id} className="hover:bg-surface-muted">
                  <td className="px-3 py-2 whitespace-nowrap">
                    <Link
                      to={pathTo("attempt", { id: attempt.destination_id, attemptId: attempt.id })}
                      className={linkClass}
                    >
                      <DateTime value={attempt.time} />
                    </Link>
                  </td>
                  <td className="px-3 py-2">
                    <AttemptStatus attempt={attempt} />
                  </td>
                  <DestinationCell attempt={attempt} />
                  <AttemptTopicAndNumberCells attempt={attempt} />
                  <td
                    data-label="Event"
                    className="max-w-[12rem] truncate px-3 py-2 font-mono text-xs"
                    title={attempt.event_id}
                  >
                    <Link to={pathTo("event", { eventId: attempt.event_id })} className={linkClass}>
                      {attempt.event_id}
                    </Link>
                  </td>
                  <td className="px-3 py-2 text-right">
                    <RetryButton
                      eventId={attempt.event_id}
                      destinationId={attempt.destination_id}
                      unavailable={
                        attempt.destination?.disabled_at ? "The destination is disabled." : null
                      }
                      label={`event ${attempt.event_id}`}
                    />
                  </td>
                </tr>
              ))}
            </DataTable>
          )}
        </QueryState>
      )}
      {attempts.data && !view.problem && (
        <CursorPagination
          label="Delivery pages"
          prev={attempts.data.pagination.prev}
          next={attempts.data.pagination.next}
          onPage={(c) => update({ next: c.next ?? "", prev: c.prev ?? "" })}
        />
      )}
    </section>
  );
}
