import { useDeferredValue, useMemo } from "react";
import { Link } from "@/ui/link";
import { pathTo } from "@/lib/paths";
import { useDestinationTypes } from "@/api/destination-types";
import { useDestinations } from "@/api/destinations";
import { useTopics } from "@/api/topics";
import { useDocumentTitle } from "@/ui/use-document-title";
import { Button, buttonClasses } from "@/ui/button";
import { Pagination } from "@/ui/pagination";
import { QueryState } from "@/ui/query-state";
import { useUrlParams } from "@/lib/use-url-params";
import { Skeleton } from "@/ui/skeleton";
import { StateMessage } from "@/ui/state-message";
import { filterDestinations, filtersFromParams, hasFilters } from "./list/destination-filters";
import { DestinationRow } from "./list/destination-row";
import { DestinationsToolbar } from "./list/destinations-toolbar";
import { useRecentDeliveries } from "@/api/recent-deliveries";
import { useT } from "@/i18n/i18n";

export const PAGE_SIZE = 50;

function ListSkeleton() {
  return (
    <div className="space-y-2" aria-hidden="true">
      {Array.from({ length: 4 }, (_, i) => (
        <Skeleton key={i} className="h-16 w-full" />
      ))}
    </div>
  );
}

export function DestinationsPage() {
  const t = useT();
  useDocumentTitle(t("destinations.title"));
  const destinations = useDestinations();
  const types = useDestinationTypes();
  const topics = useTopics();
  const [params, update] = useUrlParams();
  // The rows render from a deferred copy of the URL: a keystroke or a page turn paints at
  // once in the controls, and the rows follow without holding up the next input.
  const search = useDeferredValue(params.toString());
  const shownParams = useMemo(() => new URLSearchParams(search), [search]);
  const filters = useMemo(() => filtersFromParams(shownParams), [shownParams]);
  const deliveries = useRecentDeliveries(destinations.isSuccess && destinations.data.length > 0);

  const all = destinations.data;
  const visible = useMemo(
    () => (all ? filterDestinations(all, filters, types.data) : []),
    [all, filters, types.data],
  );

  const pageCount = Math.max(1, Math.ceil(visible.length / PAGE_SIZE));
  const pageIn = (from: URLSearchParams) =>
    Math.min(pageCount, Math.max(1, Number(from.get("page")) || 1));
  // Pagination counts from the page asked for, so a second quick "Next" goes one further.
  const page = pageIn(params);
  const shownPage = pageIn(shownParams);
  const shown = visible.slice((shownPage - 1) * PAGE_SIZE, shownPage * PAGE_SIZE);

  const topicOptions = useMemo(() => {
    const set = new Set(topics.data ?? []);
    for (const d of all ?? [])
      if (Array.isArray(d.topics)) d.topics.forEach((t) => t !== "*" && set.add(t));
    return [...set].sort();
  }, [topics.data, all]);

  const typeOptions = useMemo(() => {
    const known = types.data ?? [];
    const unknown = [...new Set((all ?? []).map((d) => d.type))]
      .filter((type) => !known.some((t) => t.type === type))
      .map((type) => ({
        type,
        label: type,
        description: "",
        icon: "",
        config_fields: [],
        credential_fields: [],
        instructions: "",
      }));
    return [...known, ...unknown];
  }, [types.data, all]);

  const setParam = (key: string, value: string) =>
    update({ [key]: value }, { replace: key === "q" });
  const clearFilters = () => update({ q: "", status: "", type: "", topic: "" });

  const typeOf = (type: string) => types.data?.find((t) => t.type === type);
  const deliveriesState = deliveries.isError ? "error" : deliveries.isPending ? "loading" : "ready";

  return (
    <section aria-labelledby="destinations-heading" aria-busy={destinations.isPending}>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <div className="flex flex-wrap items-baseline gap-x-3">
          <h1 id="destinations-heading" className="text-xl font-semibold">
            {t("destinations.title")}
          </h1>
          {all && (
            <p className="text-sm text-fg-muted" aria-live="polite">
              {hasFilters(filters)
                ? t("destinations.countFiltered", { shown: visible.length, count: all.length })
                : t("destinations.count", { count: all.length })}
            </p>
          )}
        </div>
        <Link to={pathTo("newDestination")} className={buttonClasses({ variant: "primary" })}>
          {t("destinations.add")}
        </Link>
      </div>

      <QueryState
        query={destinations}
        errorTitle={t("destinations.loadError")}
        loading={<ListSkeleton />}
        isEmpty={(data) => data.length === 0}
        empty={
          <StateMessage
            title={t("destinations.emptyTitle")}
            action={
              <Link to={pathTo("newDestination")} className={buttonClasses({ variant: "primary" })}>
                {t("destinations.addFirst")}
              </Link>
            }
          >
            {t("destinations.emptyBody")}
          </StateMessage>
        }
      >
        {() => (
          <>
            <DestinationsToolbar
              // The controls show what was typed; only the (deferred) filtering may lag.
              filters={filtersFromParams(params)}
              types={typeOptions}
              topics={topicOptions}
              onChange={setParam}
            />
            {visible.length === 0 ? (
              <StateMessage
                title={t("destinations.noMatchTitle")}
                action={<Button onClick={clearFilters}>{t("destinations.clearFilters")}</Button>}
              >
                {t("destinations.noMatchBody")}
              </StateMessage>
            ) : (
              <>
                <ul
                  aria-label={t("destinations.title")}
                  className="divide-y divide-border overflow-hidden rounded-lg border border-border bg-surface"
                >
                  {shown.map((destination) => (
                    <DestinationRow
                      key={destination.id}
                      destination={destination}
                      type={typeOf(destination.type)}
                      deliveries={deliveries.byDestination.get(destination.id)}
                      deliveriesState={deliveriesState}
                    />
                  ))}
                </ul>
                <Pagination
                  label={t("destinations.pages")}
                  page={page}
                  pageCount={pageCount}
                  onPage={(next) => setParam("page", String(next))}
                />
              </>
            )}
          </>
        )}
      </QueryState>
    </section>
  );
}
