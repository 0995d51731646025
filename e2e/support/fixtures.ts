import { test as base, type Page } from "@playwright/test";
import { sandboxApi } from "./sandbox-api";
import { SERVERS } from "./servers";

export const test = base.extend<{
  plain: ReturnType<typeof sandboxApi>;
  branded: ReturnType<typeof sandboxApi>;
}>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern
  plain: async ({}, use) => use(sandboxApi(SERVERS.plain)),
  // eslint-disable-next-line no-empty-pattern
  branded: async ({}, use) => use(sandboxApi(SERVERS.branded)),
});

export { expect } from "@playwright/test";

/** Every request the page makes to the API, recorded from now on. */
export function recordApiRequests(page: Page) {
  const urls: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).pathname.includes("/api/v1/")) urls.push(request.url());
  });
  return urls;
}

/** Counts full document loads of the top frame (a reload or redirect adds one). */
export function countDocumentLoads(page: Page) {
  const loads: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "document" && request.frame() === page.mainFrame()) {
      loads.push(request.url());
    }
  });
  return loads;
}

/** Replaces the runtime config script, as a deployment with other PORTAL_* values would serve it. */
export async function serveConfig(page: Page, config: Record<string, string>) {
  await page.route("**/inject-portal-config.js", (route) =>
    route.fulfill({
      contentType: "application/javascript",
      body: `window.PORTAL_CONFIGS = ${JSON.stringify(config)};`,
    }),
  );
}

/** A stand-in for the host product's pages (no real network here). */
export async function serveHostPage(page: Page, urlPattern: string, title: string) {
  await page.route(urlPattern, (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><html lang="en"><title>${title}</title><h1>${title}</h1></html>`,
    }),
  );
}
