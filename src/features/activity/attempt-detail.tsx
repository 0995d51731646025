import { Suspense } from "react";
import { useAttempt } from "@/api/attempts";
import { lazyWithRetry } from "@/lib/lazy-with-retry";
import type { Destination } from "@/api/types";
import { formatDateTime } from "@/lib/format";
import { pathTo } from "@/lib/paths";
import { BackLink } from "@/ui/back-link";
import { Badge } from "@/ui/badge";
import { Card } from "@/ui/card";
import { DefinitionList, MapList } from "@/ui/key-value-list";
import { buttonClasses } from "@/ui/button";
import { Link } from "@/ui/link";
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
                    { label: "Status", value: <AttemptStatus attempt={a} /> },
                    {
                      label: "Response code",
                      value: <span className="font-mono">{a.code || "—"}</span>,
                    },
                    {
                      label: "Attempt",
                      value: (
                        <span className="flex items-center gap-2">
                          #{a.attempt_number}
                          {a.manual && <Badge tone="brand">Manual retry</Badge>}
                        </span>
                      ),
                    },
                    {
                      label: "Time",
                      value: <time dateTime={a.time}>{formatDateTime(a.time)}</time>,
                    },
                    {
                      label: "Attempt ID",
                      value: <code className="font-mono break-all">{a.id}</code>,
                    },
                  ]}
                />
              </Card>
              <Card title="Event">
                <DefinitionList
                  items={[
                    {
                      label: "Event ID",
                      value: <code className="font-mono break-all">{a.event_id}</code>,
                    },
                    {
                      label: "Topic",
                      value: <span className="font-mono">{a.event?.topic ?? "—"}</span>,
                    },
                    { label: "Time", value: a.event?.time ? formatDateTime(a.event.time) : "—" },
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
