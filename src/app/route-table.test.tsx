import { matchRoutes } from "react-router";
import { describe, expect, it } from "vitest";
import { pathTo, ROUTE_PATHS, type RouteId } from "@/lib/paths";
import { ROUTE_TABLE, ROUTER_ROUTES, type AppRoute } from "./route-table";

function flatten(routes: AppRoute[]): AppRoute[] {
  return routes.flatMap((route) => [route, ...flatten(route.children ?? [])]);
}

const routes = flatten(ROUTE_TABLE);
const withPath = routes.filter((route) => !route.index);

describe("the route table and the paths module", () => {
  it("gives every route with a path its entry in ROUTE_PATHS, with that very path", () => {
    for (const route of withPath) {
      expect(Object.keys(ROUTE_PATHS), `route "${route.id}" has no ROUTE_PATHS entry`).toContain(
        route.id,
      );
      expect(route.path, `route "${route.id}"`).toBe(ROUTE_PATHS[route.id as RouteId]);
    }
  });

  it("has a route for every entry of ROUTE_PATHS, once", () => {
    expect(withPath.map((route) => route.id).sort()).toEqual(Object.keys(ROUTE_PATHS).sort());
  });

  it("gives index routes no path of their own and their parent's id as a prefix", () => {
    for (const parent of routes) {
      for (const child of (parent.children ?? []).filter((c) => c.index)) {
        expect(child.path).toBeUndefined();
        expect(child.id).toBe(`${parent.id}:index`);
      }
    }
  });

  it.each([
    ["destinations", pathTo("destinations")],
    ["newDestination", pathTo("newDestination")],
    ["destination:index", pathTo("destination", { id: "des 1" })],
    ["deliveries", pathTo("deliveries", { id: "des_1" }, "?status=failed")],
    ["attempt", pathTo("attempt", { id: "des_1", attemptId: "att/1" })],
    ["metrics", pathTo("metrics", { id: "des_1" })],
    ["settings", pathTo("settings", { id: "des_1" })],
    ["activity", pathTo("activity", {}, new URLSearchParams({ topic: "a.b" }))],
    ["event", pathTo("event", { eventId: "evt_1" })],
    ["tenant", pathTo("tenant")],
    ["notFound", "/destinations/des_1/bogus"],
    ["notFound", "/foo/bar"],
  ])("routes the link pathTo builds for %s there", (id, href) => {
    const url = new URL(href, "http://portal.test");
    const matches = matchRoutes(ROUTER_ROUTES, url.pathname) ?? [];
    expect(matches.at(-1)?.route.id).toBe(id);
  });

  it("encodes params and keeps the query", () => {
    expect(pathTo("attempt", { id: "des 1", attemptId: "a/b" }, "?status=failed")).toBe(
      "/destinations/des%201/deliveries/a%2Fb?status=failed",
    );
    expect(pathTo("activity", {}, "")).toBe("/activity");
  });
});
