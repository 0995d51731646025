import type { AttemptFilters, TimeWindow } from "@/api/attempts";
import { isCodeClass, statusOfCodeClass, type CodeClass } from "@/lib/code-class";
import {
  activeFilterCount,
  rangeProblem,
  readTimeRange,
  timeBounds,
  type TimeRange,
} from "@/lib/time-range";

export const TENANT_DELIVERIES_PAGE_SIZE = 50;

export interface TenantDeliveriesView {
  filters: AttemptFilters;
  window: TimeWindow;
  range: TimeRange;
  status: "success" | "failed" | null;
  destination: string | null;
  topic: string | null;
  eventId: string | null;
  /** Narrows the page's attempts by code after the server narrowed them by status. */
  code: CodeClass | null;
  /** How many filters are set, for the folded filters on small screens. */
  active: number;
  paged: boolean;
  problem: string | null;
}

/**
 * The tenant-wide Deliveries screen's query from its URL (`status`, `destination`,
 * `topic`, `code`, `event`, the time range and the cursor); the route prefetches the same.
 */
export function tenantDeliveriesView(params: URLSearchParams): TenantDeliveriesView {
  const rawStatus = params.get("status");
  const status = rawStatus === "success" || rawStatus === "failed" ? rawStatus : null;
  const rawCode = params.get("code");
  const code = isCodeClass(rawCode) ? rawCode : null;
  const destination = params.get("destination") || null;
  const topic = params.get("topic") || null;
  const eventId = params.get("event")?.trim() || null;
  const range = readTimeRange(params);
  const cursor = { next: params.get("next") || undefined, prev: params.get("prev") || undefined };
  const codeStatus = code ? statusOfCodeClass(code) : undefined;
  return {
    filters: {
      // A status that contradicts the code class matches nothing; the class wins on the server.
      status: codeStatus ?? status ?? undefined,
      // One destination: its own attempts route, which takes the same filters.
      destination_id: destination ?? undefined,
      topic: topic ? [topic] : undefined,
      event_id: eventId ?? undefined,
      include: ["event", "destination"],
      limit: TENANT_DELIVERIES_PAGE_SIZE,
      ...cursor,
    },
    window: { key: `${range.key}:${range.from}:${range.to}`, bounds: () => timeBounds(range) },
    range,
    status,
    destination,
    topic,
    eventId,
    code,
    active: activeFilterCount(range, status, code, destination, topic, eventId),
    paged: !!(cursor.next || cursor.prev),
    problem:
      rangeProblem(range) ??
      (code && status && statusOfCodeClass(code) !== status
        ? ("statusCodeConflict" as const)
        : null),
  };
}
