import { Suspense, type ReactNode } from "react";
import { useLocation } from "react-router";
import { retryFailedImports } from "@/lib/lazy-with-retry";
import { Spinner } from "@/ui/spinner";
import { useT } from "@/i18n/i18n";
import { ErrorBoundary } from "./error-boundary";
import { RouteError } from "./route-error";

/**
 * Wraps one screen: a per-route error boundary with a retry, and a loading
 * state while a lazy screen's code arrives. Navigating elsewhere clears errors.
 */
export function RouteFrame({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  const t = useT();
  return (
    <ErrorBoundary
      resetKey={pathname}
      fallback={(error, reset) => (
        <RouteError
          error={error}
          onRetry={() => {
            retryFailedImports();
            reset();
          }}
        />
      )}
    >
      <Suspense fallback={<Spinner className="my-8" label={t("error.loadingPage")} />}>
        {children}
      </Suspense>
    </ErrorBoundary>
  );
}
