import { memo, Suspense } from "react";
import { lazyWithRetry } from "@/lib/lazy-with-retry";
import { Link } from "@/ui/link";
import type { Destination, DestinationType } from "@/api/types";
import { httpHref } from "@/lib/http-href";
import { pathTo } from "@/lib/paths";
import { destinationTarget, topicsSummary } from "@/api/destination-labels";
import { StatusBadge } from "@/features/destinations/status-badge";
import { TypeIcon } from "@/features/destinations/type-icon";
import type { RecentDeliveries } from "@/api/recent-deliveries";
import { useT } from "@/i18n/i18n";

interface Props {
  destination: Destination;
  type: DestinationType | undefined;
  deliveries: RecentDeliveries | undefined;
  deliveriesState: "loading" | "error" | "ready";
}

function Unavailable() {
  const t = useT();
  return <span className="text-xs text-fg-muted">{t("destinations.deliveriesUnavailable")}</span>;
}
// A cell that failed to download must not take the list with it. Its messages are
// the first screen's (en.json): the list never waits for the later screens' part.
const DeliverySummary = lazyWithRetry(() =>
  import("./delivery-summary").catch(() => ({ default: Unavailable })),
);

/** "All topics", "No topics", or the first two topics (data) and how many more. */
function Topics({ topics }: { topics: Destination["topics"] }) {
  const t = useT();
  const summary = topicsSummary(topics);
  if (summary.all) return t("ui.allTopics");
  if (summary.first.length === 0) return t("ui.noTopics");
  return (
    <>
      <bdi translate="no">{summary.first.join(", ")}</bdi>
      {summary.more > 0 && <> {t("ui.moreTopics", { count: summary.more })}</>}
    </>
  );
}

function Deliveries({
  destinationId,
  deliveries,
  state,
}: {
  destinationId: string;
  deliveries?: RecentDeliveries;
  state: Props["deliveriesState"];
}) {
  const t = useT();
  if (state === "error") return <Unavailable />;
  const loading = (
    <span className="text-xs text-fg-muted">{t("destinations.loadingDeliveries")}</span>
  );
  if (state === "loading") return loading;
  return (
    <Suspense fallback={loading}>
      <DeliverySummary destinationId={destinationId} deliveries={deliveries} />
    </Suspense>
  );
}

/**
 * One destination; the target is the row's link and the whole row is its click area.
 * Memoised: a page turn or a keystroke re-renders the list, and unchanged rows skip it.
 */
export const DestinationRow = memo(function DestinationRow({
  destination,
  type,
  deliveries,
  deliveriesState,
}: Props) {
  const target = destinationTarget(destination);
  const targetHref = httpHref(destination.target_url);
  const t = useT();
  return (
    <li className="relative flex flex-col gap-2 px-4 py-3 hover:bg-surface-muted has-[a:focus-visible]:outline-2 has-[a:focus-visible]:-outline-offset-2 has-[a:focus-visible]:outline-brand-outline sm:flex-row sm:items-center sm:gap-4">
      <div className="flex min-w-0 flex-1 items-start gap-3">
        <span className="mt-0.5 text-fg-muted">
          <TypeIcon type={type} />
        </span>
        <div className="min-w-0">
          <Link
            to={pathTo("destination", { id: destination.id })}
            className="line-clamp-2 font-medium [overflow-wrap:anywhere] after:absolute after:inset-0 focus-visible:outline-none"
            title={target}
          >
            <bdi translate="no">{target}</bdi>
          </Link>
          {targetHref && (
            <a
              href={targetHref}
              target="_blank"
              rel="noreferrer noopener"
              className="relative z-10 inline-flex min-h-6 items-center text-xs text-brand-text underline-offset-2 hover:underline"
            >
              {t("destinations.openInProvider")}
              <span className="sr-only"> {t("app.newTab")}</span>
            </a>
          )}
          <p className="line-clamp-2 text-sm text-fg-muted [overflow-wrap:anywhere]">
            <bdi translate="no">{type?.label ?? destination.type}</bdi> ·{" "}
            <bdi>
              <Topics topics={destination.topics} />
            </bdi>
          </p>
        </div>
      </div>
      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 ps-8 sm:flex-nowrap sm:justify-end sm:ps-0">
        <Deliveries
          destinationId={destination.id}
          deliveries={deliveries}
          state={deliveriesState}
        />
        <StatusBadge destination={destination} />
      </div>
    </li>
  );
});
