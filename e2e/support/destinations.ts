import { expect, type Locator, type Page } from "@playwright/test";
import type { Destination, Tenant } from "../../src/api/types";
import type { sandboxApi } from "./sandbox-api";

/** Admin access to one sandbox (the `plain` / `branded` fixtures). */
export type SandboxApi = ReturnType<typeof sandboxApi>;

/** A destination as the admin API returns it: the portal's wire type, with what the sandbox always sends. */
export type ApiDestination = Destination &
  Required<Pick<Destination, "filter" | "delivery_metadata" | "metadata">>;

export type ApiTenant = Tenant;

export const listDestinations = (api: SandboxApi, tenantId: string) =>
  api.request<ApiDestination[]>("GET", `/tenants/${tenantId}/destinations`);

export const getDestination = (api: SandboxApi, tenantId: string, id: string) =>
  api.request<ApiDestination>("GET", `/tenants/${tenantId}/destinations/${id}`);

export const createDestination = (
  api: SandboxApi,
  tenantId: string,
  body: Record<string, unknown>,
) => api.request<ApiDestination>("POST", `/tenants/${tenantId}/destinations`, body);

export const getTenant = (api: SandboxApi, tenantId: string) =>
  api.request<ApiTenant>("GET", `/tenants/${tenantId}`);

/** How Outpost shows a sensitive credential: 10+ characters keep their first 4, the rest is `*`. */
export function masked(value: string): string {
  return value.length >= 10
    ? value.slice(0, 4) + "*".repeat(value.length - 4)
    : "*".repeat(value.length);
}

/** Opens the portal through a freshly minted link and waits for the destinations list. */
export async function openPortal(page: Page, api: SandboxApi, tenantId: string, theme?: string) {
  await page.goto(await api.portalUrl(tenantId, theme));
  await expect(page.getByRole("heading", { name: "Destinations", level: 1 })).toBeVisible();
}

/** The destination id in a `/destinations/<id>[/…]` address. */
export function destinationIdFrom(url: string): string {
  const match = /\/destinations\/([^/?#]+)/.exec(new URL(url).pathname);
  if (!match?.[1]) throw new Error(`no destination id in ${url}`);
  return decodeURIComponent(match[1]);
}

/** Fails when the document is wider than the viewport (horizontal scrolling). */
export async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `horizontal overflow on ${page.url()}`).toBeLessThanOrEqual(0);
}

/** A success toast (the polite live region, role=status) saying `message`. */
export async function expectToast(page: Page, message: string | RegExp) {
  await expect(page.getByRole("status").filter({ hasText: message })).toBeVisible();
}

/** The "All topics" switch of the topic picker (its name also carries the explanation). */
export const allTopicsCheckbox = (scope: Page | Locator) =>
  scope.getByRole("checkbox", { name: /^All topics/ });

/** The destination-type card of the create flow's first step. */
export const typeCard = (page: Page, label: string) =>
  page.getByRole("link", { name: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}`) });

/** Every request the page sends with a body to the destinations API, with method and JSON body. */
export function recordDestinationWrites(page: Page) {
  const writes: { method: string; path: string; body: unknown }[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (!url.pathname.includes("/api/v1/") || !url.pathname.includes("/destinations")) return;
    if (request.method() === "GET") return;
    const text = request.postData();
    writes.push({
      method: request.method(),
      path: url.pathname,
      body: text ? (JSON.parse(text) as unknown) : undefined,
    });
  });
  return writes;
}

/**
 * Answers the next destination write of `method` with Outpost's 422 shape, as a server whose
 * rules are stricter than the portal's would (an operator's own reserved header, say); the
 * write never reaches the sandbox. Later writes go through.
 */
export async function refuseNextDestinationWrite(page: Page, method: string, message: string) {
  let refused = false;
  await page.route("**/api/v1/tenants/*/destinations**", async (route) => {
    if (refused || route.request().method() !== method) return route.fallback();
    refused = true;
    await route.fulfill({
      status: 422,
      json: { status: 422, message: "validation error", data: [message] },
    });
  });
}
