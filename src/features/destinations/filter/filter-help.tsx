import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useParams } from "react-router";
import { destinationQuery } from "@/api/destinations";
import { eventsQuery } from "@/api/events";
import { isAllTopics, matchesTopic } from "@/api/topic-match";
import type { Event, Topics } from "@/api/types";
import { cn } from "@/lib/cn";
import {
  describeFailure,
  explainFilter,
  filterProblems,
  filterSubject,
  type FilterFailure,
} from "@/lib/filter-match";
import { countOf } from "@/lib/plural";
import { useUrlParams } from "@/lib/use-url-params";
import { useTenantId } from "@/session/session-store";
import { Badge } from "@/ui/badge";
import { Button } from "@/ui/button";
import { DateTime } from "@/ui/date-time";
import { QueryState } from "@/ui/query-state";
import { Skeleton } from "@/ui/skeleton";
import { readCreateState } from "@/features/destinations/create/create-steps";
import { GUIDE, GUIDE_EVENT } from "./filter-guide";

/** How many recent events a test looks at. */
export const TEST_EVENTS = 50;

type Parsed = { ok: true; value: Record<string, unknown> | null } | { ok: false; error: string };

const pre =
  "overflow-x-auto rounded-md bg-surface-muted p-2 font-mono text-xs whitespace-pre-wrap wrap-anywhere";
const json = (value: unknown) => JSON.stringify(value, null, 2);

