import { Fragment } from "react";
import { useT } from "@/i18n/i18n";
import { Message } from "@/i18n/message";
import { showValue, type FilterFailure, type FilterProblem } from "@/lib/filter-match";

/*
 * The matcher's reasons (src/lib/filter-match) in the tenant's language. Each kind
 * is one message; paths, operators and the event's values go in as data, shown as
 * code. Every message words the place itself: `at` is "event" at the top (where a
 * message says "the event") and "field" elsewhere (where it names `path`).
 */

const code = (text: string) => (
  <code className="wrap-anywhere" translate="no" dir="ltr">
    {text}
  </code>
);

/** A value of the event or the filter, as JSON; `state` tells a missing value apart. */
const quoted = (value: unknown) => (value === undefined ? "" : code(showValue(value)));
const stateOf = (value: unknown) => (value === undefined ? "missing" : "value");

const COMPARISON = { $gt: "gt", $gte: "gte", $lt: "lt", $lte: "lte" } as const;

/** Why an event doesn't match its filter, or why a condition can't work as meant, in words. */
export function FilterReasonText({ reason: failure }: { reason: FilterFailure | FilterProblem }) {
  const where = { at: failure.path ? "field" : "event", path: code(failure.path) };
  const actual = (f: { actual: unknown }) => ({
    state: stateOf(f.actual),
    actual: quoted(f.actual),
  });
  switch (failure.kind) {
    case "notEqual":
      return (
        <Message
          id="filterReason.notEqual"
          values={{ ...where, ...actual(failure), expected: quoted(failure.expected) }}
        />
      );
    case "excluded":
      return (
        <Message
          id="filterReason.excluded"
          values={{
            ...where,
            ...actual(failure),
            op: code(failure.op),
            operand: quoted(failure.operand),
          }}
        />
      );
    case "notComparable":
      return (
        <Message
          id="filterReason.notComparable"
          values={{
            ...where,
            ...actual(failure),
            op: code(failure.op),
            operand: quoted(failure.operand),
          }}
        />
      );
    case "comparison":
      return (
        <Message
          id="filterReason.comparison"
          values={{
            ...where,
            ...actual(failure),
            comparison: COMPARISON[failure.op],
            operand: quoted(failure.operand),
          }}
        />
      );
    case "notIn":
      return (
        <Message
          id="filterReason.notIn"
          values={{ ...where, ...actual(failure), operand: quoted(failure.operand) }}
        />
      );
    case "affix":
      return (
        <Message
          id="filterReason.affix"
          values={{
            ...where,
            ...actual(failure),
            affix: failure.op === "$startsWith" ? "start" : "end",
            operand: quoted(failure.operand),
          }}
        />
      );
    case "exists":
      return (
        <Message
          id="filterReason.exists"
          values={{ ...where, ...actual(failure), op: code("$exist"), falseValue: code("false") }}
        />
      );
    case "absent":
      return <Message id="filterReason.absent" values={{ ...where, ...actual(failure) }} />;
    case "noneMatches":
      return (
        <Message
          id="filterReason.noneMatches"
          values={{ ...where, op: code("$or"), reasons: <Reasons failures={failure.failures} /> }}
        />
      );
    case "noConditions":
      return <Message id="filterReason.noConditions" values={{ ...where, op: code(failure.op) }} />;
    case "matchesNot":
      return <Message id="filterReason.matchesNot" values={{ ...where, op: code("$not") }} />;
    case "notObject":
      return <Message id="filterReason.notObject" values={{ ...where, ...actual(failure) }} />;
    case "noItemMatches":
      return (
        <Message
          id="filterReason.noItemMatches"
          values={{ reason: <FilterReasonText reason={failure.first} /> }}
        />
      );
    case "emptyList":
      return <Message id="filterReason.emptyList" values={where} />;
    case "notList":
      return <Message id="filterReason.notList" values={{ ...where, ...actual(failure) }} />;
    case "lacks":
      return (
        <Message id="filterReason.lacks" values={{ ...where, element: quoted(failure.element) }} />
      );
    case "unknownOperator":
      return (
        <Message
          id="filterReason.unknownOperator"
          values={{
            ...where,
            op: code(failure.op),
            outpost: <span translate="no">Outpost</span>,
          }}
        />
      );
    case "needsList":
      return (
        <Message
          id="filterReason.needsList"
          values={{ ...where, op: code(failure.op), example: code("[ {…}, {…} ]") }}
        />
      );
    case "needsString":
      return <Message id="filterReason.needsString" values={{ ...where, op: code(failure.op) }} />;
    case "needsBoolean":
      return (
        <Message
          id="filterReason.needsBoolean"
          values={{
            ...where,
            op: code(failure.op),
            trueValue: code("true"),
            falseValue: code("false"),
          }}
        />
      );
    case "needsValues":
      return <Message id="filterReason.needsValues" values={{ ...where, op: code(failure.op) }} />;
  }
}

/** The failed conditions of an `$or`, joined by the catalogue's separator. */
function Reasons({ failures }: { failures: FilterFailure[] }) {
  const t = useT();
  const separator = t("filterReason.separator");
  return failures.map((failure, index) => (
    <Fragment key={index}>
      {index > 0 && separator}
      <FilterReasonText reason={failure} />
    </Fragment>
  ));
}
