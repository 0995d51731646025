import { Suspense } from "react";
import { lazyWithRetry } from "@/lib/lazy-with-retry";
import type { Destination } from "@/api/types";
import { useAttempt, useAttempts } from "@/api/attempts";
import { DateTime } from "@/ui/date-time";
import { pathTo } from "@/lib/paths";
import { BackLink } from "@/ui/back-link";
import { CopyButton } from "@/ui/copy-button";
import { Link } from "@/ui/link";
import type { Attempt } from "@/api/types";
import { Badge } from "@/ui/badge";
import { Card } from "@/ui/card";
import { DefinitionList, MapList } from "@/ui/key-value-list";
import { buttonClasses } from "@/ui/button";
import { NotFound } from "@/ui/not-found";
import { QueryState } from "@/ui/query-state";
import { Spinner } from "@/ui/spinner";
import { AttemptStatus } from "./attempt-status";
import { responseParts } from "./response-parts";
import { RetryButton } from "./retry-button";

const NOT_FOUND_TITLE = "Attempt not found";

const JsonViewer = lazyWithRetry(() => import("@/ui/json-viewer"));

function Json({ value, label }: { value: unknown; label: string }) {
  return (
    <Suspense fallback={<Spinner label={`Loading ${label}`} />}>
      <JsonViewer value={value} label={label} />
    </Suspense>
  );
}

function IdValue({ id, label, to }: { id: string; label: string; to?: string }) {
  const code = <code className="font-mono wrap-anywhere">{id}</code>;
  return (
    <span className="flex flex-wrap items-center gap-1">
      {to ? (
        <Link to={to} className="text-brand-text underline-offset-2 hover:underline">
          {code}
        </Link>
      ) : (
        code
      )}
      <CopyButton value={id} label={label} />
    </span>
  );
}

/** Earlier and later attempts to deliver the same event to the same destination. */
function SiblingAttempts({ attempt, destinationId }: { attempt: Attempt; destinationId: string }) {
  const siblings = useAttempts({
    destination_id: destinationId,
    event_id: attempt.event_id,
    limit: 100,
  });
  const list = [...(siblings.data?.models ?? [])].sort(
    (a, b) => a.time.localeCompare(b.time) || a.attempt_number - b.attempt_number,
  );
  const index = list.findIndex((a) => a.id === attempt.id);
  if (index < 0 || list.length < 2) return null;
  const prev = list[index - 1];
  const next = list[index + 1];
  const href = (a: Attempt) => pathTo("attempt", { id: destinationId, attemptId: a.id });
  const linkClass = "text-brand-text underline-offset-2 hover:underline";
  return (
    <nav
      aria-label="Attempts of this event"
      className="mt-4 flex flex-wrap items-center gap-3 text-sm"
    >
      <span className="text-fg-muted">
        Attempt {index + 1} of {list.length} for this event
      </span>
      {prev && (
        <Link to={href(prev)} className={linkClass}>
          Previous attempt
        </Link>
      )}
      {next && (
        <Link to={href(next)} className={linkClass}>
          Next attempt
        </Link>
      )}
    </nav>
  );
}

export default function AttemptDetail({
  destination,
  attemptId,
}: {
  destination: Destination;
  attemptId: string;
}) {
  const attempt = useAttempt(destination.id, attemptId);

  return (
    <div>
      <BackLink to={pathTo("deliveries", { id: destination.id })}>All deliveries</BackLink>
      <QueryState
        query={attempt}
        errorTitle="Couldn't load this attempt"
        notFound={
          <NotFound
            title={NOT_FOUND_TITLE}
            level={2}
            action={
              <Link
                to={pathTo("deliveries", { id: destination.id })}
                className={buttonClasses({ variant: "primary" })}
              >
                Go to this destination's deliveries
              </Link>
            }
          >
            It may belong to another destination, or the link is wrong.
          </NotFound>
        }
      >
        {(a) => {
          const response = responseParts(a.response_data);
          return (
            <div className="grid gap-4">
              <Card
                title="Attempt"
                actions={
                  <>
                    <RetryButton
                      size="md"
                      eventId={a.event_id}
                      destinationId={destination.id}
                      unavailable={
                        destination.disabled_at ? "Enable the destination to retry." : null
                      }
                      describedBy="attempt-retry-note"
                    />
                  </>
                }
              >
                {destination.disabled_at && (
                  <p id="attempt-retry-note" className="mb-3 text-sm text-warning">
                    Retries are unavailable while the destination is disabled. Enable it to retry.
                  </p>
                )}
                <DefinitionList
                  items={[
                    // The code is part of the status: one place says what happened.
                    { label: "Status", value: <AttemptStatus attempt={a} /> },
                    {
                      label: "Attempt",
                      value: (
                        <span className="flex items-center gap-2">
                          #{a.attempt_number}
                          {a.manual && <Badge tone="brand">Manual retry</Badge>}
                        </span>
                      ),
                    },
                    { label: "Time", value: <DateTime value={a.time} /> },
                    { label: "Attempt ID", value: <IdValue id={a.id} label="attempt ID" /> },
                  ]}
                />
                <SiblingAttempts attempt={a} destinationId={destination.id} />
              </Card>
              <Card title="Event">
                <DefinitionList
                  items={[
                    {
                      label: "Event ID",
                      value: (
                        <IdValue
                          id={a.event_id}
                          label="event ID"
                          to={pathTo("event", { eventId: a.event_id })}
                        />
                      ),
                    },
                    {
                      label: "Topic",
                      value: <span className="font-mono">{a.event?.topic ?? "—"}</span>,
                    },
                    {
                      label: "Time",
                      value: a.event?.time ? <DateTime value={a.event.time} /> : "—",
                    },
                    { label: "Metadata", value: <MapList map={a.event?.metadata} empty="None" /> },
                  ]}
                />
                <h3 className="mt-4 mb-2 text-sm font-semibold">Payload</h3>
                {a.event?.data !== undefined ? (
                  <Json value={a.event.data} label="event payload" />
                ) : (
                  <p className="text-sm text-fg-muted">The payload isn't available.</p>
                )}
              </Card>
              <Card
                title="Response"
                description={response?.status ? `Status ${response.status}` : undefined}
              >
                {response ? (
                  <Json value={response.body} label="response body" />
                ) : (
                  <p className="text-sm text-fg-muted">No response was recorded.</p>
                )}
              </Card>
            </div>
          );
        }}
      </QueryState>
    </div>
  );
}
