import { useLastErrorCode } from "@/api/last-error";
import type { RecentDeliveries } from "@/api/recent-deliveries";
import { deliveryHealth } from "@/lib/delivery-health";
import { HealthBadge } from "@/ui/health-badge";
import { useT } from "@/i18n/i18n";
import { DeliverySparkline } from "./delivery-sparkline";

/**
 * A row's last 24 hours: sparkline, counts and health. Its own chunk: it can
 * only show once the metrics (requested after the list) have arrived anyway.
 */
export default function DeliverySummary({
  destinationId,
  deliveries,
}: {
  destinationId: string;
  deliveries: RecentDeliveries | undefined;
}) {
  const t = useT();
  const lastErrorCode = useLastErrorCode(destinationId, !!deliveries && deliveries.failed > 0);
  if (!deliveries || deliveries.success + deliveries.failed === 0) {
    return <span className="text-xs text-fg-muted">{t("destinations.noDeliveries")}</span>;
  }
  return (
    <span className="flex flex-wrap items-center gap-2">
      <DeliverySparkline deliveries={deliveries} />
      <span className="text-xs whitespace-nowrap">
        <span className="sr-only">{t("destinations.last24Hours")} </span>
        <span className="text-success">
          {t("destinations.succeeded", { count: deliveries.success })}
        </span>
        {" · "}
        <span className={deliveries.failed > 0 ? "font-semibold text-danger" : "text-fg-muted"}>
          {t("destinations.failed", { count: deliveries.failed })}
        </span>
      </span>
      {lastErrorCode && (
        // Read out with the health below, which says it too.
        <span aria-hidden="true" className="text-xs whitespace-nowrap text-fg-muted">
          {t("destinations.lastError", { code: lastErrorCode })}
        </span>
      )}
      <HealthBadge health={deliveryHealth({ ...deliveries, lastErrorCode })} />
    </span>
  );
}
