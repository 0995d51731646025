import { useOutletContext, useParams } from "react-router";
import type { DestinationOutletContext } from "@/features/destinations/detail/destination-page";
import { lazyScreen } from "./lazy-screen";

/*
 * The destination page's tabs come from several features; they are put
 * together here so that no feature imports another. Each reads the
 * destination the page loaded through the outlet.
 */

export const DestinationOverview = lazyScreen<DestinationOutletContext>(() =>
  import("@/features/destinations/detail/destination-overview").then((m) => ({
    default: m.DestinationOverview,
  })),
);
export const DestinationDeliveries = lazyScreen(
  () => import("@/features/activity/destination-deliveries"),
);
export const AttemptDetail = lazyScreen(() => import("@/features/activity/attempt-detail"));
export const DestinationMetrics = lazyScreen(
  () => import("@/features/metrics/destination-metrics"),
);
export const DestinationSettings = lazyScreen(
  () => import("@/features/destinations/detail/destination-settings"),
);

const useDestinationOutlet = () => useOutletContext<DestinationOutletContext>();

export function OverviewTab() {
  const { destination, type } = useDestinationOutlet();
  return <DestinationOverview destination={destination} type={type} />;
}

export function DeliveriesTab() {
  return <DestinationDeliveries destination={useDestinationOutlet().destination} />;
}

export function AttemptTab() {
  const { attemptId = "" } = useParams();
  return <AttemptDetail destination={useDestinationOutlet().destination} attemptId={attemptId} />;
}

export function MetricsTab() {
  return <DestinationMetrics destination={useDestinationOutlet().destination} />;
}

export function SettingsTab() {
  const { destination, type } = useDestinationOutlet();
  return <DestinationSettings destination={destination} type={type} />;
}
