import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, type RenderOptions } from "@testing-library/react";
import type { ReactElement, ReactNode } from "react";

/** A client of its own per test: no cache shared between tests, failures not retried. */
export function testQueryClient() {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Infinity }, mutations: { retry: false } },
  });
}

interface Options extends Omit<RenderOptions, "wrapper" | "queries"> {
  queryClient?: QueryClient;
  /** Further providers inside the query client (a router, for instance). */
  wrapper?: (props: { children: ReactNode }) => ReactNode;
}

/** Renders `ui` inside a fresh QueryClient; returns the client with the usual render result. */
export function renderWithQueryClient(
  ui: ReactElement,
  { queryClient = testQueryClient(), wrapper: Inner, ...options }: Options = {},
) {
  const Wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      {Inner ? <Inner>{children}</Inner> : children}
    </QueryClientProvider>
  );
  return { queryClient, ...render(ui, { wrapper: Wrapper, ...options }) };
}
