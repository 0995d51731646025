import { compareKeys, type Key } from "./pagination.ts";
import type {
  AttemptRecord,
  DestinationRecord,
  EventRecord,
  StringMap,
  TenantRecord,
  Timed,
} from "./types.ts";

/**
 * An array kept sorted by key. Appends in order (the common case: new data is
 * "now") cost O(1); out-of-order appends mark it for one sort on next read,
 * so bulk seeding stays O(n log n).
 */
export class SortedList<T> {
  private items: T[] = [];
  private dirty = false;
  private readonly keyOf: (item: T) => Key;

  constructor(keyOf: (item: T) => Key) {
    this.keyOf = keyOf;
  }

  add(item: T): void {
    const last = this.items[this.items.length - 1];
    if (this.dirty || last === undefined || compareKeys(this.keyOf(last), this.keyOf(item)) <= 0) {
      this.items.push(item);
      return;
    }
    // Slightly late items (same millisecond, older id) are spliced in place;
    // anything further back waits for one sort on the next read.
    const key = this.keyOf(item);
    let lo = 0;
    let hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareKeys(this.keyOf(this.items[mid] as T), key) <= 0) lo = mid + 1;
      else hi = mid;
    }
    if (this.items.length - lo <= 1024) this.items.splice(lo, 0, item);
    else {
      this.items.push(item);
      this.dirty = true;
    }
  }

  /** The items in ascending key order. */
  all(): readonly T[] {
    if (this.dirty) {
      this.items.sort((a, b) => compareKeys(this.keyOf(a), this.keyOf(b)));
      this.dirty = false;
    }
    return this.items;
  }

  removeWhere(predicate: (item: T) => boolean): void {
    this.items = this.items.filter((item) => !predicate(item));
  }

  /** Removes the `count` lowest items. */
  dropFirst(count: number): void {
    if (count <= 0) return;
    this.all();
    this.items.splice(0, count);
  }

  get size(): number {
    return this.items.length;
  }
}

export const timedKey = (item: Timed): Key => [item.time, item.id];
const tenantKey = (t: TenantRecord): Key => [t.createdAt, t.id];

interface TenantData {
  tenant: TenantRecord;
  destinations: Map<string, DestinationRecord>;
  /** Event IDs are unique per tenant: two tenants may use the same one. */
  eventsById: Map<string, EventRecord>;
  events: SortedList<EventRecord>;
  attempts: SortedList<AttemptRecord>;
  attemptsByDestination: Map<string, SortedList<AttemptRecord>>;
  attemptsByEvent: Map<string, AttemptRecord[]>;
}

export interface StoreLimits {
  /** Past this many events a tenant's oldest are evicted (down to 90% of it). */
  maxEventsPerTenant: number;
  /** Past this many attempts a tenant's oldest are evicted (down to 90% of it). */
  maxAttemptsPerTenant: number;
}

const UNLIMITED: StoreLimits = {
  maxEventsPerTenant: Number.POSITIVE_INFINITY,
  maxAttemptsPerTenant: Number.POSITIVE_INFINITY,
};

/** How many of a sorted list's oldest items go: those before `cutoff`, and those over `cap`. */
function evictionCount(items: readonly Timed[], cutoff: number, cap: number): number {
  const overCap = items.length > cap ? items.length - Math.floor(cap * 0.9) : 0;
  let count = overCap;
  while (count < items.length && (items[count] as Timed).time < cutoff) count++;
  return count;
}

/**
 * In-memory state of the sandbox. Every tenant's data lives in its own partition,
 * so deleting or evicting a tenant's data costs in proportion to that data alone.
 */
export class Store {
  private readonly tenants = new Map<string, TenantData>();
  private readonly tenantList = new SortedList<TenantRecord>(tenantKey);
  private readonly attemptsById = new Map<string, AttemptRecord>();
  private readonly limits: StoreLimits;
  /** Bumped on every change of events or attempts; the all-tenant views are cached per version. */
  private version = 0;
  private eventsView: { version: number; items: readonly EventRecord[] } | null = null;
  private attemptsView: { version: number; items: readonly AttemptRecord[] } | null = null;

  constructor(limits: StoreLimits = UNLIMITED) {
    this.limits = limits;
  }

  // ── tenants ──────────────────────────────────────────────────────────

  getTenant(id: string): TenantRecord | undefined {
    return this.tenants.get(id)?.tenant;
  }

  hasTenant(id: string): boolean {
    return this.tenants.has(id);
  }

