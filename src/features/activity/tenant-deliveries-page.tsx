import { useId } from "react";
import { useAttempts } from "@/api/attempts";
import { destinationTarget } from "@/api/destination-labels";
import { useDestinations } from "@/api/destinations";
import type { Attempt } from "@/api/types";
import { useT, type MessageId } from "@/i18n/i18n";
import { CODE_CLASSES, codeClassOf, type CodeClass } from "@/lib/code-class";
import { pathTo } from "@/lib/paths";
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
import { BulkRetryLauncher } from "./bulk-retry-launcher";

const CODE_MESSAGES: Record<CodeClass, MessageId> = {
  "2xx": "code.2xx",
  "4xx": "code.4xx",
  "5xx": "code.5xx",
  timeout: "code.timeout",
  other: "code.other",
};

const linkClass = "text-brand-text underline-offset-2 hover:underline";

function DestinationCell({ attempt }: { attempt: Attempt }) {
  const destination = attempt.destination;
  const t = useT();
  const name = destination ? destinationTarget(destination) : attempt.destination_id;
  return (
    <td className="max-w-[16rem] truncate px-3 py-2" title={name}>
      <Link to={pathTo("deliveries", { id: attempt.destination_id })} className={linkClass}>
        {name}
      </Link>
      {destination?.disabled_at && (
        <Badge tone="warning" className="ms-2">
          {t("status.disabled")}
        </Badge>
      )}
    </td>
  );
}

/** Delivery attempts across every destination of the tenant: "what failed, and where?" */
export default function TenantDeliveriesPage() {
  const t = useT();
  useDocumentTitle(t("nav.deliveries"));
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
  const problem =
    view.problem === null
      ? null
      : t(
          view.problem === "startAfterEnd"
            ? "range.startAfterEnd"
            : "deliveries.statusCodeConflict",
        );
  const statuses = [
    { value: "success", label: t("deliveries.successful") },
    { value: "failed", label: t("attempt.failed") },
  ];
  const codes = (Object.keys(CODE_CLASSES) as CodeClass[]).map((value) => ({
    value,
    label: t(CODE_MESSAGES[value]),
  }));

  return (
    <section aria-labelledby={`${id}-heading`} aria-busy={attempts.isPending}>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <h1 id={`${id}-heading`} className="text-xl font-semibold">
          {t("nav.deliveries")}
        </h1>
        <div className="flex flex-wrap items-center gap-2">
          <BulkRetryLauncher
            scope={{
              filters: view.filters,
              window: view.window,
              code: view.code,
              parts: {
                ...view,
                destination: destinationName,
              },
            }}
            destinations={destinations.data}
            disabledReason={
              problem ??
              (chosen?.disabled_at
                ? t("deliveries.retryDisabledDestination")
                : view.status === "success"
                  ? t("deliveries.retryOnlyFailed")
                  : null)
            }
          />
          <RefreshButton onRefresh={() => void attempts.refetch()} busy={attempts.isFetching} />
        </div>
      </div>
      <FilterBar active={view.active} className="sm:grid-cols-2 lg:grid-cols-4">
        <FilterSelect
          label={t("filters.status")}
          anyLabel={t("filters.anyStatus")}
          value={view.status ?? ""}
          options={statuses}
          onChange={(value) => update({ status: value })}
        />
        <FilterSelect
          label={t("deliveries.responseCode")}
          anyLabel={t("deliveries.anyCode")}
          value={view.code ?? ""}
          options={codes}
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
              ? t("deliveries.countOfCode", {
                  shown: shown.length,
                  count: models.length,
                  code: view.code,
                })
              : t("deliveries.attemptsOnPage", { count: models.length })}
        </span>
        {attempts.isFetching && !attempts.isPending ? ` · ${t("deliveries.refreshing")}` : ""}
      </p>

      {problem ? (
        <p role="alert" className="text-sm text-danger">
          {problem}
        </p>
      ) : (
        <QueryState
          query={attempts}
          errorTitle={t("deliveries.loadError")}
          isEmpty={() => shown.length === 0}
          empty={
            <StateMessage title={filtered ? t("deliveries.noMatch") : t("deliveries.none24h")}>
              {view.code && attempts.data?.pagination.next
                ? t("deliveries.noneOnPage")
                : filtered
                  ? t("deliveries.tryOtherFilters")
                  : t("deliveries.emptyBody")}
            </StateMessage>
          }
        >
          {() => (
            <DataTable
              caption={t("deliveries.caption")}
              className="sm:min-w-[48rem]"
              stacked
              columns={[
                t("deliveries.time"),
                t("filters.status"),
                t("activity.destination"),
                t("filters.topic"),
                t("attempt.attempt"),
                t("deliveries.event"),
                <span key="actions" className="sr-only">
                  {t("deliveries.actions")}
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
                    data-label={t("deliveries.event")}
                    className="max-w-[12rem] truncate px-3 py-2 font-mono text-xs"
                    title={attempt.event_id}
                  >
                    <Link to={pathTo("event", { eventId: attempt.event_id })} className={linkClass}>
                      {attempt.event_id}
                    </Link>
                  </td>
                  <td className="px-3 py-2 text-end">
                    <RetryButton
                      eventId={attempt.event_id}
                      destinationId={attempt.destination_id}
                      unavailable={
                        attempt.destination?.disabled_at
                          ? t("deliveries.destinationDisabled")
                          : null
                      }
                      label={t("deliveries.eventLabel", { id: attempt.event_id })}
                    />
                  </td>
                </tr>
              ))}
            </DataTable>
          )}
        </QueryState>
      )}
      {attempts.data && !problem && (
        <CursorPagination
          label={t("deliveries.pages")}
          prev={attempts.data.pagination.prev}
          next={attempts.data.pagination.next}
          onPage={(c) => update({ next: c.next ?? "", prev: c.prev ?? "" })}
        />
      )}
    </section>
  );
}
