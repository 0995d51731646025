import { Suspense, useState, type MouseEvent, type ReactNode } from "react";
import { useSessionState } from "@/session/session-store";
import { useTenant } from "@/api/tenant";
import { portalConfig } from "@/config/portal-config";
import { lazyWithRetry } from "@/lib/lazy-with-retry";
import { pathTo } from "@/lib/paths";
import { isEmbedded } from "@/embed/embedded";
import { ThemeToggle } from "@/theme/theme-toggle";
import { ArrowLeftIcon } from "@/ui/icons";
import { TabNav } from "@/ui/tab-nav";
import { RecentMessages, Toaster } from "@/ui/toast";
import { useT, withMessages, type MessageId } from "@/i18n/i18n";
import { Message } from "@/i18n/message";
import { BrandMark } from "./brand-mark";
import { ErrorBoundary } from "./error-boundary";
import type { NavSection } from "./route-table";
import { useMatchedRoutes } from "./route-matches";
import { useNavigationFocus } from "./use-navigation-focus";

// Shown minutes before the token expires; not part of the first download.
const SessionExpiryBanner = lazyWithRetry(withMessages(() => import("./session-expiry-banner")));

const NAV = [
  { to: pathTo("destinations"), label: "nav.destinations", section: "destinations" },
  { to: pathTo("allDeliveries"), label: "nav.deliveries", section: "deliveries" },
  { to: pathTo("activity"), label: "nav.activity", section: "activity" },
  { to: pathTo("tenant"), label: "nav.tenant", section: "tenant" },
] as const satisfies { to: string; label: MessageId; section: NavSection }[];

/** The navigation entry of the deepest matched route that names one. */
function useCurrentSection(): NavSection | null {
  const matches = useMatchedRoutes();
  return matches.findLast((match) => match.route.section)?.route.section ?? null;
}

function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  // "#main" resolves against <base>: following it would load the base URL. Focus instead.
  event.preventDefault();
  document.getElementById("main")?.focus();
}

function TenantName() {
  const { data } = useTenant();
  const name = data?.metadata?.name;
  if (!name) return null;
  return (
    <bdi className="truncate text-sm text-fg-muted" title={name}>
      {name}
    </bdi>
  );
}

export function AppLayout({ children }: { children: ReactNode }) {
  const config = portalConfig();
  const section = useCurrentSection();
  const announcement = useNavigationFocus();
  const [embedded] = useState(isEmbedded);
  const session = useSessionState();
  const expiring = session.status === "active" && session.expiring;
  const t = useT();
  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href="#main"
        onClick={skipToMain}
        className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:rounded-md focus:bg-surface focus:px-3 focus:py-2 focus:shadow"
      >
        {t("app.skipToContent")}
      </a>
      {expiring && (
        // A banner that failed to download must not take the page with it.
        <ErrorBoundary fallback={() => null}>
          <Suspense fallback={null}>
            <SessionExpiryBanner />
          </Suspense>
        </ErrorBoundary>
      )}
      <header className="border-b border-border bg-surface">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 pt-3">
          {/* Inside a host's iframe the host is already around the portal: no "back" link. */}
          {config.refererUrl && !embedded && (
            <a
              href={config.refererUrl}
              className="inline-flex items-center gap-1 text-sm text-fg-muted hover:text-fg"
            >
              <ArrowLeftIcon className="size-4" data-mirror="" />
              <span className="sr-only sm:not-sr-only">
                {config.organizationName ? (
                  <Message
                    id="app.backTo"
                    values={{ organization: <bdi>{config.organizationName}</bdi> }}
                  />
                ) : (
                  t("app.backToApp")
                )}
              </span>
            </a>
          )}
          <div className="flex min-w-0 flex-1 flex-wrap items-center gap-x-3 gap-y-0.5">
            <BrandMark />
            <TenantName />
          </div>
          <ThemeToggle />
        </div>
        <TabNav
          label={t("nav.label")}
          className="mx-auto max-w-6xl px-4 [--scroll-hint-bg:var(--surface)]"
          items={NAV.map((item) => ({
            to: item.to,
            label: t(item.label),
            current: item.section === section,
          }))}
        />
      </header>
      <main
        id="main"
        tabIndex={-1}
        className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 outline-none"
      >
        {children}
      </main>
      <p className="sr-only" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      <RecentMessages />
      <Toaster />
      {!config.disableOutpostBranding && (
        <footer className="py-6 text-center text-xs text-fg-muted">
          <Message
            id="app.poweredBy"
            values={{
              outpost: (
                <a
                  href="https://outpost.hookdeck.com"
                  className="underline hover:text-fg"
                  translate="no"
                  rel="noreferrer"
                  // Framed, a link that navigates the frame would take the portal away from the host.
                  {...(embedded ? { target: "_blank" } : {})}
                >
                  Outpost
                  {embedded && <span className="sr-only"> {t("app.opensInNewTab")}</span>}
                </a>
              ),
            }}
          />
        </footer>
      )}
    </div>
  );
}