/** Warnings, the syntax guide and "Test this filter": loaded with the editor, never on the list. */
export default function FilterHelp({ text, parsed }: { text: string; parsed: Parsed }) {
  const problems = parsed.ok && parsed.value ? filterProblems(parsed.value) : [];
  return (
    <div className="mt-3 grid gap-3">
      {problems.length > 0 && (
        <div className="rounded-md border border-warning p-3 text-sm">
          <p className="font-medium">Saved as is, these conditions won't work as meant:</p>
          <ul className="mt-1 list-disc pl-5">
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      <FilterGuide />
      <FilterTest text={text} parsed={parsed} />
    </div>
  );
}

function FilterGuide() {
  return (
    <details className="rounded-md border border-border">
      <summary className="cursor-pointer px-3 py-2 text-sm font-medium">
        Filter syntax and examples
      </summary>
      <div className="grid gap-3 border-t border-border p-3 text-sm">
        <p>
          A filter is a JSON object matched against each event's <code>id</code>, <code>topic</code>
          , <code>time</code>, <code>metadata</code> and <code>data</code>. Keys name the event's
          fields; keys starting with <code>$</code> are operators on the field they sit in. Every
          key must match. An operator Outpost doesn't know never matches. The examples are written
          against this event:
        </p>
        <pre className={pre}>{json(GUIDE_EVENT)}</pre>
        <dl className="grid gap-3">
          {GUIDE.map((entry) => (
            <div key={entry.term} className="grid gap-1">
              <dt className="flex flex-wrap items-center gap-2 font-medium">
                <code>{entry.term}</code>
                <Badge tone={entry.matches ? "success" : "neutral"}>
                  {entry.matches ? "Matches the example event" : "Doesn't match it"}
                </Badge>
              </dt>
              <dd className="grid gap-1">
                <span>{entry.meaning}</span>
                <pre className={pre}>{JSON.stringify(entry.filter)}</pre>
              </dd>
            </div>
          ))}
        </dl>
      </div>
    </details>
  );
}

/** The topics a test draws events from: the destination's, or while creating, the chosen ones. */
function useTestTopics(): { topics: Topics | undefined; error: boolean } {
  const { id } = useParams();
  const [params] = useUrlParams();
  const destination = useQuery({
    ...destinationQuery(useTenantId(), id ?? ""),
    enabled: id !== undefined,
  });
  if (id === undefined) return { topics: readCreateState(params).topics ?? "*", error: false };
  return { topics: destination.data?.topics, error: destination.isError };
}

const topicWords = (topics: Topics) =>
  isAllTopics(topics) ? "every topic" : (topics as string[]).join(", ");

interface Outcome {
  event: Event;
  failure: FilterFailure | null;
}

function FilterTest({ text, parsed }: { text: string; parsed: Parsed }) {
  const id = useId();
  const [tested, setTested] = useState<{ text: string; parsed: Parsed } | null>(null);
  const { topics, error: topicsError } = useTestTopics();
  const all = topics === undefined || isAllTopics(topics);
  const patterns = all ? [] : (topics as string[]);
  const wildcards = patterns.some((p) => p.includes("*"));
  const events = useQuery({
    ...eventsQuery(useTenantId(), {
      limit: TEST_EVENTS,
      ...(all || wildcards ? {} : { topic: patterns }),
    }),
    enabled: tested !== null && topics !== undefined,
  });
  const run = () => {
    setTested({ text, parsed });
    if (tested) void events.refetch();
  };

  let summary = "";
  let outcomes: Outcome[] = [];
  if (tested && !tested.parsed.ok) {
    summary = "The filter isn't valid JSON, so it can't be tested. Fix it and test again.";
  } else if (tested && tested.parsed.ok && events.data) {
    const filter = tested.parsed.value;
    outcomes = events.data.models
      .filter((event) => !wildcards || patterns.some((p) => matchesTopic(p, event.topic)))
      .map((event) => ({ event, failure: explainFilter(filter, filterSubject(event)) }));
    const delivered = outcomes.filter((o) => !o.failure).length;
    summary =
      outcomes.length === 0
        ? `No recent events of ${topicWords(topics!)} to test against.`
        : `${delivered} of ${countOf(outcomes.length, "recent event", "recent events")} would be delivered${
            tested.parsed.value ? "" : " (no filter: every event of the topics is)"
          }.`;
  }
  const stale = tested !== null && tested.text !== text;

  return (
    <section aria-labelledby={`${id}-heading`} className="grid gap-2">
      <h3 id={`${id}-heading`} className="sr-only">
        Filter test
      </h3>
      <div className="flex flex-wrap items-center gap-3">
        <Button size="sm" onClick={run}>
          {tested ? "Test again" : "Test this filter"}
        </Button>
        <span className="text-sm text-fg-muted">
          Against the {TEST_EVENTS} latest events
          {topics === undefined ? "" : ` of ${topicWords(topics)}`}, in your browser. Nothing is
          saved or sent.
        </span>
      </div>
      {topicsError && (
        <p className="text-sm text-danger">Couldn't load this destination's topics.</p>
      )}
      <p role="status" className="text-sm font-medium">
        {summary}
      </p>
      {stale && outcomes.length > 0 && (
        <p className="text-sm text-fg-muted">
          The filter changed since this test: test again to see the new results.
        </p>
      )}
      {tested?.parsed.ok && (
        <QueryState
          query={events}
          errorTitle="Couldn't load recent events"
          loading={<Skeleton className="h-16 w-full" />}
        >
          {() =>
            outcomes.length > 0 && (
              <ul aria-label="Filter test results" className="grid gap-2">
                {outcomes.map((outcome) => (
                  <TestRow key={outcome.event.id} {...outcome} />
                ))}
              </ul>
            )
          }
        </QueryState>
      )}
    </section>
  );
}

function TestRow({ event, failure }: Outcome) {
  return (
    <li
      className={cn(
        "grid gap-1 rounded-md border p-2 text-sm",
        failure ? "border-border" : "border-success",
      )}
    >
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <Badge tone={failure ? "neutral" : "success"}>
          {failure ? "Filtered out" : "Would be delivered"}
        </Badge>
        <code className="wrap-anywhere">{event.id}</code>
        <span className="wrap-anywhere">{event.topic}</span>
        <span className="text-fg-muted">
          <DateTime value={event.time} />
        </span>
      </div>
      {failure && (
        <p className="break-words">
          Doesn't match:{" "}
          {failure.path ? (
            <>
              <code className="wrap-anywhere">{failure.path}</code> {failure.reason}
            </>
          ) : (
            describeFailure(failure)
          )}
        </p>
      )}
      <details>
        <summary className="cursor-pointer text-fg-muted">What the filter sees</summary>
        <pre className={cn(pre, "mt-1")}>{json(filterSubject(event))}</pre>
      </details>
    </li>
  );
}
