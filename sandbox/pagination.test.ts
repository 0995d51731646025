import { describe, expect, it } from "vitest";
import {
  decodeCursor,
  encodeCursor,
  paginate,
  type Dir,
  type Key,
  type PageRequest,
  type TimeBounds,
} from "./pagination.ts";

interface Item {
  id: string;
  time: number;
}

// 100 items, two per timestamp, sorted by (time, id).
const items: Item[] = Array.from({ length: 100 }, (_, i) => ({
  id: `i${String(i).padStart(3, "0")}`,
  time: Math.floor(i / 2),
}));
const keyOf = (x: Item): Key => [x.time, x.id];

function walk(
  dir: Dir,
  limit: number,
  match: (x: Item) => boolean,
  bounds: TimeBounds = {},
): { forward: string[][]; backward: string[][] } {
  const forward: string[][] = [];
  let req: PageRequest = { dir, limit, next: null, prev: null };
  let lastPrev: string | null;
  for (;;) {
    const page = paginate(items, keyOf, req, match, bounds);
    forward.push(page.items.map((x) => x.id));
    lastPrev = page.prev;
    if (page.next === null) break;
    req = { dir, limit, next: decodeCursor(page.next), prev: null };
  }
  const backward: string[][] = [];
  while (lastPrev !== null) {
    const page = paginate(
      items,
      keyOf,
      { dir, limit, next: null, prev: decodeCursor(lastPrev) },
      match,
      bounds,
    );
    backward.unshift(page.items.map((x) => x.id));
    lastPrev = page.prev;
  }
  return { forward, backward };
}

describe("paginate", () => {
  it("walks filtered items in both directions", () => {
    const even = (x: Item) => Number(x.id.slice(1)) % 2 === 0;
    const expected = items.filter(even).map((x) => x.id);
    for (const dir of ["asc", "desc"] as const) {
      const { forward, backward } = walk(dir, 7, even);
      expect(forward.flat()).toEqual(dir === "asc" ? expected : [...expected].reverse());
      expect(forward.slice(0, -1).every((p) => p.length === 7)).toBe(true);
      expect(backward).toEqual(forward.slice(0, -1));
    }
  });

  it("respects time bounds", () => {
    const { forward } = walk("asc", 4, () => true, { gte: 10, lt: 13 });
    expect(forward.flat()).toEqual(["i020", "i021", "i022", "i023", "i024", "i025"]);
    const { forward: desc } = walk("desc", 4, () => true, { gt: 10, lte: 12 });
    expect(desc.flat()).toEqual(["i025", "i024", "i023", "i022"]);
  });

  it("handles empty results and cursors outside the range", () => {
    expect(
      paginate([], keyOf, { dir: "desc", limit: 5, next: null, prev: null }, () => true),
    ).toEqual({
      items: [],
      next: null,
      prev: null,
    });
    const page = paginate(
      items,
      keyOf,
      { dir: "asc", limit: 3, next: [-5, ""], prev: null },
      () => true,
      { gte: 40 },
    );
    expect(page.items.map((x) => x.id)).toEqual(["i080", "i081", "i082"]);
  });

  it("encodes cursors opaquely and rejects garbage", () => {
    const cursor = encodeCursor([1700000000000, "evt_1"]);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor)).toEqual([1700000000000, "evt_1"]);
    expect(() => decodeCursor("nope")).toThrow("invalid cursor");
    expect(() => decodeCursor(encodeCursor([1, "a"]).slice(0, -2))).toThrow("invalid cursor");
  });
});
