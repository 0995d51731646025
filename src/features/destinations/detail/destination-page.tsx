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

/** What the tabs (composed in src/app/route-table.tsx) get from the page through the outlet. */
export interface DestinationOutletContext {
  destination: Destination;
  type: DestinationType | undefined;
}

const NOT_FOUND_TITLE = "Destination not found";

const SECTION_TITLES = [
  ["attempt", "Delivery attempt"],
  ["deliveries", "Deliveries"],
  ["metrics", "Metrics"],
  ["settings", "Settings"],
] as const;

const TABS = [
  { route: "destination", label: "Overview" },
  { route: "deliveries", label: "Deliveries" },
  { route: "metrics", label: "Metrics" },
  { route: "settings", label: "Settings" },
] as const;

function Tabs({ id }: { id: string }) {
  const { pathname } = useLocation();
  const items = TABS.map((tab) => {
    const to = pathTo(tab.route, { id });
    // Overview is current on its own path only; a section also on its sub-paths (an attempt).
    const current = !!matchPath(
      { path: ROUTE_PATHS[tab.route], end: tab.route === "destination" },
      pathname,
    );
    return { to, label: tab.label, current };
  });
  return <TabNav label="Destination" items={items} className="mb-4 border-b border-border" />;
}

/** One destination; its sections (tabs) are child routes rendered in the outlet. */
export default function DestinationPage() {
  const { id = "" } = useParams();
  const destination = useDestination(id);
  const types = useDestinationTypes();
  const type = types.data?.find((t) => t.type === destination.data?.type);
  const { pathname } = useLocation();
  const section = SECTION_TITLES.find(([route]) => matchPath(ROUTE_PATHS[route], pathname))?.[1];
  // This effect runs after NotFound's own (a child's runs first), so it names the 404 too;
  // the tab is in the title, so switching tabs is announced as a new page.
  useDocumentTitle(
    destination.data
      ? `${section ?? "Overview"} · ${destinationTarget(destination.data)}`
      : isNotFound(destination.error)
        ? NOT_FOUND_TITLE
        : "Destination",
  );

  return (
    <div aria-busy={destination.isPending}>
      <BackLink to={pathTo("destinations")}>All destinations</BackLink>
      <QueryState
        query={destination}
        errorTitle="Couldn't load this destination"
        loading={
          <div className="grid gap-3" aria-hidden="true">
            <Skeleton className="h-8 w-2/3" />
            <Skeleton className="h-48 w-full" />
          </div>
        }
        notFound={
          <NotFound title={NOT_FOUND_TITLE}>
            No destination of your tenant has the ID {id}: it may have been deleted, or the link is
            wrong.
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
                    <bdi>
                      <WithBreaks text={destinationTarget(data)} />
                    </bdi>
                  </h1>
                  <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-fg-muted">
                    <bdi>{type?.label ?? data.type}</bdi>
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
