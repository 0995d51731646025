import { useEffect, useState } from "react";
import { portalConfig } from "@/config/portal-config";
import { isEmbedded } from "@/embed/embedded";
import { useSessionState } from "@/session/session-store";
import { AlertIcon } from "@/ui/icons";
import { useT } from "@/i18n/i18n";

function minutesLeft(expiresAt: number) {
  return Math.max(0, Math.ceil((expiresAt - Date.now()) / 60_000));
}

/** Shown shortly before the token expires; offers to renew when REFRESH_URL is set. */
export default function SessionExpiryBanner() {
  const state = useSessionState();
  const expiresAt = state.status === "active" && state.expiring ? state.session.expiresAt : null;
  const [, tick] = useState(0);
  const t = useT();

  useEffect(() => {
    if (expiresAt === null) return;
    const id = setInterval(() => tick((n) => n + 1), 30_000);
    return () => clearInterval(id);
  }, [expiresAt]);

  if (expiresAt === null) return null;
  const minutes = minutesLeft(expiresAt);
  // When framed, the host renews the session (it gets portal:session-expiring); leaving the frame would lose it.
  const refreshUrl = isEmbedded() ? null : portalConfig().refreshUrl;
  return (
    <div role="status" className="border-b border-border bg-warning-surface text-warning">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-3 gap-y-1 px-4 py-2 text-sm">
        <AlertIcon className="size-4 shrink-0" />
        <span>
          {t("session.endsIn", { minutes })}{" "}
          {refreshUrl ? t("session.saveThenRenew") : t("session.save")}
        </span>
        {refreshUrl && (
          <a href={refreshUrl} className="font-medium underline">
            {t("session.renew")}
          </a>
        )}
      </div>
    </div>
  );
}
