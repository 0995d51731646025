import type { ComponentType, ReactNode } from "react";
import type { RouteObject } from "react-router";
import { destinationTypesQuery } from "@/api/destination-types";
import { destinationQuery, destinationsQuery } from "@/api/destinations";
import { tenantQuery } from "@/api/tenant";
import { topicsQuery } from "@/api/topics";
import { DestinationsPage } from "@/features/destinations/destinations-page";
import { type Preloadable } from "@/lib/lazy-with-retry";
import { lazyScreen } from "./lazy-screen";
import { ROUTE_PATHS, type RouteId } from "@/lib/paths";
import {
  AttemptDetail,
  AttemptTab,
  DeliveriesTab,
  DestinationDeliveries,
  DestinationMetrics,
  DestinationOverview,
  DestinationSettings,
  MetricsTab,
  OverviewTab,
  SettingsTab,
} from "./destination-tabs";
import { LazyNotFound } from "./not-found-route";
import { asQueries, param, type RouteContext, type RouteQuery } from "./route-context";
import type * as RouteQueries from "./route-queries";
import { RouteFrame } from "./route-frame";

const ActivityPage = lazyScreen(() => import("@/features/activity/activity-page"));
const TenantDeliveriesPage = lazyScreen(() => import("@/features/activity/tenant-deliveries-page"));
const EventDetailPage = lazyScreen(() => import("@/features/activity/event-detail-page"));
const CreateDestinationPage = lazyScreen(
  () => import("@/features/destinations/create/create-destination-page"),
);
const DestinationPage = lazyScreen(() => import("@/features/destinations/detail/destination-page"));
const TenantPage = lazyScreen(() => import("@/features/tenant/tenant-page"));

export type NavSection = "destinations" | "deliveries" | "activity" | "tenant";

export interface AppRoute {
  /** A key of ROUTE_PATHS for every route with a path (checked by route-table.test.ts). */
  id: RouteId | `${string}:index`;
  path?: string;
  index?: true;
  element: ReactNode;
  /** The top navigation entry that is current on this route and below. */
  section?: NavSection;
  /**
   * Render-as-you-fetch: started from the URL as soon as the route matches,
   * in parallel with its code (`code`), before any parent's data has arrived.
   */
  queries?: (context: RouteContext) => RouteQuery[];
  /** The same, for routes outside the first screen: a function of route-queries.ts. */
  lazyQueries?: keyof typeof RouteQueries;
  code?: Preloadable[];
  children?: AppRoute[];
}

/**
 * A lazy screen in its frame: an error boundary with a retry, and a loading
 * state. Keyed by route, so the next screen never inherits the last one's frame.
 */
const frame = (id: AppRoute["id"], screen: ReactNode) => <RouteFrame key={id}>{screen}</RouteFrame>;

const asCode = (...code: Preloadable[]) => code;

/** A lazy top-level screen whose queries are the function of route-queries.ts named like it. */
const lazyPage = (
  id: keyof typeof RouteQueries & RouteId,
  section: NavSection,
  Screen: ComponentType & Preloadable,
): AppRoute => ({
  id,
  path: ROUTE_PATHS[id],
  section,
  element: frame(id, <Screen />),
  lazyQueries: id,
  code: asCode(Screen),
});

/** What the layout shows on every screen (the tenant's name): fetched beside the screen's data. */
export const layoutQueries = ({ tenantId }: Pick<RouteContext, "tenantId">) =>
  asQueries(tenantQuery(tenantId));

/** Every screen, in the layout (routes.tsx). */
export const ROUTE_TABLE: AppRoute[] = [
  {
    id: "destinations",
    path: ROUTE_PATHS.destinations,
    section: "destinations",
    element: frame("destinations", <DestinationsPage />),
    queries: ({ tenantId }) =>
      asQueries(destinationsQuery(tenantId), destinationTypesQuery(tenantId)),
  },
  {
    id: "newDestination",
    path: ROUTE_PATHS.newDestination,
    section: "destinations",
    element: frame("newDestination", <CreateDestinationPage />),
    queries: ({ tenantId }) => asQueries(destinationTypesQuery(tenantId), topicsQuery(tenantId)),
    code: asCode(CreateDestinationPage),
  },
  {
    id: "destination",
    path: ROUTE_PATHS.destination,
    section: "destinations",
    element: frame("destination", <DestinationPage />),
    queries: ({ tenantId, params }) =>
      asQueries(destinationQuery(tenantId, param(params, "id")), destinationTypesQuery(tenantId)),
    code: asCode(DestinationPage),
    children: [
      {
        id: "destination:index",
        index: true,
        element: frame("destination:index", <OverviewTab />),
        code: asCode(DestinationOverview),
      },
      {
        id: "deliveries",
        path: ROUTE_PATHS.deliveries,
        element: frame("deliveries", <DeliveriesTab />),
        lazyQueries: "deliveries",
        code: asCode(DestinationDeliveries),
      },
      {
        id: "attempt",
        path: ROUTE_PATHS.attempt,
        element: frame("attempt", <AttemptTab />),
        lazyQueries: "attempt",
        code: asCode(AttemptDetail),
      },
      {
        id: "metrics",
        path: ROUTE_PATHS.metrics,
        element: frame("metrics", <MetricsTab />),
        lazyQueries: "metrics",
        code: asCode(DestinationMetrics),
      },
      {
        id: "settings",
        path: ROUTE_PATHS.settings,
        element: frame("settings", <SettingsTab />),
        code: asCode(DestinationSettings),
      },
    ],
  },
  lazyPage("activity", "activity", ActivityPage),
  lazyPage("allDeliveries", "deliveries", TenantDeliveriesPage),
  lazyPage("event", "activity", EventDetailPage),
  {
    id: "tenant",
    path: ROUTE_PATHS.tenant,
    section: "tenant",
    element: frame("tenant", <TenantPage />),
    queries: ({ tenantId }) => asQueries(tenantQuery(tenantId)),
    code: asCode(TenantPage),
  },
  {
    id: "notFound",
    path: ROUTE_PATHS.notFound,
    element: frame("notFound", <LazyNotFound />),
    code: asCode(LazyNotFound),
  },
];

function toRouteObject(route: AppRoute): RouteObject {
  return route.index
    ? { id: route.id, index: true, element: route.element }
    : {
        id: route.id,
        path: route.path,
        element: route.element,
        children: route.children?.map(toRouteObject),
      };
}

/** What the router renders: the same table, without the portal's own fields. */
export const ROUTER_ROUTES: RouteObject[] = ROUTE_TABLE.map(toRouteObject);

function byId(routes: AppRoute[], into = new Map<string, AppRoute>()) {
  for (const route of routes) {
    into.set(route.id, route);
    byId(route.children ?? [], into);
  }
  return into;
}

export const ROUTES_BY_ID = byId(ROUTE_TABLE);
