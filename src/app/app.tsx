import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { Suspense } from "react";
import { BrowserRouter } from "react-router";
import { withMessages } from "@/i18n/i18n";
import { lazyWithRetry, retryFailedImports } from "@/lib/lazy-with-retry";
import { sessionStore, useSessionState } from "@/session/session-store";
import { routerBasename } from "./base-path";
import { ErrorBoundary } from "./error-boundary";
import { RootError } from "./root-error";
import { RouterChannelSync, type AttachableRouterChannel } from "@/embed/router-channel";
import { AppRoutes } from "./routes";

// Only users whose link failed see this page; it stays out of the first download.
const SessionEndedPage = lazyWithRetry(withMessages(() => import("./session-ended-page")));

/** Without a valid session nothing of the portal renders, and no request is made. */
export function App({
  queryClient,
  router,
}: {
  queryClient: QueryClient;
  router: AttachableRouterChannel;
}) {
  const session = useSessionState();
  return (
    // Covers everything, lazy shell parts included: nothing can blank the page.
    <ErrorBoundary
      fallback={(error, reset) => (
        <RootError
          error={error}
          onRetry={() => {
            retryFailedImports();
            reset();
          }}
        />
      )}
    >
      <QueryClientProvider client={queryClient}>
        {session.status === "active" ? (
          // No transitions: controls whose value lives in the URL (filters, the topic picker)
          // must update in the same render as the click, or React resets them in between.
          <BrowserRouter basename={routerBasename()} useTransitions={false}>
            <RouterChannelSync channel={router} />
            <AppRoutes />
          </BrowserRouter>
        ) : (
          <Suspense fallback={null}>
            <SessionEndedPage problem={session.problem} tenantId={sessionStore().lastTenantId()} />
          </Suspense>
        )}
      </QueryClientProvider>
    </ErrorBoundary>
  );
}
