import { useQuery } from "@tanstack/react-query";
import { useId, useState, type ReactNode } from "react";
import { useParams } from "react-router";
import { destinationQuery } from "@/api/destinations";
import { eventsQuery } from "@/api/events";
import { isAllTopics, matchesTopic } from "@/api/topic-match";
import type { Event, Topics } from "@/api/types";
import { cn } from "@/lib/cn";
import {
  explainFilter,
  filterProblems,
  filterSubject,
  type FilterFailure,
} from "@/lib/filter-match";
import { useT, useLocale } from "@/i18n/i18n";
import { Message } from "@/i18n/message";
import { useUrlParams } from "@/lib/use-url-params";
import { useTenantId } from "@/session/session-store";
import { Badge } from "@/ui/badge";
import { Button } from "@/ui/button";
import { DateTime } from "@/ui/date-time";
import { QueryState } from "@/ui/query-state";
import { Skeleton } from "@/ui/skeleton";
import { readCreateState } from "@/features/destinations/create/create-steps";
import type { FilterTextProblem } from "@/features/destinations/filter-editor";
import { GUIDE, GUIDE_EVENT, type GuideEntry } from "./filter-guide";
import { FilterProblemText, FilterReasonText } from "./filter-reason";

/** How many recent events a test looks at. */
export const TEST_EVENTS = 50;

type Parsed =
  { ok: true; value: Record<string, unknown> | null } | { ok: false; problem: FilterTextProblem };

const pre =
  "overflow-x-auto rounded-md bg-surface-muted p-2 font-mono text-xs whitespace-pre-wrap wrap-anywhere";
const json = (value: unknown) => JSON.stringify(value, null, 2);

/** Warnings, the syntax guide and "Test this filter": loaded with the editor, never on the list. */
export default function FilterHelp({ text, parsed }: { text: string; parsed: Parsed }) {
  const t = useT();
  const problems = parsed.ok && parsed.value ? filterProblems(parsed.value) : [];
  return (
    <div className="mt-3 grid gap-3">
      {problems.length > 0 && (
        <div className="rounded-md border border-warning p-3 text-sm">
          <p className="font-medium">{t("filterHelp.problems")}</p>
          <ul className="mt-1 list-disc ps-5">
            {problems.map((problem, index) => (
              <li key={index}>
                <FilterProblemText problem={problem} />
              </li>
            ))}
          </ul>
        </div>
      )}
      <FilterGuide />
      <FilterTest text={text} parsed={parsed} />
    </div>
  );
}

// In a right-to-left sentence inline JSON is a box of its own: split over two lines, its
// first half would end in a mirrored brace (Chromium). Only there: a box adds spaces
// around it in the accessible description.
const code = (text: string) => (
  <code translate="no" dir="ltr" className="rtl:inline-block">
    {text}
  </code>
);

/** Code words joined the way the language lists things ("a, b and c"), each kept as code. */
function CodeList({ items }: { items: string[] }) {
  const locale = useLocale();
  const parts = new Intl.ListFormat(locale, { type: "conjunction" }).formatToParts(items);
  return parts.map((part, index) =>
    part.type === "element" ? (
      <code key={index} translate="no">
        {part.value}
      </code>
    ) : (
      part.value
    ),
  );
}

function GuideMeaning({ entry }: { entry: GuideEntry }) {
  const t = useT();
  if (!entry.code) return t(entry.meaning);
  const values = Object.fromEntries(Object.entries(entry.code).map(([name, c]) => [name, code(c)]));
  return <Message id={entry.meaning} values={values} />;
}

