/**
 * Outpost's destination filter, evaluated in the browser, with the reason an
 * event doesn't match, as data the portal puts into words. Same semantics as the
 * sandbox's matcher (`sandbox/filter-match.ts`); both run the cases of
 * `filter-cases.fixture.ts`.
 *
 * The filter is matched against `{ id, topic, time, metadata, data }`:
 * - a plain value must equal the event's value (or be one of its elements when
 *   the event holds a list);
 * - an object descends into the event's object, every key must match; against a
 *   list, any element may match;
 * - a list requires the event's list to contain every listed element;
 * - `$` keys are operators on the current value.
 */
export const FILTER_OPERATORS = [
  "$eq",
  "$neq",
  "$gt",
  "$gte",
  "$lt",
  "$lte",
  "$in",
  "$nin",
  "$startsWith",
  "$endsWith",
  "$exist",
  "$or",
  "$and",
  "$not",
] as const;

type Comparison = "$gt" | "$gte" | "$lt" | "$lte";

/**
 * A condition that can never behave as meant, with the path of the value it sits on
 * ("" for the event): Outpost accepts it, it just never (or always) matches.
 */
export type FilterProblem = { path: string } & ProblemReason;

type ProblemReason =
  | { kind: "unknownOperator"; op: string }
  | { kind: "needsList"; op: "$or" | "$and" }
  | { kind: "needsString"; op: "$startsWith" | "$endsWith" }
  | { kind: "needsBoolean"; op: "$exist" }
  | { kind: "needsValues"; op: "$in" | "$nin" };

/**
 * Why a value fails its condition, as data for the portal to put into words.
 * `actual` is the event's value, `undefined` when the event has none there.
 */
export type FilterReason =
  /** A plain value or `$eq`: the event holds another value. */
  | { kind: "notEqual"; actual: unknown; expected: unknown }
  /** `$neq` or `$nin` rule out the event's value. */
  | { kind: "excluded"; op: "$neq" | "$nin"; actual: unknown; operand: unknown }
  /** `$gt`… with a value of another type than the operand (or none). */
  | { kind: "notComparable"; op: Comparison; actual: unknown; operand: unknown }
  | { kind: "comparison"; op: Comparison; actual: unknown; operand: unknown }
  | { kind: "notIn"; actual: unknown; operand: unknown }
  | { kind: "affix"; op: "$startsWith" | "$endsWith"; actual: unknown; operand: string }
  /** `$exist: false`, and the value is there. */
  | { kind: "exists"; actual: unknown }
  /** `$exist: true`, and the value is missing (`undefined`) or `null`. */
  | { kind: "absent"; actual: unknown }
  /** `$or`: each condition failed, for these reasons. */
  | { kind: "noneMatches"; failures: FilterFailure[] }
  | { kind: "noConditions"; op: "$or" }
  | { kind: "matchesNot" }
  /** An object filter against a list: an item that isn't an object. */
  | { kind: "notObject"; actual: unknown }
  /** An object filter against a list: no item matches, the first for this reason. */
  | { kind: "noItemMatches"; first: FilterFailure }
  | { kind: "emptyList" }
  /** A list filter against something else. */
  | { kind: "notList"; actual: unknown }
  /** The event's list lacks this element. */
  | { kind: "lacks"; element: unknown }
  /** The matcher meets these problems too; a `$in` without a list fails as `notIn`. */
  | Exclude<ProblemReason, { kind: "needsValues" }>;

/** Where an event stops matching: the path in the event (`data.amount`, "" for the event) and why. */
export type FilterFailure = { path: string } & FilterReason;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => same(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length &&
      keys.every((k) => Object.hasOwn(b, k) && same(a[k], b[k]))
    );
  }
  return false;
}

/** Equal, or, when the event holds a list and the filter a single value, one of its elements. */
const equalsOrHas = (actual: unknown, expected: unknown) =>
  Array.isArray(actual) && !Array.isArray(expected)
    ? actual.some((x) => same(x, expected))
    : same(actual, expected);

