import { QueryClientProvider } from "@tanstack/react-query";
import { renderToString } from "react-dom/server";
import { MemoryRouter } from "react-router";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createApiClient, setApiClient } from "@/api/client";
import { createSessionStore, setSessionStore } from "@/session/session-store";
import { createTokenStorage } from "@/session/token-storage";
import { testQueryClient } from "@/test/render";
import { unsignedToken } from "@/test/token";
import { initThemeStore } from "@/theme/theme-preference";
import { AppRoutes } from "./routes";

/** The API paths requested while the app renders `path` once, before anything commits. */
function requestedDuringRender(path: string) {
  const requested: string[] = [];
  const fetch = vi.fn((input: RequestInfo | URL) => {
    requested.push(new URL(String(input), "http://portal.test").pathname);
    return new Promise<Response>(() => {});
  });
  setApiClient(
    createApiClient({
      baseUrl: "http://portal.test/api/v1",
      getToken: () => "t",
      onUnauthorized: () => {},
      fetch,
    }),
  );
  const store = createSessionStore({ storage: createTokenStorage() });
  store.start(unsignedToken({ sub: "acme", exp: Date.now() / 1000 + 3600 }));
  setSessionStore(store);
  // jsdom has no media queries: a light system theme.
  vi.stubGlobal("matchMedia", () => ({
    matches: false,
    addEventListener: () => {},
    removeEventListener: () => {},
  }));
  initThemeStore(null);
  // A server render runs no effects: what it requests, the render itself started.
  renderToString(
    <QueryClientProvider client={testQueryClient()}>
      <MemoryRouter initialEntries={[path]}>
        <AppRoutes />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return requested.sort();
}

afterEach(() => vi.unstubAllGlobals());

describe("AppRoutes: render as you fetch", () => {
  it("starts the list's data and the layout's tenant in the first render, none after a commit", () => {
    expect(requestedDuringRender("/")).toEqual([
      "/api/v1/destination-types",
      "/api/v1/tenants/acme",
      "/api/v1/tenants/acme/destinations",
    ]);
  });
});
