import { Link } from "wouter";
import { useDestinationTypes } from "../../api/destination-types";
import { useDestinations } from "../../api/destinations";
import { useDocumentTitle } from "../../app/use-document-title";
import { QueryError } from "../../ui/query-error";
import { Skeleton } from "../../ui/skeleton";
import { StateMessage } from "../../ui/state-message";
import { destinationTarget, topicsSummary, typeLabel } from "./destination-labels";

function ListSkeleton() {
  return (
    <div className="space-y-2" aria-hidden="true">
      {Array.from({ length: 4 }, (_, i) => (
        <Skeleton key={i} className="h-14 w-full" />
      ))}
    </div>
  );
}

export function DestinationsPage() {
  useDocumentTitle("Destinations");
  const destinations = useDestinations();
  const types = useDestinationTypes();

  return (
    <section aria-labelledby="destinations-heading" aria-busy={destinations.isPending}>
      <div className="mb-4 flex flex-wrap items-baseline gap-x-3">
        <h1 id="destinations-heading" className="text-xl font-semibold">
          Destinations
        </h1>
        {destinations.data && (
          <p className="text-sm text-fg-muted">
            {destinations.data.length}{" "}
            {destinations.data.length === 1 ? "destination" : "destinations"}
          </p>
        )}
      </div>
      {destinations.isPending ? (
        <ListSkeleton />
      ) : destinations.isError ? (
        <QueryError
          title="Couldn't load your destinations"
          error={destinations.error}
          onRetry={() => void destinations.refetch()}
          retrying={destinations.isFetching}
        />
      ) : destinations.data.length === 0 ? (
        <StateMessage title="No destinations yet">
          Destinations are where your events are delivered: a webhook URL, a queue or a stream.
        </StateMessage>
      ) : (
        <ul className="divide-y divide-border overflow-hidden rounded-lg border border-border bg-surface">
          {destinations.data.map((destination) => (
            <li key={destination.id}>
              <Link
                href={`/destinations/${encodeURIComponent(destination.id)}`}
                className="flex flex-col gap-1 px-4 py-3 hover:bg-surface-muted sm:flex-row sm:items-center sm:gap-4"
              >
                <span className="min-w-0 flex-1">
                  <span className="block truncate font-medium">
                    {destinationTarget(destination)}
                  </span>
                  <span className="block text-sm text-fg-muted">
                    {typeLabel(destination.type, types.data)} · {topicsSummary(destination.topics)}
                  </span>
                </span>
                <span className="text-sm text-fg-muted">
                  {destination.disabled_at ? "Disabled" : "Active"}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
