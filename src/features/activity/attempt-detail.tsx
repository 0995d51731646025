import { useT } from "@/i18n/i18n";
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

const JsonViewer = lazyWithRetry(() => import("@/ui/json-viewer"));

function Json({ value, label }: { value: unknown; label: string }) {
  const t = useT();
  return (
    <Suspense fallback={<Spinner label={t("attemptDetail.loading", { what: label })} />}>
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
  const t = useT();
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
      aria-label={t("attemptDetail.siblings")}
      className="mt-4 flex flex-wrap items-center gap-3 text-sm"
    >
      <span className="text-fg-muted">
        {t("attemptDetail.position", { position: index + 1, count: list.length })}
      </span>
      {prev && (
        <Link to={href(prev)} className={linkClass}>
          {t("attemptDetail.previous")}
        </Link>
      )}
      {next && (
        <Link to={href(next)} className={linkClass}>
          {t("attemptDetail.next")}
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
  const t = useT();
  const attempt = useAttempt(destination.id, attemptId);

  return (
    <div>
      <BackLink to={pathTo("deliveries", { id: destination.id })}>
        {t("attemptDetail.allDeliveries")}
      </BackLink>
      <QueryState
        query={attempt}
        errorTitle={t("attemptDetail.loadError")}
        notFound={
          <NotFound
            title={t("attemptDetail.notFound")}
            level={2}
            action={
              <Link
                to={pathTo("deliveries", { id: destination.id })}
                className={buttonClasses({ variant: "primary" })}
              >
                {t("attemptDetail.goToDeliveries")}
              </Link>
            }
          >
            {t("attemptDetail.notFoundBody")}
          </NotFound>
        }
      >
        {(a) => {
          const response = responseParts(a.response_data);
          return (
            <div className="grid gap-4">
              <Card
                title={t("attempt.attempt")}
                actions={
                  <>
                    <RetryButton
                      size="md"
                      eventId={a.event_id}
                      destinationId={destination.id}
                      unavailable={
                        destination.disabled_at ? t("attemptDetail.enableToRetry") : null
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
                    { label: t("filters.status"), value: <AttemptStatus attempt={a} /> },
                    {
                      label: t("attempt.attempt"),
                      value: (
                        <span className="flex items-center gap-2">
                          #{a.attempt_number}
                          {a.manual && <Badge tone="brand">{t("attemptDetail.manualRetry")}</Badge>}
                        </span>
                      ),
                    },
                    { label: t("deliveries.time"), value: <DateTime value={a.time} /> },
                    {
                      label: t("attemptDetail.attemptId"),
                      value: <IdValue id={a.id} label={t("attemptDetail.attemptIdLower")} />,
                    },
                  ]}
                />
                <SiblingAttempts attempt={a} destinationId={destination.id} />
              </Card>
              <Card title={t("deliveries.event")}>
                <DefinitionList
                  items={[
                    {
                      label: t("activity.eventId"),
                      value: (
                        <IdValue
                          id={a.event_id}
                          label={t("attemptDetail.eventIdLower")}
                          to={pathTo("event", { eventId: a.event_id })}
                        />
                      ),
                    },
                    {
                      label: t("filters.topic"),
                      value: <span className="font-mono">{a.event?.topic ?? "—"}</span>,
                    },
                    {
                      label: t("deliveries.time"),
                      value: a.event?.time ? <DateTime value={a.event.time} /> : "—",
                    },
                    {
                      label: t("attemptDetail.metadata"),
                      value: <MapList map={a.event?.metadata} empty={t("attemptDetail.none")} />,
                    },
                  ]}
                />
                <h3 className="mt-4 mb-2 text-sm font-semibold">{t("attemptDetail.payload")}</h3>
                {a.event?.data !== undefined ? (
                  <Json value={a.event.data} label={t("attemptDetail.eventPayload")} />
                ) : (
                  <p className="text-sm text-fg-muted">{t("attemptDetail.noPayload")}</p>
                )}
              </Card>
              <Card
                title={t("attemptDetail.response")}
                description={
                  response?.status
                    ? t("attemptDetail.responseStatus", { status: response.status })
                    : undefined
                }
              >
                {response ? (
                  <Json value={response.body} label={t("attemptDetail.responseBody")} />
                ) : (
                  <p className="text-sm text-fg-muted">{t("attemptDetail.noResponse")}</p>
                )}
              </Card>
            </div>
          );
        }}
      </QueryState>
    </div>
  );
}