  /** Creates or updates a tenant; metadata is replaced whole. */
  upsertTenant(
    id: string,
    metadata: StringMap | null,
    now: number,
    createdAt?: number,
  ): { tenant: TenantRecord; created: boolean } {
    const existing = this.tenants.get(id);
    if (existing) {
      existing.tenant.metadata = metadata;
      existing.tenant.updatedAt = now;
      return { tenant: existing.tenant, created: false };
    }
    const tenant: TenantRecord = { id, metadata, createdAt: createdAt ?? now, updatedAt: now };
    this.tenants.set(id, {
      tenant,
      destinations: new Map(),
      eventsById: new Map(),
      events: new SortedList<EventRecord>(timedKey),
      attempts: new SortedList<AttemptRecord>(timedKey),
      attemptsByDestination: new Map(),
      attemptsByEvent: new Map(),
    });
    this.tenantList.add(tenant);
    return { tenant, created: true };
  }

  /** Removes the tenant and everything it owns. */
  deleteTenant(id: string): boolean {
    const data = this.tenants.get(id);
    if (!data) return false;
    this.tenants.delete(id);
    this.tenantList.removeWhere((t) => t === data.tenant);
    for (const attempt of data.attempts.all()) this.attemptsById.delete(attempt.id);
    this.version++;
    return true;
  }

  /** Tenants in ascending (created_at, id) order. */
  tenantsSorted(): readonly TenantRecord[] {
    return this.tenantList.all();
  }

  tenantCount(): number {
    return this.tenants.size;
  }

  /** Union of the tenant's destination topics; ["*"] when any destination takes every topic. */
  tenantTopics(tenantId: string): string[] {
    const data = this.tenants.get(tenantId);
    if (!data) return [];
    const topics = new Set<string>();
    for (const d of data.destinations.values()) {
      if (d.topics === "*" || d.topics.includes("*")) return ["*"];
      for (const t of d.topics) topics.add(t);
    }
    return [...topics].sort();
  }

  destinationCount(tenantId: string): number {
    return this.tenants.get(tenantId)?.destinations.size ?? 0;
  }

  // ── destinations ─────────────────────────────────────────────────────

  listDestinations(tenantId: string): DestinationRecord[] {
    const data = this.tenants.get(tenantId);
    return data ? [...data.destinations.values()] : [];
  }

  getDestination(tenantId: string, destinationId: string): DestinationRecord | undefined {
    return this.tenants.get(tenantId)?.destinations.get(destinationId);
  }

  /** Stores a new or updated destination (the record is replaced). */
  putDestination(destination: DestinationRecord): void {
    const data = this.tenants.get(destination.tenantId);
    if (!data) throw new Error(`tenant ${destination.tenantId} does not exist`);
    data.destinations.set(destination.id, destination);
  }

  deleteDestination(tenantId: string, destinationId: string): boolean {
    return this.tenants.get(tenantId)?.destinations.delete(destinationId) ?? false;
  }

  // ── events ───────────────────────────────────────────────────────────

  addEvent(event: EventRecord): void {
    const data = this.tenants.get(event.tenantId);
    if (!data) throw new Error(`tenant ${event.tenantId} does not exist`);
    data.eventsById.set(event.id, event);
    data.events.add(event);
    this.version++;
    if (data.events.size > this.limits.maxEventsPerTenant)
      this.evictTenant(data, Number.NEGATIVE_INFINITY);
  }

  /** An event of one tenant. */
  getEvent(tenantId: string, id: string): EventRecord | undefined {
    return this.tenants.get(tenantId)?.eventsById.get(id);
  }

  /** The first event with this ID among `tenantIds` (every tenant when null). */
  findEvent(id: string, tenantIds: readonly string[] | null): EventRecord | undefined {
    for (const tenantId of tenantIds ?? this.tenants.keys()) {
      const event = this.getEvent(tenantId, id);
      if (event) return event;
    }
    return undefined;
  }

  /** Events in ascending (time, id) order, of one tenant or of all. */
  eventsSorted(tenantId?: string): readonly EventRecord[] {
    if (tenantId !== undefined) return this.tenants.get(tenantId)?.events.all() ?? [];
    if (this.eventsView?.version !== this.version)
      this.eventsView = { version: this.version, items: this.merged((d) => d.events.all()) };
    return this.eventsView.items;
  }

  // ── attempts ─────────────────────────────────────────────────────────

  addAttempt(attempt: AttemptRecord): void {
    const data = this.tenants.get(attempt.tenantId);
    if (!data) throw new Error(`tenant ${attempt.tenantId} does not exist`);
    this.attemptsById.set(attempt.id, attempt);
    data.attempts.add(attempt);
    let byDestination = data.attemptsByDestination.get(attempt.destinationId);
    if (!byDestination) {
      byDestination = new SortedList<AttemptRecord>(timedKey);
      data.attemptsByDestination.set(attempt.destinationId, byDestination);
    }
    byDestination.add(attempt);
    const byEvent = data.attemptsByEvent.get(attempt.eventId);
    if (byEvent) byEvent.push(attempt);
    else data.attemptsByEvent.set(attempt.eventId, [attempt]);
    this.version++;
    if (data.attempts.size > this.limits.maxAttemptsPerTenant)
      this.evictTenant(data, Number.NEGATIVE_INFINITY);
  }

