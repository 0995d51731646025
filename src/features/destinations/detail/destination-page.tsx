import { lazy, Suspense } from "react";
import { Link, Route, Switch, useLocation, useParams } from "wouter";
import { useDestinationTypes } from "../../../api/destination-types";
import { useDestination } from "../../../api/destinations";
import { NotFoundPage } from "../../../app/not-found-page";
import { useDocumentTitle } from "../../../app/use-document-title";
import { cn } from "../../../lib/cn";
import { ArrowLeftIcon } from "../../../ui/icons";
import { QueryError } from "../../../ui/query-error";
import { Skeleton } from "../../../ui/skeleton";
import { ApiError } from "../../../api/api-error";
import { destinationTarget } from "../destination-labels";
import { destinationPathFor } from "../destination-paths";
import { StatusBadge } from "../status-badge";
import { TypeIcon } from "../type-icon";
import { DestinationOverview } from "./destination-overview";
import { EnableToggle } from "./enable-toggle";

const DestinationSettings = lazy(() => import("./destination-settings"));
const DestinationDeliveries = lazy(() => import("../../activity/destination-deliveries"));
const AttemptDetail = lazy(() => import("../../activity/attempt-detail"));
const DestinationMetrics = lazy(() => import("../../metrics/destination-metrics"));

const TABS = [
  { section: undefined, label: "Overview" },
  { section: "deliveries", label: "Deliveries" },
  { section: "metrics", label: "Metrics" },
  { section: "settings", label: "Settings" },
] as const;

function Tabs({ id }: { id: string }) {
  const [location] = useLocation();
  return (
    <nav aria-label="Destination" className="mb-4 overflow-x-auto border-b border-border">
      <ul className="flex gap-5">
        {TABS.map((tab) => {
          const href = destinationPathFor(id, tab.section);
          const current = tab.section ? location.startsWith(href) : location === href;
          return (
            <li key={tab.label}>
              <Link
                href={href}
                aria-current={current ? "page" : undefined}
                className={cn(
                  "inline-flex h-10 items-center border-b-2 px-1 text-sm font-medium",
                  current
                    ? "border-brand-outline text-fg"
                    : "border-transparent text-fg-muted hover:text-fg",
                )}
              >
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/** One destination, with its sections as sub-paths of /destinations/:id. */
export default function DestinationPage() {
  const { id = "" } = useParams<{ id: string }>();
  const destination = useDestination(id);
  const types = useDestinationTypes();
  const type = types.data?.find((t) => t.type === destination.data?.type);
  useDocumentTitle(destination.data ? destinationTarget(destination.data) : "Destination");

  if (
    destination.isError &&
    destination.error instanceof ApiError &&
    destination.error.status === 404
  ) {
    return <NotFoundPage />;
  }

  return (
    <div aria-busy={destination.isPending}>
      <Link
        href="/"
        className="mb-3 inline-flex items-center gap-1 text-sm text-fg-muted hover:text-fg"
      >
        <ArrowLeftIcon className="size-4" />
        All destinations
      </Link>
      {destination.isPending ? (
        <div className="grid gap-3" aria-hidden="true">
          <Skeleton className="h-8 w-2/3" />
          <Skeleton className="h-48 w-full" />
        </div>
      ) : destination.isError ? (
        <QueryError
          title="Couldn't load this destination"
          error={destination.error}
          onRetry={() => void destination.refetch()}
          retrying={destination.isFetching}
        />
      ) : (
        <>
          <header className="mb-4 flex flex-wrap items-start justify-between gap-3">
            <div className="flex min-w-0 items-start gap-3">
              <span className="mt-1 text-fg-muted">
                <TypeIcon type={type} className="size-6" />
              </span>
              <div className="min-w-0">
                <h1 className="text-xl font-semibold break-all">
                  {destinationTarget(destination.data)}
                </h1>
                <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-fg-muted">
                  {type?.label ?? destination.data.type}
                  <StatusBadge destination={destination.data} />
                </p>
              </div>
            </div>
            <EnableToggle destination={destination.data} />
          </header>
          <Tabs id={id} />
          <Suspense fallback={<Skeleton className="h-64 w-full" />}>
            <Switch>
              <Route path="/destinations/:id">
                <DestinationOverview destination={destination.data} type={type} />
              </Route>
              <Route path="/destinations/:id/deliveries">
                <DestinationDeliveries destination={destination.data} />
              </Route>
              <Route path="/destinations/:id/deliveries/:attemptId">
                {(params) => (
                  <AttemptDetail destination={destination.data} attemptId={params.attemptId} />
                )}
              </Route>
              <Route path="/destinations/:id/metrics">
                <DestinationMetrics destination={destination.data} />
              </Route>
              <Route path="/destinations/:id/settings">
                <DestinationSettings destination={destination.data} type={type} />
              </Route>
              <Route>
                <NotFoundPage />
              </Route>
            </Switch>
          </Suspense>
        </>
      )}
    </div>
  );
}
