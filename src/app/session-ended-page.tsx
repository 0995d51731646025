import { useEffect, useState } from "react";
import { portalConfig } from "@/config/portal-config";
import { isEmbedded } from "@/embed/embedded";
import { hostCanListen, reportedParentOrigin } from "@/embed/host-origins";
import { claimExitRedirect, exitUrl } from "@/session/exit-redirect";
import { rememberReturnPath } from "@/session/return-path";
import type { SessionProblem } from "@/session/token";
import { buttonClasses } from "@/ui/button";
import { Spinner } from "@/ui/spinner";
import { useDocumentTitle } from "@/ui/use-document-title";

const HEADINGS: Record<SessionProblem, string> = {
  missing: "Open the portal from your account",
  malformed: "This link is not valid",
  expired: "This link has expired",
  unauthorized: "Your session has ended",
};

/** Why, in words that fit the case: a broken link hasn't expired, it never worked. */
const REASONS: Record<SessionProblem, string> = {
  missing: "This page needs a sign-in link.",
  malformed: "The link is incomplete or was changed, so it can't sign you in.",
  expired: "For your security, portal links work for a limited time.",
  unauthorized: "For your security, portal links work for a limited time.",
};

/** Links out of a framed portal open in a new tab: the host's pages may not be framed. */
const NEW_TAB = { target: "_blank", rel: "noopener noreferrer" } as const;

/**
 * No valid session: send the user to REFRESH_URL, else REFERER_URL, once; a
 * second bounce within a minute shows this page instead, so there is no loop.
 * Framed, the portal never leaves: with a host that can listen it waits for a
 * new token (portal:set-token), else it explains and links out in a new tab.
 */
export default function SessionEndedPage({
  problem,
  tenantId,
}: {
  problem: SessionProblem;
  /** The tenant of the session that ended, if one did. */
  tenantId?: string | null;
}) {
  const config = portalConfig();
  const target = exitUrl(config);
  const [embedded] = useState(isEmbedded);
  const [redirecting] = useState(() => !embedded && target !== null && claimExitRedirect());
  const organization = config.organizationName ?? "the app you came from";
  const waiting = hostCanListen(embedded, config.embedAllowedOrigins, reportedParentOrigin());
  useDocumentTitle(waiting ? HEADINGS.unauthorized : HEADINGS[problem]);

  useEffect(() => {
    // The renewed session (REFRESH_URL, a new link) comes back here, to the kept draft.
    if (tenantId) rememberReturnPath(tenantId);
    if (redirecting && target) window.location.replace(target);
  }, [redirecting, target, tenantId]);

  return (
    <main className="grid min-h-dvh place-items-center px-4 py-10">
      <div className="w-full max-w-md rounded-xl border border-border bg-surface p-6 shadow-sm sm:p-8">
        {waiting ? (
          <>
            <h1 className="text-lg font-semibold">{HEADINGS.unauthorized}</h1>
            <p className="mt-2 text-sm text-fg-muted">
              Waiting for {config.organizationName ?? "the app"} to renew it.
            </p>
            <Spinner className="mt-4" label="Waiting for a new session" />
            {config.refreshUrl && (
              <p className="mt-4 text-sm">
                <a className="text-brand-text underline" href={config.refreshUrl} {...NEW_TAB}>
                  Renew in a new tab
                </a>
              </p>
            )}
          </>
        ) : redirecting ? (
          <>
            <h1 className="text-lg font-semibold">Renewing your session…</h1>
            <p className="mt-2 text-sm text-fg-muted">
              Taking you back to {organization} to sign in again.
            </p>
            <Spinner className="mt-4" label="Redirecting" />
            {target && (
              <p className="mt-4 text-sm">
                <a className="text-brand-text underline" href={target}>
                  Continue if nothing happens
                </a>
              </p>
            )}
          </>
        ) : (
          <>
            <h1 className="text-lg font-semibold">{HEADINGS[problem]}</h1>
            <p className="mt-2 text-sm text-fg-muted">
              {REASONS[problem]} Open the portal again from {organization}.
            </p>
            {target && (
              <a
                className={buttonClasses({ variant: "primary", className: "mt-6" })}
                href={target}
                {...(embedded ? NEW_TAB : {})}
              >
                Go to {config.organizationName ?? "your account"}
              </a>
            )}
          </>
        )}
      </div>
    </main>
  );
}
