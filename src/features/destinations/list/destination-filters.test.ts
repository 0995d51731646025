import { describe, expect, it } from "vitest";
import type { Destination } from "@/api/types";
import { filterDestinations, filtersFromParams } from "./destination-filters";

function destination(
  id: string,
  topics: Destination["topics"],
  extra: Partial<Destination> = {},
): Destination {
  return {
    id,
    type: "webhook",
    topics,
    config: { url: `https://${id}.example/hook` },
    credentials: {},
    disabled_at: null,
    created_at: "2026-01-01T00:00:00Z",
    updated_at: "2026-01-01T00:00:00Z",
    ...extra,
  };
}

const all = [
  destination("every", "*"),
  destination("listed", ["order.paid", "user.created"]),
  destination("prefix", ["order.*"]),
  destination("middle", ["order.*.eu"]),
  destination("off", ["user.deleted"], {
    disabled_at: "2026-01-02T00:00:00Z",
    target: "Legacy hook",
  }),
];

const ids = (query: string) =>
  filterDestinations(all, filtersFromParams(new URLSearchParams(query)), undefined).map(
    (d) => d.id,
  );

describe("filterDestinations", () => {
  it("matches topics exactly, through wildcards anywhere in a pattern, and through '*'", () => {
    expect(ids("topic=order.paid")).toEqual(["every", "listed", "prefix"]);
    expect(ids("topic=order.refund.eu")).toEqual(["every", "prefix", "middle"]);
    expect(ids("topic=user.deleted")).toEqual(["every", "off"]);
  });

  it("filters by status and searches targets, type labels and ids", () => {
    expect(ids("status=disabled")).toEqual(["off"]);
    expect(ids("status=active")).toEqual(["every", "listed", "prefix", "middle"]);
    expect(ids("q=legacy")).toEqual(["off"]);
    expect(ids("q=PREFIX.example")).toEqual(["prefix"]);
    expect(ids("q=webhook&status=disabled")).toEqual(["off"]);
  });
});
