import { useLocale } from "@/i18n/i18n";
import { Message } from "@/i18n/message";
import type { CodeClass } from "@/lib/code-class";
import { formatMinute } from "@/lib/format";
import type { TimeRange } from "@/lib/time-range";

export interface ScopeParts {
  range: TimeRange;
  destination?: string | null;
  topic?: string | null;
  eventId?: string | null;
  code?: CodeClass | null;
}

/** The period as `scope.phrase` selects it: a relative range, or which ends a custom one has. */
function periodOf({ key, from, to }: TimeRange) {
  if (key !== "custom") return key;
  if (from && to) return "between";
  if (from) return "since";
  return to ? "until" : "always";
}

/** Data inside the sentence: isolated from its direction and left alone by page translators. */
const data = (value: string) => <bdi translate="no">{value}</bdi>;

/**
 * "to <destination> for order.paid with 5xx server error codes in the last 24 hours".
 * One message (`scope.phrase`) with a select per optional part: each language puts the
 * parts in its own order with its own joiners (German leads with the period, Japanese
 * lists nouns with ・), which joining separately translated phrases in code can't do.
 */
export function ScopePhrase({ parts }: { parts: ScopeParts }) {
  const locale = useLocale();
  const { range, destination, topic, eventId, code } = parts;
  const has = (value: string | null | undefined) => (value ? "yes" : "no");
  return (
    <Message
      id="scope.phrase"
      values={{
        range: periodOf(range),
        from: range.from && formatMinute(range.from, locale),
        to: range.to && formatMinute(range.to, locale),
        hasDestination: has(destination),
        destination: destination ? data(destination) : "",
        hasEvent: has(eventId),
        eventId: eventId ? data(eventId) : "",
        hasTopic: has(topic),
        topic: topic ? data(topic) : "",
        code: code ?? "none",
      }}
    />
  );
}