function FilterGuide() {
  const t = useT();
  return (
    <details className="rounded-md border border-border">
      <summary className="cursor-pointer px-3 py-2 text-sm font-medium">
        {t("filterHelp.guide")}
      </summary>
      <div className="grid gap-3 border-t border-border p-3 text-sm">
        <p>
          <Message
            id="filterHelp.guideIntro"
            values={{
              fields: <CodeList items={["id", "topic", "time", "metadata", "data"]} />,
              dollar: code("$"),
              outpost: <span translate="no">Outpost</span>,
            }}
          />
        </p>
        <pre className={pre} translate="no" dir="ltr">
          {json(GUIDE_EVENT)}
        </pre>
        <dl className="grid gap-3">
          {GUIDE.map((entry) => (
            <div key={entry.term} className="grid gap-1">
              <dt className="flex flex-wrap items-center gap-2 font-medium">
                {entry.form ? <span>{t(entry.form)}</span> : code(entry.term)}
                <Badge tone={entry.matches ? "success" : "neutral"}>
                  {entry.matches ? t("filterHelp.matches") : t("filterHelp.doesntMatch")}
                </Badge>
              </dt>
              <dd className="grid gap-1">
                <span>
                  <GuideMeaning entry={entry} />
                </span>
                <pre className={pre} translate="no" dir="ltr">
                  {JSON.stringify(entry.filter)}
                </pre>
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

/** The topics as the test's sentences name them: "all" (select) and the names as data. */
const topicsOf = (topics: Topics | undefined) => ({
  scope: topics === undefined ? "unknown" : isAllTopics(topics) ? "all" : "some",
  topics: (
    <span translate="no">
      {topics && !isAllTopics(topics) ? (topics as string[]).join(", ") : ""}
    </span>
  ),
});

interface Outcome {
  event: Event;
  failure: FilterFailure | null;
}

function FilterTest({ text, parsed }: { text: string; parsed: Parsed }) {
  const t = useT();
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

  let summary: ReactNode = "";
  let outcomes: Outcome[] = [];
  if (tested && !tested.parsed.ok) {
    summary = t("filterHelp.testInvalid");
  } else if (tested && tested.parsed.ok && events.data) {
    const filter = tested.parsed.value;
    outcomes = events.data.models
      .filter((event) => !wildcards || patterns.some((p) => matchesTopic(p, event.topic)))
      .map((event) => ({ event, failure: explainFilter(filter, filterSubject(event)) }));
    const delivered = outcomes.filter((o) => !o.failure).length;
    summary =
      outcomes.length === 0 ? (
        <Message id="filterHelp.testNoEvents" values={topicsOf(topics)} />
      ) : (
        t("filterHelp.testSummary", {
          delivered,
          count: outcomes.length,
          filtered: tested.parsed.value ? "yes" : "no",
        })
      );
  }
  const stale = tested !== null && tested.text !== text;

  return (
    <section aria-labelledby={`${id}-heading`} className="grid gap-2">
      <h3 id={`${id}-heading`} className="sr-only">
        {t("filterHelp.testHeading")}
      </h3>
      <div className="flex flex-wrap items-center gap-3">
        <Button size="sm" onClick={run}>
          {tested ? t("filterHelp.testAgain") : t("filterHelp.test")}
        </Button>
        <span className="text-sm text-fg-muted">
          <Message id="filterHelp.testScope" values={{ count: TEST_EVENTS, ...topicsOf(topics) }} />
        </span>
      </div>
      {topicsError && <p className="text-sm text-danger">{t("filterHelp.topicsError")}</p>}
      <p role="status" className="text-sm font-medium">
        {summary}
      </p>
      {stale && outcomes.length > 0 && (
        <p className="text-sm text-fg-muted">{t("filterHelp.testStale")}</p>
      )}
      {tested?.parsed.ok && (
        <QueryState
          query={events}
          errorTitle={t("filterHelp.eventsError")}
          loading={<Skeleton className="h-16 w-full" />}
        >
          {() =>
            outcomes.length > 0 && (
              <ul aria-label={t("filterHelp.testResults")} className="grid gap-2">
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
  const t = useT();
  return (
    <li
      className={cn(
        "grid gap-1 rounded-md border p-2 text-sm",
        failure ? "border-border" : "border-success",
      )}
    >
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <Badge tone={failure ? "neutral" : "success"}>
          {failure ? t("filterHelp.filteredOut") : t("filterHelp.wouldBeDelivered")}
        </Badge>
        <code className="wrap-anywhere" translate="no">
          {event.id}
        </code>
        <span className="wrap-anywhere" translate="no">
          {event.topic}
        </span>
        <span className="text-fg-muted">
          <DateTime value={event.time} />
        </span>
      </div>
      {failure && (
        <p className="break-words">
          <Message
            id="filterHelp.doesntMatchBecause"
            values={{ reason: <FilterReasonText reason={failure} /> }}
          />
        </p>
      )}
      <details>
        <summary className="cursor-pointer text-fg-muted">{t("filterHelp.whatItSees")}</summary>
        <pre className={cn(pre, "mt-1")} translate="no" dir="ltr">
          {json(filterSubject(event))}
        </pre>
      </details>
    </li>
  );
}
