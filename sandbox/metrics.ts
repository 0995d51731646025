import { badRequest } from "./http-errors.ts";
import { timeRange } from "./pagination.ts";
import type { QueryParams } from "./query.ts";
import type { Store } from "./store.ts";
import { DAY, HOUR, isoSeconds, MINUTE, parseRfc3339, SECOND } from "./time.ts";
import type { AttemptRecord, EventRecord, JsonObject } from "./types.ts";

export type MetricsKind = "events" | "attempts";

export const EVENT_MEASURES = ["count", "rate"] as const;
export const ATTEMPT_MEASURES = [
  "count",
  "successful_count",
  "failed_count",
  "error_rate",
  "first_attempt_count",
  "retry_count",
  "manual_retry_count",
  "avg_attempt_number",
  "rate",
  "successful_rate",
  "failed_rate",
] as const;
export const EVENT_DIMENSIONS = ["tenant_id", "topic", "destination_id"] as const;
export const ATTEMPT_DIMENSIONS = [
  "tenant_id",
  "destination_id",
  "destination_type",
  "topic",
  "status",
  "code",
  "manual",
  "attempt_number",
] as const;

const ROW_LIMIT = 100_000;
const MAX_BUCKETS = 100_000;

export interface Granularity {
  value: number;
  unit: "s" | "m" | "h" | "d" | "w" | "M";
}

export interface MetricsQuery {
  start: number;
  end: number;
  granularity: Granularity | null;
  measures: string[];
  dimensions: string[];
  filters: Record<string, string[]>;
  /** Tenants to include; null means every tenant (admin without tenant filter). */
  tenantIds: string[] | null;
}

const UNIT_LIMITS: Record<Granularity["unit"], number> = {
  s: 60,
  m: 60,
  h: 24,
  d: 31,
  w: 4,
  M: 12,
};

export function parseGranularity(raw: string | undefined): Granularity | null {
  if (raw === undefined || raw === "") return null;
  const m = /^(\d+)([smhdwM])$/.exec(raw);
  if (!m)
    throw badRequest(
      `invalid granularity "${raw}": expected <number><unit> with unit one of s, m, h, d, w, M`,
    );
  const value = Number(m[1]);
  const unit = m[2] as Granularity["unit"];
  if (value < 1 || value > UNIT_LIMITS[unit]) {
    throw badRequest(
      `invalid granularity "${raw}": ${unit} must be between 1 and ${UNIT_LIMITS[unit]}`,
    );
  }
  return { value, unit };
}

const EPOCH_SUNDAY = Date.UTC(1970, 0, 4);

/** Start of the bucket containing `ms`, aligned in UTC. */
export function truncateTime(ms: number, g: Granularity): number {
  switch (g.unit) {
    case "s":
    case "m":
    case "h": {
      const size = g.value * (g.unit === "s" ? SECOND : g.unit === "m" ? MINUTE : HOUR);
      return Math.floor(ms / size) * size;
    }
    case "d": {
      const days = Math.floor(ms / DAY);
      return Math.floor(days / g.value) * g.value * DAY;
    }
    case "w": {
      const weeks = Math.floor((ms - EPOCH_SUNDAY) / (7 * DAY));
      return EPOCH_SUNDAY + Math.floor(weeks / g.value) * g.value * 7 * DAY;
    }
    case "M": {
      const d = new Date(ms);
      const months = (d.getUTCFullYear() - 1970) * 12 + d.getUTCMonth();
      const aligned = Math.floor(months / g.value) * g.value;
      return Date.UTC(1970 + Math.floor(aligned / 12), aligned % 12, 1);
    }
  }
}

export function advanceTime(ms: number, g: Granularity): number {
  switch (g.unit) {
    case "s":
      return ms + g.value * SECOND;
    case "m":
      return ms + g.value * MINUTE;
    case "h":
      return ms + g.value * HOUR;
    case "d":
      return ms + g.value * DAY;
    case "w":
      return ms + g.value * 7 * DAY;
    case "M": {
      const d = new Date(ms);
      return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + g.value, 1);
    }
  }
}

export function generateBuckets(start: number, end: number, g: Granularity): number[] {
  const out: number[] = [];
  for (let t = truncateTime(start, g); t < end; t = advanceTime(t, g)) {
    if (out.length >= MAX_BUCKETS)
      throw badRequest(`time range produces more than ${MAX_BUCKETS} buckets`);
    out.push(t);
  }
  return out;
}