/** Numbers with numbers, strings with strings (ISO times compare as strings); else null. */
function order(actual: unknown, operand: unknown): number | null {
  if (typeof actual === "number" && typeof operand === "number") return actual - operand;
  if (typeof actual === "string" && typeof operand === "string")
    return actual < operand ? -1 : actual > operand ? 1 : 0;
  return null;
}

function inOperand(actual: unknown, operand: unknown): boolean {
  if (Array.isArray(operand))
    return Array.isArray(actual)
      ? actual.some((x) => operand.some((y) => same(x, y)))
      : operand.some((y) => same(actual, y));
  if (typeof operand === "string") {
    if (typeof actual === "string") return actual.includes(operand);
    if (Array.isArray(actual)) return actual.includes(operand);
  }
  return false;
}

const someString = (actual: unknown, test: (s: string) => boolean) =>
  typeof actual === "string"
    ? test(actual)
    : Array.isArray(actual) && actual.some((x) => typeof x === "string" && test(x));

/** A value as a reason quotes it: JSON, shortened. `undefined` (missing) is the caller's to word. */
export function showValue(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

const at = (path: string, key: string) => (path ? `${path}.${key}` : key);

const COMPARISONS = {
  $gt: (c: number) => c > 0,
  $gte: (c: number) => c >= 0,
  $lt: (c: number) => c < 0,
  $lte: (c: number) => c <= 0,
} as const;

function operator(op: string, operand: unknown, actual: unknown, path: string) {
  const fail = (reason: FilterReason): FilterFailure => ({ path, ...reason });
  switch (op) {
    case "$eq":
      return equalsOrHas(actual, operand)
        ? null
        : fail({ kind: "notEqual", actual, expected: operand });
    case "$neq":
      return equalsOrHas(actual, operand) ? fail({ kind: "excluded", op, actual, operand }) : null;
    case "$gt":
    case "$gte":
    case "$lt":
    case "$lte": {
      const c = order(actual, operand);
      if (c === null) return fail({ kind: "notComparable", op, actual, operand });
      return COMPARISONS[op](c) ? null : fail({ kind: "comparison", op, actual, operand });
    }
    case "$in":
      return inOperand(actual, operand) ? null : fail({ kind: "notIn", actual, operand });
    case "$nin":
      return inOperand(actual, operand) ? fail({ kind: "excluded", op, actual, operand }) : null;
    case "$startsWith":
    case "$endsWith": {
      const starts = op === "$startsWith";
      if (typeof operand !== "string") return fail({ kind: "needsString", op });
      return someString(actual, (s) => (starts ? s.startsWith(operand) : s.endsWith(operand)))
        ? null
        : fail({ kind: "affix", op, actual, operand });
    }
    case "$exist": {
      const exists = actual !== undefined && actual !== null;
      if (operand === exists) return null;
      if (typeof operand !== "boolean") return fail({ kind: "needsBoolean", op });
      return fail(exists ? { kind: "exists", actual } : { kind: "absent", actual });
    }
    case "$or": {
      if (!Array.isArray(operand)) return fail({ kind: "needsList", op });
      const failures: FilterFailure[] = [];
      for (const sub of operand) {
        const failure = check(sub, actual, path);
        if (!failure) return null;
        failures.push(failure);
      }
      return fail(
        failures.length === 0 ? { kind: "noConditions", op } : { kind: "noneMatches", failures },
      );
    }
    case "$and": {
      if (!Array.isArray(operand)) return fail({ kind: "needsList", op });
      for (const sub of operand) {
        const failure = check(sub, actual, path);
        if (failure) return failure;
      }
      return null;
    }
    case "$not":
      return check(operand, actual, path) ? null : fail({ kind: "matchesNot" });
    default:
      return fail({ kind: "unknownOperator", op });
  }
}

function check(filter: unknown, actual: unknown, path: string): FilterFailure | null {
  if (isObject(filter)) {
    const fields: [string, unknown][] = [];
    for (const [key, operand] of Object.entries(filter)) {
      if (!key.startsWith("$")) fields.push([key, operand]);
      else {
        const failure = operator(key, operand, actual, path);
        if (failure) return failure;
      }
    }
    if (fields.length === 0) return null;
    const inObject = (candidate: Json, base: string) => {
      for (const [key, sub] of fields) {
        const failure = check(
          sub,
          Object.hasOwn(candidate, key) ? candidate[key] : undefined,
          at(base, key),
        );
        if (failure) return failure;
      }
      return null;
    };
    if (Array.isArray(actual)) {
      let first: FilterFailure | null = null;
      for (const [i, item] of actual.entries()) {
        const failure: FilterFailure | null = isObject(item)
          ? inObject(item, `${path}[${i}]`)
          : { path: `${path}[${i}]`, kind: "notObject", actual: item };
        if (!failure) return null;
        first ??= failure;
      }
      return first
        ? { path: first.path, kind: "noItemMatches", first }
        : { path, kind: "emptyList" };
    }
    // A missing object can still satisfy conditions such as { "$exist": false }.
    return inObject(isObject(actual) ? actual : {}, path);
  }
  if (Array.isArray(filter)) {
    if (!Array.isArray(actual)) return { path, kind: "notList", actual };
    const missing = filter.findIndex((f) => !actual.some((a) => same(a, f)));
    return missing === -1 ? null : { path, kind: "lacks", element: filter[missing] };
  }
  if (equalsOrHas(actual, filter)) return null;
  return Array.isArray(actual)
    ? { path, kind: "lacks", element: filter }
    : { path, kind: "notEqual", actual, expected: filter };
}

/** The part of an event a filter sees. */
export function filterSubject(event: {
  id: string;
  topic: string;
  time: string;
  metadata?: Record<string, string> | null;
  data?: unknown;
}): Json {
  return {
    id: event.id,
    topic: event.topic,
    time: event.time,
    metadata: event.metadata ?? {},
    data: event.data,
  };
}

/** Null when the event matches (a null or empty filter lets everything through), else why not. */
export function explainFilter(filter: Json | null, subject: Json): FilterFailure | null {
  if (filter === null || Object.keys(filter).length === 0) return null;
  return check(filter, subject, "");
}

export const matchesFilter = (filter: Json | null, subject: Json) =>
  explainFilter(filter, subject) === null;

const OPERATOR_SET: ReadonlySet<string> = new Set(FILTER_OPERATORS);

/** Conditions that can never behave as meant (unknown operators, `$or` without a list…). */
export function filterProblems(filter: unknown, path = ""): FilterProblem[] {
  if (Array.isArray(filter)) return [];
  if (!isObject(filter)) return [];
  const problems: FilterProblem[] = [];
  for (const [key, operand] of Object.entries(filter)) {
    if (!key.startsWith("$")) {
      problems.push(...filterProblems(operand, at(path, key)));
      continue;
    }
    if (!OPERATOR_SET.has(key)) problems.push({ path, kind: "unknownOperator", op: key });
    else if ((key === "$or" || key === "$and") && !Array.isArray(operand))
      problems.push({ path, kind: "needsList", op: key });
    else if ((key === "$startsWith" || key === "$endsWith") && typeof operand !== "string")
      problems.push({ path, kind: "needsString", op: key });
    else if (key === "$exist" && typeof operand !== "boolean")
      problems.push({ path, kind: "needsBoolean", op: key });
    else if (
      (key === "$in" || key === "$nin") &&
      !Array.isArray(operand) &&
      typeof operand !== "string"
    )
      problems.push({ path, kind: "needsValues", op: key });
    if (key === "$or" || key === "$and")
      for (const sub of Array.isArray(operand) ? operand : [])
        problems.push(...filterProblems(sub, path));
    if (key === "$not") problems.push(...filterProblems(operand, path));
  }
  return problems;
}
