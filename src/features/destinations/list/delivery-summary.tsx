import { useLastErrorCode } from "@/api/last-error";
import type { RecentDeliveries } from "@/api/recent-deliveries";
import { deliveryHealth } from "@/lib/delivery-health";
import { HealthBadge } from "@/ui/health-badge";
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
  const lastErrorCode = useLastErrorCode(destinationId, !!deliveries && deliveries.failed > 0);
  if (!deliveries || deliveries.success + deliveries.failed === 0) {
    return <span className="text-xs text-fg-muted">No deliveries in 24 h</span>;
  }
  return (
    <span className="flex flex-wrap items-center gap-2">
      <DeliverySparkline deliveries={deliveries} />
      <span className="text-xs whitespace-nowrap">
        <span className="sr-only">Last 24 hours: </span>
        <span className="text-success">{deliveries.success.toLocaleString()} ok</span>
        {" · "}
        <span className={deliveries.failed > 0 ? "font-semibold text-danger" : "text-fg-muted"}>
          {deliveries.failed.toLocaleString()} failed
        </span>
      </span>
      {lastErrorCode && (
        // Read out with the health below, which says it too.
        <span aria-hidden="true" className="text-xs whitespace-nowrap text-fg-muted">
          last error {lastErrorCode}
        </span>
      )}
      <HealthBadge health={deliveryHealth({ ...deliveries, lastErrorCode })} />
    </span>
  );
}
