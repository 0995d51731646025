import { Link } from "@/ui/link";
import type { Destination, DestinationType } from "@/api/types";
import { httpHref } from "@/lib/http-href";
import { pathTo } from "@/lib/paths";
import { destinationTarget, topicsSummary } from "@/api/destination-labels";
import { StatusBadge } from "@/features/destinations/status-badge";
import { TypeIcon } from "@/features/destinations/type-icon";
import { DeliverySparkline } from "./delivery-sparkline";
import type { RecentDeliveries } from "./use-recent-deliveries";

interface Props {
  destination: Destination;
  type: DestinationType | undefined;
  deliveries: RecentDeliveries | undefined;
  deliveriesState: "loading" | "error" | "ready";
}

function Deliveries({
  deliveries,
  state,
}: {
  deliveries?: RecentDeliveries;
  state: Props["deliveriesState"];
}) {
  if (state === "loading")
    return <span className="text-xs text-fg-muted">Loading deliveries…</span>;
  if (state === "error")
    return <span className="text-xs text-fg-muted">Deliveries unavailable</span>;
  if (!deliveries || deliveries.success + deliveries.failed === 0) {
    return <span className="text-xs text-fg-muted">No deliveries in 24 h</span>;
  }
  return (
    <span className="flex items-center gap-2">
      <DeliverySparkline deliveries={deliveries} />
      <span className="text-xs whitespace-nowrap">
        <span className="sr-only">Last 24 hours: </span>
        <span className="text-success">{deliveries.success.toLocaleString()} ok</span>
        {" · "}
        <span className={deliveries.failed > 0 ? "font-semibold text-danger" : "text-fg-muted"}>
          {deliveries.failed.toLocaleString()} failed
        </span>
      </span>
    </span>
  );
}

/** One destination; the target is the row's link and the whole row is its click area. */
export function DestinationRow({ destination, type, deliveries, deliveriesState }: Props) {
  const target = destinationTarget(destination);
  const targetHref = httpHref(destination.target_url);
  return (
    <li className="relative flex flex-col gap-2 px-4 py-3 hover:bg-surface-muted has-[a:focus-visible]:outline-2 has-[a:focus-visible]:-outline-offset-2 has-[a:focus-visible]:outline-brand-outline sm:flex-row sm:items-center sm:gap-4">
      <div className="flex min-w-0 flex-1 items-start gap-3">
        <span className="mt-0.5 text-fg-muted">
          <TypeIcon type={type} />
        </span>
        <div className="min-w-0">
          <Link
            to={pathTo("destination", { id: destination.id })}
            className="block truncate font-medium after:absolute after:inset-0 focus-visible:outline-none"
            title={target}
          >
            <bdi>{target}</bdi>
          </Link>
          {targetHref && (
            <a
              href={targetHref}
              target="_blank"
              rel="noreferrer noopener"
              className="relative z-10 text-xs text-brand-text underline-offset-2 hover:underline"
            >
              Open in provider<span className="sr-only"> (new tab)</span>
            </a>
          )}
          <p className="truncate text-sm text-fg-muted">
            <bdi>{type?.label ?? destination.type}</bdi> ·{" "}
            <bdi>{topicsSummary(destination.topics)}</bdi>
          </p>
        </div>
      </div>
      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 pl-8 sm:flex-nowrap sm:justify-end sm:pl-0">
        <Deliveries deliveries={deliveries} state={deliveriesState} />
        <StatusBadge destination={destination} />
      </div>
    </li>
  );
}
