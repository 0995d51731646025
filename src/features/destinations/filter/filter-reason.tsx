import { Fragment } from "react";
import { useT, type MessageId } from "@/i18n/i18n";
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

/** What a message about an operator (rather than the event's value) quotes. */
function operatorValues(problem: FilterProblem) {
  const where = {
    at: problem.path ? "field" : "event",
    path: code(problem.path),
    op: code(problem.op),
  };
  switch (problem.kind) {
    case "unknownOperator":
      return { ...where, outpost: <span translate="no">Outpost</span> };
    case "needsList":
      return { ...where, example: code("[ {…}, {…} ]") };
    case "needsBoolean":
      return { ...where, trueValue: code("true"), falseValue: code("false") };
    default:
      return where;
  }
}

// The matcher meets these problems too: as the reason an event fails (part of a sentence)…
const OPERATOR_REASONS = {
  unknownOperator: "filterReason.unknownOperator",
  needsList: "filterReason.needsList",
  needsString: "filterReason.needsString",
  needsBoolean: "filterReason.needsBoolean",
} as const satisfies Record<Exclude<FilterProblem["kind"], "needsValues">, MessageId>;

// …and as warnings under the editor (sentences of their own).
const PROBLEMS = {
  unknownOperator: "filterProblem.unknownOperator",
  needsList: "filterProblem.needsList",
  needsString: "filterProblem.needsString",
  needsBoolean: "filterProblem.needsBoolean",
  needsValues: "filterProblem.needsValues",
} as const satisfies Record<FilterProblem["kind"], MessageId>;

/** Why an event doesn't match its filter, in words. */
export function FilterReasonText({ reason: failure }: { reason: FilterFailure }) {
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
    case "needsList":
    case "needsString":
    case "needsBoolean":
      return <Message id={OPERATOR_REASONS[failure.kind]} values={operatorValues(failure)} />;
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

/** A condition that can't work as meant, as a sentence. */
export function FilterProblemText({ problem }: { problem: FilterProblem }) {
  return <Message id={PROBLEMS[problem.kind]} values={operatorValues(problem)} />;
}
