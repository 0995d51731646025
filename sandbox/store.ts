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

  get size(): number {
    return this.items.length;
  }
}

export const timedKey = (item: Timed): Key => [item.time, item.id];
const tenantKey = (t: TenantRecord): Key => [t.createdAt, t.id];

interface TenantData {
  tenant: TenantRecord;
  destinations: Map<string, DestinationRecord>;
  events: SortedList<EventRecord>;
  attempts: SortedList<AttemptRecord>;
  attemptsByDestination: Map<string, SortedList<AttemptRecord>>;
  attemptsByEvent: Map<string, AttemptRecord[]>;
}

/** In-memory state of the sandbox. Every tenant's data lives in its own partition. */
export class Store {
  private readonly tenants = new Map<string, TenantData>();
  private readonly tenantList = new SortedList<TenantRecord>(tenantKey);
  private readonly eventsById = new Map<string, EventRecord>();
  private readonly attemptsById = new Map<string, AttemptRecord>();
  private readonly allEvents = new SortedList<EventRecord>(timedKey);
  private readonly allAttempts = new SortedList<AttemptRecord>(timedKey);

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
    this.tenantList.removeWhere((t) => t.id === id);
    for (const event of data.events.all()) this.eventsById.delete(event.id);
    for (const attempt of data.attempts.all()) this.attemptsById.delete(attempt.id);
    if (data.events.size > 0) this.allEvents.removeWhere((e) => e.tenantId === id);
    if (data.attempts.size > 0) this.allAttempts.removeWhere((a) => a.tenantId === id);
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
    this.eventsById.set(event.id, event);
    data.events.add(event);
    this.allEvents.add(event);
  }

  getEvent(id: string): EventRecord | undefined {
    return this.eventsById.get(id);
  }

  /** Events in ascending (time, id) order, of one tenant or of all. */
  eventsSorted(tenantId?: string): readonly EventRecord[] {
    if (tenantId === undefined) return this.allEvents.all();
    return this.tenants.get(tenantId)?.events.all() ?? [];
  }

  // ── attempts ─────────────────────────────────────────────────────────

  addAttempt(attempt: AttemptRecord): void {
    const data = this.tenants.get(attempt.tenantId);
    if (!data) throw new Error(`tenant ${attempt.tenantId} does not exist`);
    this.attemptsById.set(attempt.id, attempt);
    data.attempts.add(attempt);
    this.allAttempts.add(attempt);
    let byDestination = data.attemptsByDestination.get(attempt.destinationId);
    if (!byDestination) {
      byDestination = new SortedList<AttemptRecord>(timedKey);
      data.attemptsByDestination.set(attempt.destinationId, byDestination);
    }
    byDestination.add(attempt);
    const byEvent = data.attemptsByEvent.get(attempt.eventId);
    if (byEvent) byEvent.push(attempt);
    else data.attemptsByEvent.set(attempt.eventId, [attempt]);
  }

  getAttempt(id: string): AttemptRecord | undefined {
    return this.attemptsById.get(id);
  }

  /** Attempts in ascending (time, id) order: of a destination, a tenant, or all. */
  attemptsSorted(tenantId?: string, destinationId?: string): readonly AttemptRecord[] {
    if (tenantId === undefined) return this.allAttempts.all();
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
    return {
      tenants: this.tenants.size,
      events: this.eventsById.size,
      attempts: this.attemptsById.size,
    };
  }
}