  getAttempt(id: string): AttemptRecord | undefined {
    return this.attemptsById.get(id);
  }

  /** Attempts in ascending (time, id) order: of a destination, a tenant, or all. */
  attemptsSorted(tenantId?: string, destinationId?: string): readonly AttemptRecord[] {
    if (tenantId === undefined) {
      if (this.attemptsView?.version !== this.version)
        this.attemptsView = { version: this.version, items: this.merged((d) => d.attempts.all()) };
      return this.attemptsView.items;
    }
    const data = this.tenants.get(tenantId);
    if (!data) return [];
    if (destinationId === undefined) return data.attempts.all();
    return data.attemptsByDestination.get(destinationId)?.all() ?? [];
  }

  /** Attempts of one event (any order). */
  attemptsOfEvent(tenantId: string, eventId: string): readonly AttemptRecord[] {
    return this.tenants.get(tenantId)?.attemptsByEvent.get(eventId) ?? [];
  }

  /** Highest attempt number so far for an event/destination pair (0 when none). */
  lastAttemptNumber(tenantId: string, eventId: string, destinationId: string): number {
    let max = 0;
    for (const a of this.attemptsOfEvent(tenantId, eventId)) {
      if (a.destinationId === destinationId && a.attemptNumber > max) max = a.attemptNumber;
    }
    return max;
  }

  counts(): { tenants: number; events: number; attempts: number } {
    let events = 0;
    for (const data of this.tenants.values()) events += data.events.size;
    return { tenants: this.tenants.size, events, attempts: this.attemptsById.size };
  }

  // ── retention ────────────────────────────────────────────────────────

  /** Evicts every tenant's events and attempts older than `cutoff` (and any over the caps). */
  evictOlderThan(cutoff: number): void {
    for (const data of this.tenants.values()) {
      const oldestEvent = data.events.all()[0];
      const oldestAttempt = data.attempts.all()[0];
      if (
        (oldestEvent !== undefined && oldestEvent.time < cutoff) ||
        (oldestAttempt !== undefined && oldestAttempt.time < cutoff)
      )
        this.evictTenant(data, cutoff);
    }
  }

  /**
   * Drops a tenant's oldest events and attempts: those before `cutoff`, those over the
   * caps, and leading attempts whose event is gone. Only prefixes of the time-sorted
   * lists go, so the cost is that of what is dropped.
   */
  private evictTenant(data: TenantData, cutoff: number): void {
    const events = data.events.all();
    const eventCount = evictionCount(events, cutoff, this.limits.maxEventsPerTenant);
    for (let i = 0; i < eventCount; i++) data.eventsById.delete((events[i] as EventRecord).id);
    data.events.dropFirst(eventCount);

    const attempts = data.attempts.all();
    const overCap = evictionCount(
      attempts,
      Number.NEGATIVE_INFINITY,
      this.limits.maxAttemptsPerTenant,
    );
    let attemptCount = 0;
    while (attemptCount < attempts.length) {
      const a = attempts[attemptCount] as AttemptRecord;
      if (attemptCount < overCap || a.time < cutoff || !data.eventsById.has(a.eventId))
        attemptCount++;
      else break;
    }
    const dropped = attempts.slice(0, attemptCount);
    data.attempts.dropFirst(attemptCount);
    // The dropped attempts are the lowest keys, so in each destination's list a prefix too.
    const perDestination = new Map<string, number>();
    for (const attempt of dropped) {
      this.attemptsById.delete(attempt.id);
      perDestination.set(
        attempt.destinationId,
        (perDestination.get(attempt.destinationId) ?? 0) + 1,
      );
      const siblings = data.attemptsByEvent.get(attempt.eventId);
      const kept = siblings?.filter((a) => a !== attempt) ?? [];
      if (kept.length > 0) data.attemptsByEvent.set(attempt.eventId, kept);
      else data.attemptsByEvent.delete(attempt.eventId);
    }
    for (const [destinationId, count] of perDestination) {
      const list = data.attemptsByDestination.get(destinationId);
      list?.dropFirst(count);
      if (list?.size === 0) data.attemptsByDestination.delete(destinationId);
    }
    if (eventCount > 0 || attemptCount > 0) this.version++;
  }

  /** Every tenant's sorted list in one sorted list (the sort merges the sorted runs). */
  private merged<T extends Timed>(listOf: (data: TenantData) => readonly T[]): readonly T[] {
    const all: T[] = [];
    for (const data of this.tenants.values()) for (const item of listOf(data)) all.push(item);
    if (this.tenants.size > 1) all.sort((a, b) => compareKeys(timedKey(a), timedKey(b)));
    return all;
  }
}
