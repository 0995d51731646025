import { useT } from "@/i18n/i18n";
import { Suspense } from "react";
import { useParams } from "react-router";
import { DateTime } from "@/ui/date-time";
import { Link } from "@/ui/link";
import { lazyWithRetry } from "@/lib/lazy-with-retry";
import { useAttempts } from "@/api/attempts";
import { useDestinations } from "@/api/destinations";
import { useEvent } from "@/api/events";
import type { Attempt, Destination } from "@/api/types";
import { useDocumentTitle } from "@/ui/use-document-title";
import { pathTo } from "@/lib/paths";
import { BackLink } from "@/ui/back-link";
import { Badge } from "@/ui/badge";
import { Card } from "@/ui/card";
import { DefinitionList, MapList } from "@/ui/key-value-list";
import { NotFound } from "@/ui/not-found";
import { isNotFound, QueryState } from "@/ui/query-state";
import { Skeleton } from "@/ui/skeleton";
import { Spinner } from "@/ui/spinner";
import { StateMessage } from "@/ui/state-message";
import { destinationTarget } from "@/api/destination-labels";
import { AttemptStatus } from "./attempt-status";
import { RetryButton } from "./retry-button";
import { WithBreaks } from "@/ui/with-breaks";

const JsonViewer = lazyWithRetry(() => import("@/ui/json-viewer"));

function DestinationDeliveries({
  destinationId,
  destination,
  attempts,
  eventId,
}: {
  destinationId: string;
  destination: Destination | undefined;
  attempts: Attempt[];
  eventId: string;
}) {
  const t = useT();
  const name = destination ? destinationTarget(destination) : destinationId;
  const noteId = `retry-note-${destinationId}`;
  return (
    <li className="rounded-lg border border-border bg-surface p-4">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h3 className="min-w-0 font-medium wrap-anywhere">
          {destination ? (
            <Link
              to={pathTo("deliveries", { id: destinationId })}
              className="text-brand-text underline-offset-2 hover:underline"
              translate="no"
            >
              <WithBreaks text={name} />
            </Link>
          ) : (
            <span>{t("eventDetail.deleted", { name })}</span>
          )}
        </h3>
        {destination && (
          <RetryButton
            eventId={eventId}
            destinationId={destinationId}
            unavailable={destination.disabled_at ? "disabled" : null}
            describedBy={noteId}
            label={t("scope.to", { destination: name })}
          />
        )}
      </div>
      {destination?.disabled_at && (
        <p id={noteId} className="mb-2 text-sm text-warning">
          {t("eventDetail.disabledNote")}
        </p>
      )}
      {attempts.length === 0 ? (
        <p className="text-sm text-fg-muted">{t("eventDetail.noAttempt")}</p>
      ) : (
        <ol className="grid gap-2" aria-label={t("eventDetail.attemptsTo", { name })}>
          {attempts.map((attempt) => (
            <li key={attempt.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
              <AttemptStatus attempt={attempt} />
              <span>#{attempt.attempt_number}</span>
              {attempt.manual && <Badge tone="brand">{t("attempt.manual")}</Badge>}
              {destination ? (
                <Link
                  to={pathTo("attempt", { id: destinationId, attemptId: attempt.id })}
                  className="text-brand-text underline-offset-2 hover:underline"
                >
                  <DateTime value={attempt.time} />
                </Link>
              ) : (
                <DateTime value={attempt.time} />
              )}
            </li>
          ))}
        </ol>
      )}
    </li>
  );
}

/** One event: its payload and, per destination it was routed to, every attempt with a retry. */
export default function EventDetailPage() {
  const t = useT();
  const { eventId = "" } = useParams();
  const event = useEvent(eventId);
  useDocumentTitle(isNotFound(event.error) ? t("eventDetail.notFound") : t("deliveries.event"));
  const attempts = useAttempts({ event_id: eventId, limit: 1000 });
  const destinations = useDestinations();

  const byDestination = new Map<string, Attempt[]>();
  for (const id of event.data?.matched_destination_ids ?? []) byDestination.set(id, []);
  for (const attempt of attempts.data?.models ?? []) {
    byDestination.set(attempt.destination_id, [
      ...(byDestination.get(attempt.destination_id) ?? []),
      attempt,
    ]);
  }
  for (const list of byDestination.values())
    list.sort((a, b) => a.attempt_number - b.attempt_number);

  return (
    <div>
      <BackLink to={pathTo("activity")}>{t("eventDetail.allActivity")}</BackLink>
      <h1 className="mb-4 text-xl font-semibold">{t("deliveries.event")}</h1>
      <QueryState
        query={event}
        errorTitle={t("eventDetail.loadError")}
        notFound={
          <NotFound title={t("eventDetail.notFound")} level={2}>
            {t("eventDetail.notFoundBody")}
          </NotFound>
        }
      >
        {(e) => (
          <div className="grid gap-4">
            <Card title={t("deliveries.event")}>
              <DefinitionList
                items={[
                  {
                    label: t("activity.eventId"),
                    value: <code className="font-mono wrap-anywhere">{e.id}</code>,
                  },
                  {
                    label: t("filters.topic"),
                    value: <span className="font-mono">{e.topic}</span>,
                  },
                  { label: t("deliveries.time"), value: <DateTime value={e.time} /> },
                  {
                    label: t("attemptDetail.metadata"),
                    value: <MapList map={e.metadata} empty={t("attemptDetail.none")} />,
                  },
                ]}
              />
              <h3 className="mt-4 mb-2 text-sm font-semibold">{t("attemptDetail.payload")}</h3>
              <Suspense fallback={<Spinner label={t("eventDetail.loadingPayload")} />}>
                <JsonViewer value={e.data ?? null} label={t("attemptDetail.eventPayload")} />
              </Suspense>
            </Card>
            <section aria-labelledby="event-deliveries">
              <h2 id="event-deliveries" className="mb-3 text-base font-semibold">
                {t("deliveries.heading")}
              </h2>
              <QueryState
                query={attempts}
                errorTitle={t("eventDetail.deliveriesError")}
                loading={<Skeleton className="h-32 w-full" />}
                isEmpty={() => byDestination.size === 0}
                empty={
                  <StateMessage title={t("eventDetail.notDelivered")}>
                    {t("eventDetail.noSubscriber")}
                  </StateMessage>
                }
              >
                {() => (
                  <ul className="grid gap-3">
                    {[...byDestination].map(([destinationId, list]) => (
                      <DestinationDeliveries
                        key={destinationId}
                        destinationId={destinationId}
                        destination={destinations.data?.find((d) => d.id === destinationId)}
                        attempts={list}
                        eventId={e.id}
                      />
                    ))}
                  </ul>
                )}
              </QueryState>
            </section>
          </div>
        )}
      </QueryState>
    </div>
  );
}
