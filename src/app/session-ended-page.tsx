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
import { useT } from "@/i18n/i18n";
import { Message } from "@/i18n/message";

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
  const t = useT();
  // The host's name when it has one (ICU select on `named`), else words for "the app".
  const host = {
    named: config.organizationName ? "yes" : "no",
    organization: <bdi>{config.organizationName}</bdi>,
  };
  const waiting = hostCanListen(embedded, config.embedAllowedOrigins, reportedParentOrigin());
  // Why, in words that fit the case: a broken link hasn't expired, it never worked.
  const heading = t("sessionEnded.heading", { problem: waiting ? "unauthorized" : problem });
  useDocumentTitle(heading);

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
            <h1 className="text-lg font-semibold">{heading}</h1>
            <p className="mt-2 text-sm text-fg-muted">
              <Message id="sessionEnded.waiting" values={host} />
            </p>
            <Spinner className="mt-4" label={t("sessionEnded.waitingLabel")} />
            {config.refreshUrl && (
              <p className="mt-4 text-sm">
                <a className="text-brand-text underline" href={config.refreshUrl} {...NEW_TAB}>
                  {t("sessionEnded.renewInNewTab")}
                </a>
              </p>
            )}
          </>
        ) : redirecting ? (
          <>
            <h1 className="text-lg font-semibold">{t("sessionEnded.renewing")}</h1>
            <p className="mt-2 text-sm text-fg-muted">
              <Message id="sessionEnded.takingYouBack" values={host} />
            </p>
            <Spinner className="mt-4" label={t("sessionEnded.redirecting")} />
            {target && (
              <p className="mt-4 text-sm">
                <a className="text-brand-text underline" href={target}>
                  {t("sessionEnded.continue")}
                </a>
              </p>
            )}
          </>
        ) : (
          <>
            <h1 className="text-lg font-semibold">{heading}</h1>
            <p className="mt-2 text-sm text-fg-muted">
              {t("sessionEnded.reason", { problem })}{" "}
              <Message id="sessionEnded.openAgain" values={host} />
            </p>
            {target && (
              <a
                className={buttonClasses({ variant: "primary", className: "mt-6" })}
                href={target}
                {...(embedded ? NEW_TAB : {})}
              >
                <Message id="sessionEnded.goTo" values={host} />
              </a>
            )}
          </>
        )}
      </div>
    </main>
  );
}
