import { expect, type Locator, type Page } from "@playwright/test";
import type { Attempt, Event, Page as ApiPageOf } from "../../src/api/types";
import type { SandboxApi } from "./destinations";

/** An attempt as the API returns it (with `include=event`): the portal's wire type. */
export type ApiAttempt = Attempt & { code: string };

export type ApiEvent = Event & Required<Pick<Event, "matched_destination_ids" | "data">>;

type ApiPage<T> = ApiPageOf<T>;

export interface PublishBody {
  topic: string;
  data?: Record<string, unknown>;
  metadata?: Record<string, string>;
  eligible_for_retry?: boolean;
  destination_id?: string;
  /** RFC 3339; defaults to now. Attempts are always made now. */
  time?: string;
}

/** `POST /publish` as the admin: one event, an attempt per matching enabled destination. */
export function publish(api: SandboxApi, tenantId: string, body: PublishBody) {
  return api.request<{ id: string; duplicate: boolean; destination_ids: string[] }>(
    "POST",
    "/publish",
    { tenant_id: tenantId, eligible_for_retry: false, ...body },
  );
}

/** Publishes `count` events, `batch` requests at a time; returns their ids in publishing order. */
export async function publishMany(
  api: SandboxApi,
  tenantId: string,
  count: number,
  body: (index: number) => PublishBody,
  batch = 50,
): Promise<string[]> {
  const ids: string[] = [];
  for (let start = 0; start < count; start += batch) {
    const results = await Promise.all(
      Array.from({ length: Math.min(batch, count - start) }, (_, i) =>
        publish(api, tenantId, body(start + i)),
      ),
    );
    ids.push(...results.map((r) => r.id));
  }
  return ids;
}

/** A destination's attempts, newest first, through the admin API: every page, or just the first. */
export async function destinationAttempts(
  api: SandboxApi,
  tenantId: string,
  destinationId: string,
  query: Record<string, string> = {},
  { allPages = true } = {},
): Promise<ApiAttempt[]> {
  const all: ApiAttempt[] = [];
  let next: string | null = null;
  do {
    const params = new URLSearchParams({ limit: "1000", include: "event", ...query });
    if (next) params.set("next", next);
    const page: ApiPage<ApiAttempt> = await api.request<ApiPage<ApiAttempt>>(
      "GET",
      `/tenants/${tenantId}/destinations/${destinationId}/attempts?${params}`,
    );
    all.push(...page.models);
    next = allPages ? page.pagination.next : null;
  } while (next);
  return all;
}

/** The attempts of one event (tenant-wide `/attempts`, admin scoped to the tenant). */
export async function eventAttempts(api: SandboxApi, tenantId: string, eventId: string) {
  const params = new URLSearchParams({ tenant_id: tenantId, event_id: eventId, limit: "1000" });
  return (await api.request<ApiPage<ApiAttempt>>("GET", `/attempts?${params}`)).models;
}

export async function tenantEvents(
  api: SandboxApi,
  tenantId: string,
  query: Record<string, string> = {},
) {
  const params = new URLSearchParams({ tenant_id: tenantId, limit: "1000", ...query });
  return (await api.request<ApiPage<ApiEvent>>("GET", `/events?${params}`)).models;
}

export interface AttemptTotals {
  count: number;
  successful_count: number;
  failed_count: number;
  error_rate: number;
}

/** `GET /metrics/attempts` as the admin for one tenant, no granularity: one total row. */
export async function attemptTotals(
  api: SandboxApi,
  tenantId: string,
  window: { start: string; end: string },
  filters: Record<string, string>,
): Promise<AttemptTotals> {
  const params = new URLSearchParams({
    tenant_id: tenantId,
    "time[start]": window.start,
    "time[end]": window.end,
  });
  for (const m of ["count", "successful_count", "failed_count", "error_rate"])
    params.append("measures[]", m);
  for (const [key, value] of Object.entries(filters)) params.append(`filters[${key}][]`, value);
  const body = await api.request<{ data: { metrics: AttemptTotals }[] }>(
    "GET",
    `/metrics/attempts?${params}`,
  );
  return body.data[0]?.metrics ?? { count: 0, successful_count: 0, failed_count: 0, error_rate: 0 };
}

/** Count per response code (`dimensions[]=code`) for one destination. */
export async function attemptCodes(
  api: SandboxApi,
  tenantId: string,
  window: { start: string; end: string },
  destinationId: string,
) {
  const params = new URLSearchParams({
    tenant_id: tenantId,
    "time[start]": window.start,
    "time[end]": window.end,
    "measures[]": "count",
    "dimensions[]": "code",
    "filters[destination_id][]": destinationId,
  });
  const body = await api.request<{
    data: { dimensions: { code: string }; metrics: { count: number } }[];
  }>("GET", `/metrics/attempts?${params}`);
  return Object.fromEntries(body.data.map((p) => [p.dimensions.code, p.metrics.count]));
}

export async function eventCount(
  api: SandboxApi,
  tenantId: string,
  window: { start: string; end: string },
  destinationId: string,
) {
  const params = new URLSearchParams({
    tenant_id: tenantId,
    "time[start]": window.start,
    "time[end]": window.end,
    "measures[]": "count",
    "filters[destination_id][]": destinationId,
  });
  const body = await api.request<{ data: { metrics: { count: number } }[] }>(
    "GET",
    `/metrics/events?${params}`,
  );
  return body.data[0]?.metrics.count ?? 0;
}

/* ---------------------------------------------------------------- page helpers */

/** The deliveries table's body rows. */
export const deliveryRows = (page: Page) =>
  page.getByRole("table", { name: "Delivery attempts, newest first" }).locator("tbody tr");

/** The row of the deliveries table showing this attempt's event (one attempt per event). */
export const rowOfEvent = (page: Page, eventId: string) =>
  deliveryRows(page).filter({ has: page.getByText(eventId, { exact: true }) });

/** The event ids shown in the deliveries table, top to bottom. */
export const shownEventIds = (page: Page) => deliveryRows(page).locator("td:nth-child(5)");

/** The `<dd>` next to a `<dt>` with this exact label, inside `scope`. */
export const definition = (scope: Page | Locator, label: string) =>
  scope
    .locator("dt")
    .filter({ hasText: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`) })
    .locator("xpath=following-sibling::dd[1]");

/** A card (a `section`) by its heading. */
export const card = (page: Page, title: string) =>
  page
    .locator("section")
    .filter({ has: page.getByRole("heading", { name: title, exact: true }) })
    .last();

/** Opens the portal right at `path` (a deep link carrying a fresh token), light or dark. */
export async function openAt(
  page: Page,
  api: SandboxApi,
  tenantId: string,
  path: string,
  theme?: "light" | "dark",
) {
  const [pathname = "", query = ""] = path.replace(/^\//, "").split("?");
  const params = Object.fromEntries(new URLSearchParams(query));
  if (theme) params.theme = theme;
  await page.goto(api.portalPageUrl(await api.token(tenantId), params, pathname));
  if (theme) await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
}

export const searchParams = (page: Page) => Object.fromEntries(new URL(page.url()).searchParams);
