import { usePrefetchQuery } from "@tanstack/react-query";
import { lazy, type ReactNode } from "react";
import { Route, Switch, useParams, useSearch } from "wouter";
import { destinationTypesQuery } from "../api/destination-types";
import { destinationQuery, destinationsQuery } from "../api/destinations";
import { eventsQuery } from "../api/events";
import { tenantQuery } from "../api/tenant";
import { topicsQuery } from "../api/topics";
import { eventsView } from "../features/activity/events-view";
import { DestinationsPage } from "../features/destinations/destinations-page";
import { useTenantId } from "../session/session-store";
import { AppLayout } from "./app-layout";
import { NotFoundPage } from "./not-found-page";
import { RouteFrame } from "./route-frame";

const ActivityPage = lazy(() => import("../features/activity/activity-page"));
const EventDetailPage = lazy(() => import("../features/activity/event-detail-page"));
const CreateDestinationPage = lazy(
  () => import("../features/destinations/create/create-destination-page"),
);
const DestinationPage = lazy(() => import("../features/destinations/detail/destination-page"));
const TenantPage = lazy(() => import("../features/tenant/tenant-page"));

/*
 * Each route starts its queries as it mounts, before its lazy code has arrived,
 * so data and code load in parallel; the screen then reads the same queries.
 */

function DestinationsRoute() {
  const tenantId = useTenantId();
  usePrefetchQuery(destinationsQuery(tenantId));
  usePrefetchQuery(destinationTypesQuery(tenantId));
  return <DestinationsPage />;
}

function CreateDestinationRoute() {
  const tenantId = useTenantId();
  usePrefetchQuery(destinationTypesQuery(tenantId));
  usePrefetchQuery(topicsQuery(tenantId));
  return <CreateDestinationPage />;
}

function DestinationRoute() {
  const tenantId = useTenantId();
  const { id = "" } = useParams<{ id: string }>();
  usePrefetchQuery(destinationQuery(tenantId, id));
  usePrefetchQuery(destinationTypesQuery(tenantId));
  return <DestinationPage />;
}

function ActivityRoute() {
  const view = eventsView(new URLSearchParams(useSearch()));
  usePrefetchQuery(eventsQuery(useTenantId(), view.filters, view.window));
  return <ActivityPage />;
}

function TenantRoute() {
  usePrefetchQuery(tenantQuery(useTenantId()));
  return <TenantPage />;
}

function screen(children: ReactNode) {
  return <RouteFrame>{children}</RouteFrame>;
}

export function AppRoutes() {
  return (
    <AppLayout>
      <Switch>
        <Route path="/">{screen(<DestinationsRoute />)}</Route>
        <Route path="/destinations/new">{screen(<CreateDestinationRoute />)}</Route>
        <Route path="/destinations/:id/*?">{screen(<DestinationRoute />)}</Route>
        <Route path="/activity">{screen(<ActivityRoute />)}</Route>
        <Route path="/activity/:eventId">{screen(<EventDetailPage />)}</Route>
        <Route path="/tenant">{screen(<TenantRoute />)}</Route>
        <Route>
          <NotFoundPage />
        </Route>
      </Switch>
    </AppLayout>
  );
}
