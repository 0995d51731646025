import { QueryClient, keepPreviousData, type QueryKey } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { attemptQuery, attemptsQuery, retryRefreshes } from "./attempts";
import { destinationQuery, destinationsQuery } from "./destinations";
import { eventQuery, eventsQuery } from "./events";
import { metricsQuery } from "./metrics";
import { LIST_PAGE_GC_MS } from "./query-client";
import { queryKeys } from "./query-keys";
import { tenantQuery } from "./tenant";

const range = { start: "2026-01-01T00:00:00Z", end: "2026-01-02T00:00:00Z", measures: ["count"] };

/** A cache holding one query of each kind for tenants t1 and t2. */
function seededCache() {
  const client = new QueryClient();
  const keys = (tenantId: string): Record<string, QueryKey> => ({
    tenant: tenantQuery(tenantId).queryKey,
    destinations: destinationsQuery(tenantId).queryKey,
    destination: destinationQuery(tenantId, "d1").queryKey,
    attempts: attemptsQuery(tenantId, { status: "failed" }).queryKey,
    attempt: attemptQuery(tenantId, "d1", "a1").queryKey,
    events: eventsQuery(tenantId, { topic: ["order.created"] }).queryKey,
    event: eventQuery(tenantId, "e1").queryKey,
    metrics: metricsQuery(tenantId, "attempts", range).queryKey,
  });
  const all = { t1: keys("t1"), t2: keys("t2") };
  for (const tenant of Object.values(all)) {
    for (const key of Object.values(tenant)) client.setQueryData(key, {});
  }
  /** Names ("t1.attempts", …) of the queries an invalidation marked stale. */
  const invalidated = () =>
    Object.entries(all).flatMap(([tenantId, tenant]) =>
      Object.entries(tenant)
        .filter(([, key]) => client.getQueryState(key)?.isInvalidated)
        .map(([name]) => `${tenantId}.${name}`),
    );
  return { client, invalidated };
}

describe("query keys", () => {
  it("nest details and lists under their resource, and every resource under its tenant", () => {
    expect(queryKeys.destinations.detail("t1", "d1")).toEqual([
      "tenant",
      "t1",
      "destinations",
      "detail",
      "d1",
    ]);
    expect(queryKeys.attempts.list("t1", { status: "failed" })).toEqual([
      "tenant",
      "t1",
      "attempts",
      "list",
      { status: "failed" },
    ]);
  });

  it("invalidate a resource's lists and details with its `all` key, and nothing else", async () => {
    const { client, invalidated } = seededCache();
    await client.invalidateQueries({ queryKey: queryKeys.destinations.all("t1") });
    expect(invalidated()).toEqual(["t1.destinations", "t1.destination"]);
  });

  it("invalidate only the lists with `lists()`", async () => {
    const { client, invalidated } = seededCache();
    await client.invalidateQueries({ queryKey: queryKeys.events.lists("t1") });
    expect(invalidated()).toEqual(["t1.events"]);
  });

  it("drop one tenant's queries with its scope", async () => {
    const { client, invalidated } = seededCache();
    await client.invalidateQueries({ queryKey: queryKeys.scope("t2") });
    expect(invalidated()).toEqual(
      [
        "tenant",
        "destinations",
        "destination",
        "attempts",
        "attempt",
        "events",
        "event",
        "metrics",
      ].map((name) => `t2.${name}`),
    );
  });

  it("a retry refreshes attempts, events and metrics of its tenant, not destinations or the tenant", async () => {
    const { client, invalidated } = seededCache();
    for (const keys of retryRefreshes) {
      await client.invalidateQueries({ queryKey: keys.all("t1") });
    }
    expect(invalidated()).toEqual([
      "t1.attempts",
      "t1.attempt",
      "t1.events",
      "t1.event",
      "t1.metrics",
    ]);
  });

  it("read a list's filters back by shape, and nothing from other keys", () => {
    const key = metricsQuery("t1", "events", range).queryKey;
    expect(queryKeys.metrics.filtersOf("t1", key)).toEqual({
      kind: "events",
      query: expect.objectContaining({ "time[start]": range.start, "measures[]": ["count"] }),
    });
    expect(queryKeys.metrics.filtersOf("t2", key)).toBeUndefined();
    expect(queryKeys.metrics.filtersOf("t1", queryKeys.metrics.details("t1"))).toBeUndefined();
    expect(queryKeys.events.filtersOf("t1", key)).toBeUndefined();
  });
});

describe("paged list options", () => {
  // Route prefetch and screen read the same options object, so they must live in it.
  it.each([
    ["attempts", attemptsQuery("t1")],
    ["events", eventsQuery("t1")],
  ])("%s keep the previous page while paging and drop visited pages soon", (_name, options) => {
    expect(options.placeholderData).toBe(keepPreviousData);
    expect(options.gcTime).toBe(LIST_PAGE_GC_MS);
  });
});
