import { describe, expect, it } from "vitest";
import { QueryParams } from "./query.ts";

describe("QueryParams.getAll", () => {
  it("reads repeated keys", () => {
    expect(new QueryParams("topic=a&topic=b").getAll("topic")).toEqual(["a", "b"]);
  });

  it("reads k[] keys, raw and percent-encoded", () => {
    expect(new QueryParams("topic[]=a&topic[]=b").getAll("topic")).toEqual(["a", "b"]);
    expect(new QueryParams("topic%5B%5D=a&topic%5B%5D=b").getAll("topic")).toEqual(["a", "b"]);
  });

  it("orders k[N] keys by index, not by position", () => {
    expect(
      new QueryParams("topic[1]=second&topic[0]=first&topic[10]=last").getAll("topic"),
    ).toEqual(["first", "second", "last"]);
  });

  it("splits comma lists and trims, dropping empties", () => {
    expect(new QueryParams("include=event, response_data,,").getAll("include")).toEqual([
      "event",
      "response_data",
    ]);
    expect(
      new QueryParams("include=event,response_data").getAll("include", { splitCommas: false }),
    ).toEqual(["event,response_data"]);
  });

  it("mixes all forms", () => {
    const q = new QueryParams("id=a&id[]=b&id[1]=d&id[0]=c&id=e,f");
    expect(q.getAll("id")).toEqual(["a", "b", "e", "f", "c", "d"]);
  });

  it("reads nested array keys such as filters[destination_id][]", () => {
    const q = new QueryParams(
      "filters[destination_id][]=d1&filters%5Bdestination_id%5D%5B%5D=d2&filters[destination_id][2]=d3&filters[topic]=t1",
    );
    expect(q.getAll("filters[destination_id]")).toEqual(["d1", "d2", "d3"]);
    expect(q.getAll("filters[topic]")).toEqual(["t1"]);
    expect(q.getAll("filters[status]")).toEqual([]);
  });

  it("does not confuse keys sharing a prefix", () => {
    const q = new QueryParams("topics=a&topic=b&topic_x=c&topic[gte]=d");
    expect(q.getAll("topic")).toEqual(["b"]);
    expect(q.getAll("topics")).toEqual(["a"]);
  });
});

describe("QueryParams.get / getObject / has", () => {
  it("returns the first scalar value in any form", () => {
    expect(new QueryParams("limit=5&limit=6").get("limit")).toBe("5");
    expect(new QueryParams("status[]=failed").get("status")).toBe("failed");
    expect(new QueryParams("next=a,b").get("next")).toBe("a,b");
    expect(new QueryParams("x=1").get("missing")).toBeUndefined();
    expect(new QueryParams("x=").has("x")).toBe(false);
    expect(new QueryParams("x=1").has("x")).toBe(true);
  });

  it("reads deep-object operators", () => {
    const q = new QueryParams(
      "time[gte]=2024-01-01T00:00:00Z&time%5Blt%5D=2024-02-01&time[0]=ignored&other[gte]=x",
    );
    expect(q.getObject("time")).toEqual({ gte: "2024-01-01T00:00:00Z", lt: "2024-02-01" });
    expect(new QueryParams("time[start]=a&time[end]=b").getObject("time")).toEqual({
      start: "a",
      end: "b",
    });
  });

  it("parses from a full URL", () => {
    const q = QueryParams.fromUrl("http://localhost/api/v1/attempts?topic=a&topic=b#frag");
    expect(q.getAll("topic")).toEqual(["a", "b"]);
    expect(QueryParams.fromUrl("http://localhost/x").keys()).toEqual([]);
  });
});