export function parseMetricsQuery(
  query: QueryParams,
  kind: MetricsKind,
): Omit<MetricsQuery, "tenantIds"> {
  const time = query.getObject("time");
  const startRaw = time.start;
  const endRaw = time.end;
  if (!startRaw || !endRaw) throw badRequest("time[start] and time[end] are required");
  const start = parseRfc3339(startRaw);
  if (start === null) throw badRequest("invalid time[start]: expected an RFC 3339 timestamp");
  const end = parseRfc3339(endRaw);
  if (end === null) throw badRequest("invalid time[end]: expected an RFC 3339 timestamp");
  if (end < start) throw badRequest("time[end] must not be before time[start]");

  const granularity = parseGranularity(query.get("granularity"));

  const allowedMeasures: readonly string[] = kind === "events" ? EVENT_MEASURES : ATTEMPT_MEASURES;
  const allowedDimensions: readonly string[] =
    kind === "events" ? EVENT_DIMENSIONS : ATTEMPT_DIMENSIONS;

  const measures = [...new Set(query.getAll("measures"))];
  if (measures.length === 0) throw badRequest("at least one measures[] is required");
  for (const m of measures)
    if (!allowedMeasures.includes(m)) throw badRequest(`unknown measure "${m}"`);

  const dimensions = [...new Set(query.getAll("dimensions"))];
  for (const d of dimensions)
    if (!allowedDimensions.includes(d)) throw badRequest(`unknown dimension "${d}"`);

  const filters: Record<string, string[]> = {};
  for (const key of allowedDimensions) {
    const values = query.getAll(`filters[${key}]`);
    if (values.length > 0) filters[key] = values;
  }
  if (granularity) generateBuckets(start, end, granularity); // rejects absurd ranges early
  return { start, end, granularity, measures, dimensions, filters };
}

interface Row {
  tenant_id: string;
  topic: string;
  destination_id: string;
  destination_type: string;
  status: string;
  code: string;
  manual: string;
  attempt_number: string;
  time: number;
  success: boolean;
  attemptNumber: number;
  isManual: boolean;
}

interface Acc {
  bucket: number | null;
  dims: Record<string, string>;
  count: number;
  successful: number;
  failed: number;
  first: number;
  retries: number;
  manual: number;
  attemptSum: number;
}

function rowOfAttempt(a: AttemptRecord): Row {
  return {
    tenant_id: a.tenantId,
    topic: a.topic,
    destination_id: a.destinationId,
    destination_type: a.destinationType,
    status: a.status,
    code: a.code,
    manual: a.manual ? "true" : "false",
    attempt_number: String(a.attemptNumber),
    time: a.time,
    success: a.status === "success",
    attemptNumber: a.attemptNumber,
    isManual: a.manual,
  };
}

function collectSorted<T extends { time: number }>(
  store: Store,
  tenantIds: string[] | null,
  pick: (tenantId?: string) => readonly T[],
  start: number,
  end: number,
  visit: (item: T) => void,
): void {
  const lists =
    tenantIds === null
      ? [pick()]
      : tenantIds.filter((id) => store.hasTenant(id)).map((id) => pick(id));
  for (const list of lists) {
    const [lo, hi] = timeRange(list, (x) => x.time, { gte: start, lt: end });
    for (let i = lo; i < hi; i++) visit(list[i] as T);
  }
}

function bucketSeconds(bucket: number | null, q: MetricsQuery): number {
  if (bucket === null || q.granularity === null) return Math.max((q.end - q.start) / SECOND, 1);
  return (advanceTime(bucket, q.granularity) - bucket) / SECOND;
}

const ratio = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

/** Each attempt measure from a bucket's tallies; rates are per second of the bucket. */
const MEASURE_VALUES: Record<string, (acc: Acc, seconds: number) => number> = {
  count: (acc) => acc.count,
  successful_count: (acc) => acc.successful,
  failed_count: (acc) => acc.failed,
  error_rate: (acc) => ratio(acc.failed, acc.count),
  first_attempt_count: (acc) => acc.first,
  retry_count: (acc) => acc.retries,
  manual_retry_count: (acc) => acc.manual,
  avg_attempt_number: (acc) => ratio(acc.attemptSum, acc.count),
  rate: (acc, seconds) => acc.count / seconds,
  successful_rate: (acc, seconds) => acc.successful / seconds,
  failed_rate: (acc, seconds) => acc.failed / seconds,
};

function measureValues(acc: Acc, q: MetricsQuery): JsonObject {
  const seconds = bucketSeconds(acc.bucket, q);
  const metrics: JsonObject = {};
  for (const m of q.measures) {
    if (Object.hasOwn(MEASURE_VALUES, m)) metrics[m] = MEASURE_VALUES[m]!(acc, seconds);
  }
  return metrics;
}

