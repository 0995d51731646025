import { badRequest } from "./http-errors.ts";
import type { QueryParams } from "./query.ts";
import { parseDateFilterValue } from "./time.ts";

export type Dir = "asc" | "desc";
/** Sort key: time (ms) then id, so cursors stay valid while items are added. */
export type Key = readonly [number, string];

export interface Pagination {
  order_by: string;
  dir: Dir;
  limit: number;
  next: string | null;
  prev: string | null;
}

export interface PageRequest {
  dir: Dir;
  limit: number;
  next: Key | null;
  prev: Key | null;
}

export interface TimeBounds {
  gte?: number;
  gt?: number;
  lte?: number;
  lt?: number;
}

export function compareKeys(a: Key, b: Key): number {
  if (a[0] !== b[0]) return a[0] - b[0];
  return a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0;
}

export function encodeCursor(key: Key): string {
  return Buffer.from(JSON.stringify([key[0], key[1]]), "utf8").toString("base64url");
}

export function decodeCursor(cursor: string): Key {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      typeof value[0] === "number" &&
      Number.isFinite(value[0]) &&
      typeof value[1] === "string"
    ) {
      return [value[0], value[1]];
    }
  } catch {
    // fall through
  }
  throw badRequest("invalid cursor");
}

/** Reads limit/dir/next/prev the way Outpost does: bad limits fall back, big ones are capped. */
export function parsePageRequest(
  query: QueryParams,
  defaults: { limit: number; maxLimit: number },
): PageRequest {
  const next = query.get("next");
  const prev = query.get("prev");
  if (next !== undefined && prev !== undefined) {
    throw badRequest("next and prev cursors are mutually exclusive");
  }
  const dirRaw = query.get("dir");
  if (dirRaw !== undefined && dirRaw !== "asc" && dirRaw !== "desc") {
    throw badRequest("dir must be 'asc' or 'desc'");
  }
  let limit = defaults.limit;
  const limitRaw = query.get("limit");
  if (limitRaw !== undefined && /^\d+$/.test(limitRaw) && Number(limitRaw) > 0) {
    limit = Math.min(Number(limitRaw), defaults.maxLimit);
  }
  return {
    dir: dirRaw ?? "desc",
    limit,
    next: next === undefined ? null : decodeCursor(next),
    prev: prev === undefined ? null : decodeCursor(prev),
  };
}

export function parseOrderBy(query: QueryParams, allowed: readonly string[]): string {
  const value = query.get("order_by");
  if (value === undefined) return allowed[0] ?? "time";
  if (!allowed.includes(value)) throw badRequest(`order_by must be one of: ${allowed.join(", ")}`);
  return value;
}

export function parseTimeBounds(query: QueryParams, key = "time"): TimeBounds {
  const raw = query.getObject(key);
  const bounds: TimeBounds = {};
  for (const op of ["gte", "gt", "lte", "lt"] as const) {
    const value = raw[op];
    if (value === undefined || value === "") continue;
    const ms = parseDateFilterValue(value);
    if (ms === null) throw badRequest(`invalid ${key}[${op}]: expected RFC 3339 or YYYY-MM-DD`);
    bounds[op] = ms;
  }
  return bounds;
}

function lowerBoundTime<T>(
  items: readonly T[],
  timeOf: (t: T) => number,
  time: number,
  inclusive: boolean,
): number {
  // First index whose time is >= time (inclusive) or > time (exclusive).
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const t = timeOf(items[mid] as T);
    if (inclusive ? t < time : t <= time) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index whose key is >= key (or > key when `strict`). */
function keyBound<T>(items: readonly T[], keyOf: (t: T) => Key, key: Key, strict: boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const c = compareKeys(keyOf(items[mid] as T), key);
    if (strict ? c <= 0 : c < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index range [lo, hi) of items whose time lies within the bounds. */
export function timeRange<T>(
  items: readonly T[],
  timeOf: (t: T) => number,
  bounds: TimeBounds,
): [number, number] {
  let lo = 0;
  let hi = items.length;
  if (bounds.gte !== undefined) lo = Math.max(lo, lowerBoundTime(items, timeOf, bounds.gte, true));
  if (bounds.gt !== undefined) lo = Math.max(lo, lowerBoundTime(items, timeOf, bounds.gt, false));
  if (bounds.lte !== undefined) hi = Math.min(hi, lowerBoundTime(items, timeOf, bounds.lte, false));
  if (bounds.lt !== undefined) hi = Math.min(hi, lowerBoundTime(items, timeOf, bounds.lt, true));
  return [lo, Math.max(lo, hi)];
}

export interface Page<T> {
  items: T[];
  next: string | null;
  prev: string | null;
}

/**
 * Seek pagination over `items` sorted ascending by key. Cost is proportional
 * to the items scanned, never to the position of the page.
 */
export function paginate<T>(
  items: readonly T[],
  keyOf: (t: T) => Key,
  req: PageRequest,
  match: (t: T) => boolean,
  bounds: TimeBounds = {},
): Page<T> {
  const [lo, hi] = timeRange(items, (t) => keyOf(t)[0], bounds);
  const forward = req.dir === "asc" ? 1 : -1;

  const collect = (start: number, step: number, max: number): number[] => {
    const found: number[] = [];
    const from = step > 0 ? Math.max(start, lo) : Math.min(start, hi - 1);
    for (let i = from; i >= lo && i < hi && found.length < max; i += step) {
      if (match(items[i] as T)) found.push(i);
    }
    return found;
  };
  const anyFrom = (start: number, step: number): boolean => collect(start, step, 1).length > 0;
  const keyAt = (i: number): string => encodeCursor(keyOf(items[i] as T));

  if (req.prev !== null) {
    // Walk backwards (against the sort direction) from just before the cursor.
    const start =
      forward === 1
        ? keyBound(items, keyOf, req.prev, false) - 1
        : keyBound(items, keyOf, req.prev, true);
    const found = collect(start, -forward, req.limit + 1);
    const pageIdx = found.slice(0, req.limit).reverse();
    const first = pageIdx[0];
    const last = pageIdx[pageIdx.length - 1];
    return {
      items: pageIdx.map((i) => items[i] as T),
      prev: found.length > req.limit && first !== undefined ? keyAt(first) : null,
      next: last !== undefined && anyFrom(last + forward, forward) ? keyAt(last) : null,
    };
  }

  let start: number;
  if (req.next !== null) {
    start =
      forward === 1
        ? keyBound(items, keyOf, req.next, true)
        : keyBound(items, keyOf, req.next, false) - 1;
  } else {
    start = forward === 1 ? lo : hi - 1;
  }
  const found = collect(start, forward, req.limit + 1);
  const pageIdx = found.slice(0, req.limit);
  const first = pageIdx[0];
  const last = pageIdx[pageIdx.length - 1];
  return {
    items: pageIdx.map((i) => items[i] as T),
    next: found.length > req.limit && last !== undefined ? keyAt(last) : null,
    prev:
      req.next !== null && first !== undefined && anyFrom(first - forward, -forward)
        ? keyAt(first)
        : null,
  };
}
