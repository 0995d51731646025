import { useLastErrorCode } from "@/api/last-error";
import { useRecentDeliveries } from "@/api/recent-deliveries";
import type { Destination } from "@/api/types";
import { deliveryHealth, type Health } from "@/lib/delivery-health";
import { pathTo } from "@/lib/paths";
import { buttonClasses } from "@/ui/button";
import { HealthBadge } from "@/ui/health-badge";
import { AlertIcon } from "@/ui/icons";
import { Link } from "@/ui/link";
import { useT } from "@/i18n/i18n";

/** The destination's health over 24 h, with the code of its latest failure. */
export function useDestinationHealth(destination: Destination): Health | null {
  const recent = useRecentDeliveries(true);
  const deliveries = recent.byDestination.get(destination.id);
  const lastErrorCode = useLastErrorCode(destination.id, !!deliveries && deliveries.failed > 0);
  if (recent.isPending || recent.isError) return null;
  return deliveryHealth({
    ...(deliveries ?? { success: 0, failed: 0, buckets: [] }),
    lastErrorCode,
  });
}

/** Health in the page header, and for a failing destination a banner with the way forward. */
export function DestinationHealth({ destination }: { destination: Destination }) {
  const t = useT();
  const health = useDestinationHealth(destination);
  if (!health) return null;
  return (
    <div className="mb-4 grid gap-3">
      <p className="text-sm">
        <HealthBadge health={health} showReason />
      </p>
      {health.state === "failing" && (
        <div
          role="note"
          aria-label={t("detail.failingLabel")}
          className="flex gap-3 rounded-lg border border-danger bg-danger-surface p-4 text-sm"
        >
          <AlertIcon className="size-5 shrink-0 text-danger" />
          <div className="grid gap-2">
            <p className="font-semibold">{t("detail.failingTitle")}</p>
            <p>{t("detail.failingBody", { disabled: destination.disabled_at ? "yes" : "no" })}</p>
            <p className="flex flex-wrap gap-2">
              <Link
                to={pathTo("deliveries", { id: destination.id }, "status=failed")}
                className={buttonClasses({ size: "sm" })}
              >
                {t("detail.seeFailed")}
              </Link>
              <Link
                to={pathTo("settings", { id: destination.id })}
                className={buttonClasses({ size: "sm" })}
              >
                {t("detail.checkSettings")}
              </Link>
            </p>
          </div>
        </div>
      )}
    </div>
  );
}
