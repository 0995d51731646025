import { attemptQuery, attemptsQuery } from "@/api/attempts";
import { destinationQuery, destinationsQuery } from "@/api/destinations";
import { eventQuery, eventsQuery } from "@/api/events";
import { topicsQuery } from "@/api/topics";
import type { Destination } from "@/api/types";
import { deliveriesView } from "@/features/activity/deliveries-view";
import { eventsView } from "@/features/activity/events-view";
import { tenantDeliveriesView } from "@/features/activity/tenant-deliveries-view";
import { destinationMetricsQueries } from "@/features/metrics/metrics-queries";
import { metricsWindow, parseRange } from "@/features/metrics/metrics-window";
import { asQueries, param, type RouteContext, type RouteQuery } from "./route-context";

/*
 * The queries of the routes outside the first screen, computed from the URL.
 * Loaded once, as the portal starts (routes.tsx), beside the first screen
 * rather than in it; a route matched later finds it here already.
 */

export function activity({ tenantId, search }: RouteContext): RouteQuery[] {
  const view = eventsView(search);
  return asQueries(
    ...(view.problem ? [] : [eventsQuery(tenantId, view.filters, view.window)]),
    destinationsQuery(tenantId),
    topicsQuery(tenantId),
  );
}

export function allDeliveries({ tenantId, search }: RouteContext): RouteQuery[] {
  const view = tenantDeliveriesView(search);
  return asQueries(
    ...(view.problem ? [] : [attemptsQuery(tenantId, view.filters, view.window)]),
    destinationsQuery(tenantId),
    topicsQuery(tenantId),
  );
}

export function event({ tenantId, params }: RouteContext): RouteQuery[] {
  const eventId = param(params, "eventId");
  return asQueries(
    eventQuery(tenantId, eventId),
    attemptsQuery(tenantId, { event_id: eventId, limit: 1000 }),
    destinationsQuery(tenantId),
  );
}

export function deliveries({ tenantId, params, search }: RouteContext): RouteQuery[] {
  const view = deliveriesView(search, param(params, "id"));
  return asQueries(
    ...(view.problem ? [] : [attemptsQuery(tenantId, view.filters, view.window)]),
    topicsQuery(tenantId),
  );
}

export function attempt({ tenantId, params }: RouteContext): RouteQuery[] {
  return asQueries(attemptQuery(tenantId, param(params, "id"), param(params, "attemptId")));
}

export function metrics({ tenantId, params, search, client }: RouteContext): RouteQuery[] {
  const destinationId = param(params, "id");
  const window = metricsWindow(parseRange(search.get("range")), Date.now());
  const queries = destinationMetricsQueries(tenantId, destinationId, window);
  // Response codes exist for webhooks only: known once the destination is cached.
  const cached = client.getQueryData<Destination>(
    destinationQuery(tenantId, destinationId).queryKey,
  );
  return asQueries(
    queries.series,
    queries.events,
    ...(cached?.type === "webhook" ? [queries.codes] : []),
  );
}
