import { useT } from "@/i18n/i18n";
import { useId } from "react";
import { DateTime } from "@/ui/date-time";
import { Link } from "@/ui/link";
import { useEvents } from "@/api/events";
import { useDocumentTitle } from "@/ui/use-document-title";
import { pathTo } from "@/lib/paths";
import { useUrlParams } from "@/lib/use-url-params";
import { CursorPagination } from "@/ui/cursor-pagination";
import { DataTable } from "@/ui/data-table";
import { FilterBar } from "@/ui/filter-bar";
import { RefreshButton } from "@/ui/refresh-button";
import { QueryState } from "@/ui/query-state";
import { StateMessage } from "@/ui/state-message";
import { eventsView } from "./events-view";
import { useAttempts } from "@/api/attempts";
import { EventOutcomeCell } from "./event-outcome-cell";
import { eventOutcomes } from "./event-outcomes";
import { DestinationTopicFilters } from "./destination-topic-filters";
import { TimeRangeFilter } from "./time-range-filter";

/** Every event of the tenant, filtered by destination, topic and time; each opens its deliveries. */
export default function ActivityPage() {
  const t = useT();
  useDocumentTitle(t("nav.activity"));
  const id = useId();
  const [params, update] = useUrlParams();
  const view = eventsView(params);
  const events = useEvents(view.filters, { window: view.window, enabled: !view.problem });
  const pageEvents = events.data?.models ?? [];
  // One request for the outcomes of the whole page of events.
  const attempts = useAttempts(
    { event_id: pageEvents.map((e) => e.id), limit: 1000 },
    { enabled: pageEvents.length > 0 },
  );
  const outcomes = attempts.data ? eventOutcomes(pageEvents, attempts.data.models) : null;
  const filtered = view.active > 0;

  return (
    <section aria-labelledby={`${id}-heading`} aria-busy={events.isPending}>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <h1 id={`${id}-heading`} className="text-xl font-semibold">
          {t("nav.activity")}
        </h1>
        <RefreshButton onRefresh={() => void events.refetch()} busy={events.isFetching} />
      </div>
      <FilterBar active={view.active} className="sm:grid-cols-2 lg:grid-cols-4">
        <DestinationTopicFilters
          destination={params.get("destination") ?? ""}
          topic={params.get("topic") ?? ""}
          onChange={(changes) => update(changes)}
        />
        <TimeRangeFilter
          range={view.range}
          onChange={(changes) => update(changes as Record<string, string>)}
        />
      </FilterBar>

      {view.problem ? null : (
        <QueryState
          query={events}
          errorTitle={t("activity.loadError")}
          isEmpty={(data) => data.models.length === 0}
          empty={
            <StateMessage title={filtered ? t("activity.noMatch") : t("activity.none24h")}>
              {filtered ? t("activity.tryOtherFilters") : t("activity.emptyBody")}
            </StateMessage>
          }
        >
          {(data) => (
            <>
              <DataTable
                caption={t("activity.caption")}
                className="sm:min-w-[36rem]"
                stacked
                columns={[
                  t("deliveries.time"),
                  t("filters.topic"),
                  t("nav.destinations"),
                  t("activity.eventId"),
                  t("activity.outcome"),
                ]}
              >
                {data.models.map((event) => (
                  <tr key={event.id} className="hover:bg-surface-muted">
                    <td className="px-3 py-2 whitespace-nowrap">
                      <Link
                        to={pathTo("event", { eventId: event.id })}
                        className="text-brand-text underline-offset-2 hover:underline"
                      >
                        <DateTime value={event.time} />
                      </Link>
                    </td>
                    <td className="px-3 py-2 font-mono text-xs">{event.topic}</td>
                    <td data-label={t("nav.destinations")} className="px-3 py-2">
                      {event.matched_destination_ids?.length ?? "—"}
                    </td>
                    <td
                      data-label={t("deliveries.event")}
                      className="max-w-[14rem] truncate px-3 py-2 font-mono text-xs"
                      title={event.id}
                    >
                      {event.id}
                    </td>
                    <EventOutcomeCell
                      outcome={outcomes?.get(event.id)}
                      state={attempts.isError ? "error" : outcomes ? "ready" : "loading"}
                    />
                  </tr>
                ))}
              </DataTable>
              <CursorPagination
                label={t("activity.pages")}
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
