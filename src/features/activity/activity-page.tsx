import { useEvents } from "../../api/events";
import { useDocumentTitle } from "../../app/use-document-title";
import { QueryError } from "../../ui/query-error";
import { Skeleton } from "../../ui/skeleton";
import { StateMessage } from "../../ui/state-message";

export default function ActivityPage() {
  useDocumentTitle("Activity");
  const events = useEvents({ limit: 50 });
  return (
    <section aria-labelledby="activity-heading" aria-busy={events.isPending}>
      <h1 id="activity-heading" className="mb-4 text-xl font-semibold">
        Activity
      </h1>
      {events.isPending ? (
        <Skeleton className="h-40 w-full" />
      ) : events.isError ? (
        <QueryError
          title="Couldn't load recent events"
          error={events.error}
          onRetry={() => void events.refetch()}
          retrying={events.isFetching}
        />
      ) : events.data.models.length === 0 ? (
        <StateMessage title="No events yet">
          Events sent to your destinations appear here.
        </StateMessage>
      ) : (
        <ul className="divide-y divide-border rounded-lg border border-border bg-surface">
          {events.data.models.map((event) => (
            <li key={event.id} className="flex flex-wrap justify-between gap-2 px-4 py-3 text-sm">
              <span className="font-medium">{event.topic}</span>
              <time dateTime={event.time} className="text-fg-muted">
                {new Date(event.time).toLocaleString()}
              </time>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
