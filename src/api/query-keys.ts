import type { Query } from "../lib/search-params";

/**
 * Every cached query lives under `["tenant", tenantId, …]`, so switching
 * tenants can never show another tenant's data and one call drops a tenant.
 */
export const queryKeys = {
  tenantScope: (tenantId: string) => ["tenant", tenantId] as const,
  tenant: (tenantId: string) => ["tenant", tenantId, "tenant"] as const,
  destinations: (tenantId: string) => ["tenant", tenantId, "destinations"] as const,
  destination: (tenantId: string, destinationId: string) =>
    ["tenant", tenantId, "destinations", destinationId] as const,
  destinationTypes: (tenantId: string) => ["tenant", tenantId, "destination-types"] as const,
  topics: (tenantId: string) => ["tenant", tenantId, "topics"] as const,
  attempts: (tenantId: string, filters: Query = {}) =>
    ["tenant", tenantId, "attempts", filters] as const,
  attempt: (tenantId: string, attemptId: string) =>
    ["tenant", tenantId, "attempt", attemptId] as const,
  events: (tenantId: string, filters: Query = {}) =>
    ["tenant", tenantId, "events", filters] as const,
  event: (tenantId: string, eventId: string) => ["tenant", tenantId, "event", eventId] as const,
  metrics: (tenantId: string, kind: "events" | "attempts", params: Query) =>
    ["tenant", tenantId, "metrics", kind, params] as const,
};
