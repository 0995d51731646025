import { matchPath, Outlet, useLocation, useParams } from "react-router";
import { TabNav } from "@/ui/tab-nav";
import { useDestinationTypes } from "@/api/destination-types";
import { useDestination } from "@/api/destinations";
import type { Destination, DestinationType } from "@/api/types";
import { NotFound } from "@/ui/not-found";
import { useDocumentTitle } from "@/ui/use-document-title";
import { pathTo, ROUTE_PATHS } from "@/lib/paths";
import { BackLink } from "@/ui/back-link";
import { isNotFound, QueryState } from "@/ui/query-state";
import { Skeleton } from "@/ui/skeleton";
import { destinationTarget } from "@/api/destination-labels";
import { StatusBadge } from "@/features/destinations/status-badge";
import { TypeIcon } from "@/features/destinations/type-icon";
import { EnableToggle } from "./enable-toggle";
import { DestinationHealth } from "./destination-health";
import { WithBreaks } from "@/ui/with-breaks";
import { useT, type MessageId } from "@/i18n/i18n";
import { Message } from "@/i18n/message";

/** What the tabs (composed in src/app/route-table.tsx) get from the page through the outlet. */
export interface DestinationOutletContext {
  destination: Destination;
  type: DestinationType | undefined;
}

const SECTION_TITLES = [
  ["attempt", "detail.attempt"],
  ["deliveries", "deliveries.heading"],
  ["metrics", "detail.metrics"],
  ["settings", "detail.settings"],
] as const satisfies readonly (readonly [string, MessageId])[];

const TABS = [
  { route: "destination", label: "detail.overview" },
  { route: "deliveries", label: "deliveries.heading" },
  { route: "metrics", label: "detail.metrics" },
  { route: "settings", label: "detail.settings" },
] as const satisfies readonly { route: string; label: MessageId }[];

function Tabs({ id }: { id: string }) {
  const t = useT();
  const { pathname } = useLocation();
  const items = TABS.map((tab) => {
    const to = pathTo(tab.route, { id });
    // Overview is current on its own path only; a section also on its sub-paths (an attempt).
    const current = !!matchPath(
      { path: ROUTE_PATHS[tab.route], end: tab.route === "destination" },
      pathname,
    );
    return { to, label: t(tab.label), current };
  });
  return (
    <TabNav
      label={t("activity.destination")}
      items={items}
      className="mb-4 border-b border-border"
    />
  );
}

/** One destination; its sections (tabs) are child routes rendered in the outlet. */
export default function DestinationPage() {
  const t = useT();
  const { id = "" } = useParams();
  const destination = useDestination(id);
  const types = useDestinationTypes();
  const type = types.data?.find((candidate) => candidate.type === destination.data?.type);
  const { pathname } = useLocation();
  const section = SECTION_TITLES.find(([route]) => matchPath(ROUTE_PATHS[route], pathname))?.[1];
  // This effect runs after NotFound's own (a child's runs first), so it names the 404 too;
  // the tab is in the title, so switching tabs is announced as a new page.
  useDocumentTitle(
    destination.data
      ? t("detail.documentTitle", {
          section: t(section ?? "detail.overview"),
          destination: destinationTarget(destination.data),
        })
      : isNotFound(destination.error)
        ? t("detail.notFound")
        : t("activity.destination"),
  );

  return (
    <div aria-busy={destination.isPending}>
      <BackLink to={pathTo("destinations")}>{t("detail.allDestinations")}</BackLink>
      <QueryState
        query={destination}
        errorTitle={t("detail.loadError")}
        loading={
          <div className="grid gap-3" aria-hidden="true">
            <Skeleton className="h-8 w-2/3" />
            <Skeleton className="h-48 w-full" />
          </div>
        }
        notFound={
          <NotFound title={t("detail.notFound")}>
            <Message
              id="detail.notFoundBody"
              values={{
                id: (
                  <code className="font-mono wrap-anywhere" translate="no">
                    {id}
                  </code>
                ),
              }}
            />
          </NotFound>
        }
      >
        {(data) => (
          <>
            <header className="mb-4 flex flex-wrap items-start justify-between gap-3">
              <div className="flex min-w-0 items-start gap-3">
                <span className="mt-1 text-fg-muted">
                  <TypeIcon type={type} className="size-6" />
                </span>
                <div className="min-w-0">
                  <h1 className="text-xl font-semibold wrap-anywhere">
                    <bdi translate="no">
                      <WithBreaks text={destinationTarget(data)} />
                    </bdi>
                  </h1>
                  <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-fg-muted">
                    <bdi translate="no">{type?.label ?? data.type}</bdi>
                    <StatusBadge destination={data} />
                  </p>
                </div>
              </div>
              <EnableToggle destination={data} />
            </header>
            <DestinationHealth destination={data} />
            <Tabs id={id} />
            <Outlet context={{ destination: data, type } satisfies DestinationOutletContext} />
          </>
        )}
      </QueryState>
    </div>
  );
}
