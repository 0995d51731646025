import { Suspense } from "react";
import { useAttempt } from "@/api/attempts";
import { ApiError } from "@/api/api-error";
import { lazyWithRetry } from "@/lib/lazy-with-retry";
import type { Destination } from "@/api/types";
import { DateTime } from "@/ui/date-time";
import { useDocumentTitle } from "@/ui/use-document-title";
import { pathTo } from "@/lib/paths";
import { BackLink } from "@/ui/back-link";
import { Badge } from "@/ui/badge";
import { Card } from "@/ui/card";
import { DefinitionList, MapList } from "@/ui/key-value-list";
import { QueryError } from "@/ui/query-error";
import { Skeleton } from "@/ui/skeleton";
import { Spinner } from "@/ui/spinner";
import { StateMessage } from "@/ui/state-message";
import { AttemptStatus } from "./attempt-status";
import { responseParts } from "./response-parts";
import { RetryButton } from "./retry-button";

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
  useDocumentTitle("Delivery attempt");

  let content;
  if (attempt.isPending) {
    content = <Skeleton className="h-64 w-full" />;
  } else if (attempt.isError) {
    content =
      attempt.error instanceof ApiError && attempt.error.status === 404 ? (
        <StateMessage title="Attempt not found">
          It may belong to another destination, or the link is wrong.
        </StateMessage>
      ) : (
        <QueryError
          title="Couldn't load this attempt"
          error={attempt.error}
          onRetry={() => void attempt.refetch()}
        />
      );
  } else {
    const a = attempt.data;
    const response = responseParts(a.response_data);
    content = (
      <div className="grid gap-4">
        <Card
          title="Attempt"
          actions={
            <>
              <RetryButton
                size="md"
                eventId={a.event_id}
                destinationId={destination.id}
                unavailable={destination.disabled_at ? "Enable the destination to retry." : null}
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
              { label: "Response code", value: <span className="font-mono">{a.code || "—"}</span> },
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
              { label: "Attempt ID", value: <code className="font-mono break-all">{a.id}</code> },
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
              { label: "Topic", value: <span className="font-mono">{a.event?.topic ?? "—"}</span> },
              { label: "Time", value: a.event?.time ? <DateTime value={a.event.time} /> : "—" },
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
  }

  return (
    <div>
      <BackLink to={pathTo("deliveries", { id: destination.id })}>All deliveries</BackLink>
      {content}
    </div>
  );
}