function emptyAcc(bucket: number | null, dims: Record<string, string>): Acc {
  return {
    bucket,
    dims,
    count: 0,
    successful: 0,
    failed: 0,
    first: 0,
    retries: 0,
    manual: 0,
    attemptSum: 0,
  };
}

function aggregate(
  rows: Iterable<Row>,
  q: MetricsQuery,
): { data: JsonObject[]; truncated: boolean } {
  const filterEntries = Object.entries(q.filters) as Array<[keyof Row, string[]]>;
  const groups = new Map<string, Acc>();
  for (const row of rows) {
    if (!filterEntries.every(([key, values]) => values.includes(row[key] as string))) continue;
    const bucket = q.granularity ? truncateTime(row.time, q.granularity) : null;
    const dims: Record<string, string> = {};
    for (const d of q.dimensions) dims[d] = row[d as keyof Row] as string;
    const dimKey = JSON.stringify(q.dimensions.map((d) => dims[d]));
    const key = `${bucket ?? ""}|${dimKey}`;
    let acc = groups.get(key);
    if (!acc) {
      acc = emptyAcc(bucket, dims);
      groups.set(key, acc);
    }
    acc.count += 1;
    if (row.success) acc.successful += 1;
    else acc.failed += 1;
    if (row.attemptNumber === 1) acc.first += 1;
    else acc.retries += 1;
    if (row.isManual) acc.manual += 1;
    acc.attemptSum += row.attemptNumber;
  }

  let accs: Acc[];
  if (q.granularity) {
    const slots = generateBuckets(q.start, q.end, q.granularity);
    const combos = new Map<string, Record<string, string>>();
    if (q.dimensions.length === 0) combos.set("[]", {});
    for (const acc of groups.values())
      combos.set(JSON.stringify(q.dimensions.map((d) => acc.dims[d])), acc.dims);
    const comboKeys = [...combos.keys()].sort();
    accs = [];
    for (const comboKey of comboKeys) {
      const dims = combos.get(comboKey) ?? {};
      for (const slot of slots)
        accs.push(groups.get(`${slot}|${comboKey}`) ?? emptyAcc(slot, dims));
    }
  } else {
    accs = [...groups.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, acc]) => acc);
  }

  const truncated = accs.length > ROW_LIMIT;
  const data = accs.slice(0, ROW_LIMIT).map((acc) => {
    const point: JsonObject = {};
    if (acc.bucket !== null) point.time_bucket = isoSeconds(acc.bucket);
    point.dimensions = acc.dims;
    point.metrics = measureValues(acc, q);
    return point;
  });
  return { data, truncated };
}

function* attemptRows(store: Store, q: MetricsQuery): Generator<Row> {
  const attempts: AttemptRecord[] = [];
  collectSorted(
    store,
    q.tenantIds,
    (t) => store.attemptsSorted(t),
    q.start,
    q.end,
    (a) => attempts.push(a),
  );
  for (const a of attempts) yield rowOfAttempt(a);
}

function* eventRows(store: Store, q: MetricsQuery): Generator<Row> {
  const events: EventRecord[] = [];
  collectSorted(
    store,
    q.tenantIds,
    (t) => store.eventsSorted(t),
    q.start,
    q.end,
    (e) => events.push(e),
  );
  const perDestination =
    q.dimensions.includes("destination_id") || q.filters.destination_id !== undefined;
  for (const e of events) {
    const base = {
      tenant_id: e.tenantId,
      topic: e.topic,
      destination_type: "",
      status: "",
      code: "",
      manual: "false",
      attempt_number: "",
      time: e.time,
      success: true,
      attemptNumber: 1,
      isManual: false,
    };
    if (perDestination) {
      for (const destinationId of e.matchedDestinationIds)
        yield { ...base, destination_id: destinationId };
    } else {
      yield { ...base, destination_id: "" };
    }
  }
}

export function computeMetrics(store: Store, kind: MetricsKind, q: MetricsQuery): JsonObject {
  const started = performance.now();
  const rows = kind === "events" ? eventRows(store, q) : attemptRows(store, q);
  const { data, truncated } = aggregate(rows, q);
  const metadata: JsonObject = {};
  if (q.granularity) metadata.granularity = `${q.granularity.value}${q.granularity.unit}`;
  metadata.query_time_ms = Math.round(performance.now() - started);
  metadata.row_count = data.length;
  metadata.row_limit = ROW_LIMIT;
  metadata.truncated = truncated;
  return { data, metadata };
}
