import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { lazy, Suspense } from "react";
import { Router } from "wouter";
import { useSessionState } from "../session/session-store";
import { routerBasename } from "./base-path";
import { AppRoutes } from "./routes";

// Only users whose link failed see this page; it stays out of the first download.
const SessionEndedPage = lazy(() => import("./session-ended-page"));

/** Without a valid session nothing of the portal renders, and no request is made. */
export function App({ queryClient }: { queryClient: QueryClient }) {
  const session = useSessionState();
  return (
    <QueryClientProvider client={queryClient}>
      {session.status === "active" ? (
        <Router base={routerBasename()}>
          <AppRoutes />
        </Router>
      ) : (
        <Suspense fallback={null}>
          <SessionEndedPage problem={session.problem} />
        </Suspense>
      )}
    </QueryClientProvider>
  );
}
