import { destinationTarget } from "@/api/destination-labels";
import { useDestinations } from "@/api/destinations";
import { useLastErrorCode } from "@/api/last-error";
import type { RecentDeliveries } from "@/api/recent-deliveries";
import type { Destination } from "@/api/types";
import { useRecentDeliveries } from "@/api/recent-deliveries";
import { useT, type MessageId } from "@/i18n/i18n";
import { deliveryHealth, type Health, type HealthState } from "@/lib/delivery-health";
import { pathTo } from "@/lib/paths";
import { Card } from "@/ui/card";
import { HealthBadge } from "@/ui/health-badge";
import { Link } from "@/ui/link";
import { QueryError } from "@/ui/query-error";
import { Skeleton } from "@/ui/skeleton";
import { WithBreaks } from "@/ui/with-breaks";

const NONE: RecentDeliveries = { success: 0, failed: 0, buckets: [] };

/** A destination needing attention: its health with the code of its latest failure. */
function AttentionRow({
  destination,
  deliveries,
}: {
  destination: Destination;
  deliveries: RecentDeliveries;
}) {
  const lastErrorCode = useLastErrorCode(destination.id, deliveries.failed > 0);
  const health: Health = deliveryHealth({ ...deliveries, lastErrorCode });
  return (
    <li className="grid gap-1 text-sm">
      <Link
        to={pathTo("destination", { id: destination.id })}
        className="font-medium wrap-anywhere text-brand-text underline-offset-2 hover:underline"
        translate="no"
      >
        <WithBreaks text={destinationTarget(destination)} />
      </Link>
      <HealthBadge health={health} showReason />
    </li>
  );
}

const ORDER: HealthState[] = ["failing", "degraded", "healthy", "idle"];
const COUNT_MESSAGES: Record<HealthState, MessageId> = {
  failing: "tenant.countFailing",
  degraded: "tenant.countDegraded",
  healthy: "tenant.countHealthy",
  idle: "tenant.countIdle",
};

/** Every destination's health in one place, the ones needing attention first. */
export function TenantHealth() {
  const t = useT();
  const destinations = useDestinations();
  const recent = useRecentDeliveries(destinations.isSuccess);
  let content;
  if (destinations.isPending || recent.isPending) content = <Skeleton className="h-24 w-full" />;
  else if (destinations.isError)
    content = (
      <QueryError
        title={t("destinations.loadError")}
        error={destinations.error}
        onRetry={() => void destinations.refetch()}
      />
    );
  else if (recent.isError)
    content = <p className="text-sm text-fg-muted">{t("tenant.figuresUnavailable")}</p>;
  else {
    const rows = destinations.data
      .map((d) => {
        const deliveries = recent.byDestination.get(d.id) ?? NONE;
        return { destination: d, deliveries, health: deliveryHealth(deliveries) };
      })
      .sort((a, b) => ORDER.indexOf(a.health.state) - ORDER.indexOf(b.health.state));
    const counts = ORDER.map((state) => ({
      state,
      n: rows.filter((r) => r.health.state === state).length,
    })).filter((c) => c.n > 0);
    const attention = rows.filter(
      (r) => r.health.state === "failing" || r.health.state === "degraded",
    );
    content =
      rows.length === 0 ? (
        <p className="text-sm text-fg-muted">{t("destinations.emptyTitle")}</p>
      ) : (
        <>
          <p className="mb-3 text-sm" data-testid="health-counts">
            {counts.map((c) => t(COUNT_MESSAGES[c.state], { count: c.n })).join(" · ")}
          </p>
          {attention.length > 0 ? (
            <ul className="grid gap-2">
              {attention.map(({ destination, deliveries }) => (
                <AttentionRow
                  key={destination.id}
                  destination={destination}
                  deliveries={deliveries}
                />
              ))}
            </ul>
          ) : (
            <p className="text-sm text-fg-muted">{t("tenant.nothingNeedsAttention")}</p>
          )}
        </>
      );
  }
  return (
    <Card
      title={t("tenant.health")}
      description={t("tenant.healthDescription")}
      actions={
        <Link
          to={pathTo("allDeliveries", {}, "status=failed")}
          className="text-sm text-brand-text underline-offset-2 hover:underline"
        >
          {t("tenant.allFailed")}
        </Link>
      }
    >
      {content}
    </Card>
  );
}
