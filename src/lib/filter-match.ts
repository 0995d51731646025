/**
 * Outpost's destination filter, evaluated in the browser, with the reason an
 * event doesn't match. Same semantics as the sandbox's matcher
 * (`sandbox/filter-match.ts`); both run the cases of `filter-cases.fixture.ts`.
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

/** Where an event stops matching: the path in the event (`data.amount`, "" for the event) and why. */
export interface FilterFailure {
  path: string;
  reason: string;
}

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

/** A value as it reads in a reason: JSON, shortened; `undefined` is "missing". */
export function showValue(value: unknown): string {
  if (value === undefined) return "missing";
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

const at = (path: string, key: string) => (path ? `${path}.${key}` : key);
const is = (actual: unknown) => (actual === undefined ? "is missing" : `is ${showValue(actual)}`);

const COMPARISONS = {
  $gt: [(c: number) => c > 0, "greater than"],
  $gte: [(c: number) => c >= 0, "at least"],
  $lt: [(c: number) => c < 0, "less than"],
  $lte: [(c: number) => c <= 0, "at most"],
} as const;

function operator(op: string, operand: unknown, actual: unknown, path: string) {
  const fail = (reason: string): FilterFailure => ({ path, reason });
  switch (op) {
    case "$eq":
      return equalsOrHas(actual, operand) ? null : fail(`${is(actual)}, not ${showValue(operand)}`);
    case "$neq":
      return equalsOrHas(actual, operand)
        ? fail(`${is(actual)}, which $neq ${showValue(operand)} excludes`)
        : null;
    case "$gt":
    case "$gte":
    case "$lt":
    case "$lte": {
      const [test, words] = COMPARISONS[op];
      const c = order(actual, operand);
      if (c === null)
        return fail(
          `${is(actual)}: ${op} compares a number with a number or a string with a string (${showValue(operand)})`,
        );
      return test(c) ? null : fail(`${is(actual)}, not ${words} ${showValue(operand)}`);
    }
    case "$in":
      return inOperand(actual, operand)
        ? null
        : fail(`${is(actual)}, not in ${showValue(operand)}`);
    case "$nin":
      return inOperand(actual, operand)
        ? fail(`${is(actual)}, which $nin ${showValue(operand)} excludes`)
        : null;
    case "$startsWith":
    case "$endsWith": {
      const starts = op === "$startsWith";
      if (typeof operand !== "string") return fail(`${op} needs a string`);
      return someString(actual, (s) => (starts ? s.startsWith(operand) : s.endsWith(operand)))
        ? null
        : fail(`${is(actual)}, doesn't ${starts ? "start" : "end"} with ${showValue(operand)}`);
    }
    case "$exist": {
      const exists = actual !== undefined && actual !== null;
      if (operand === exists) return null;
      if (typeof operand !== "boolean") return fail("$exist needs true or false");
      return fail(exists ? `exists (${showValue(actual)}) but $exist is false` : is(actual));
    }
    case "$or": {
      if (!Array.isArray(operand)) return fail("$or needs a list of conditions");
      const failures: FilterFailure[] = [];
      for (const sub of operand) {
        const failure = check(sub, actual, path);
        if (!failure) return null;
        failures.push(failure);
      }
      return fail(
        failures.length === 0
          ? "$or has no conditions"
          : `no $or condition matches (${failures.map(describeFailure).join("; ")})`,
      );
    }
    case "$and": {
      if (!Array.isArray(operand)) return fail("$and needs a list of conditions");
      for (const sub of operand) {
        const failure = check(sub, actual, path);
        if (failure) return failure;
      }
      return null;
    }
    case "$not":
      return check(operand, actual, path) ? null : fail("matches the $not condition");
    default:
      return fail(`${op} isn't one of Outpost's operators, so nothing matches it`);
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
        const failure = isObject(item)
          ? inObject(item, `${path}[${i}]`)
          : { path: `${path}[${i}]`, reason: `${is(item)}, not an object` };
        if (!failure) return null;
        first ??= failure;
      }
      return first
        ? { path: first.path, reason: `${first.reason} (and no other item matches either)` }
        : { path, reason: "is an empty list" };
    }
    // A missing object can still satisfy conditions such as { "$exist": false }.
    return inObject(isObject(actual) ? actual : {}, path);
  }
  if (Array.isArray(filter)) {
    if (!Array.isArray(actual)) return { path, reason: `${is(actual)}, not a list` };
    const missing = filter.findIndex((f) => !actual.some((a) => same(a, f)));
    return missing === -1
      ? null
      : { path, reason: `doesn't contain ${showValue(filter[missing])}` };
  }
  if (equalsOrHas(actual, filter)) return null;
  return {
    path,
    reason: Array.isArray(actual)
      ? `doesn't contain ${showValue(filter)}`
      : `${is(actual)}, not ${showValue(filter)}`,
  };
}

/** "data.amount is 50, not at least 100"; at the event itself: "no $or condition matches (…)". */
export function describeFailure({ path, reason }: FilterFailure): string {
  if (path) return `${path} ${reason}`;
  return /^(no |\$)/.test(reason) ? reason : `the event ${reason}`;
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

/**
 * Conditions that can never behave as meant (unknown operators, `$or` without a list…),
 * with their path: Outpost accepts them, they just never (or always) match.
 */
export function filterProblems(filter: unknown, path = ""): string[] {
  if (Array.isArray(filter)) return [];
  if (!isObject(filter)) return [];
  const problems: string[] = [];
  const where = path ? ` at ${path}` : "";
  for (const [key, operand] of Object.entries(filter)) {
    if (!key.startsWith("$")) {
      problems.push(...filterProblems(operand, at(path, key)));
      continue;
    }
    if (!OPERATOR_SET.has(key))
      problems.push(`${key}${where} isn't one of Outpost's operators: nothing matches it.`);
    else if ((key === "$or" || key === "$and") && !Array.isArray(operand))
      problems.push(`${key}${where} needs a list of conditions: [ {…}, {…} ].`);
    else if ((key === "$startsWith" || key === "$endsWith") && typeof operand !== "string")
      problems.push(`${key}${where} needs a string.`);
    else if (key === "$exist" && typeof operand !== "boolean")
      problems.push(`$exist${where} needs true or false.`);
    else if (
      (key === "$in" || key === "$nin") &&
      !Array.isArray(operand) &&
      typeof operand !== "string"
    )
      problems.push(`${key}${where} needs a list of values (or a string to search in).`);
    if (key === "$or" || key === "$and")
      for (const sub of Array.isArray(operand) ? operand : [])
        problems.push(...filterProblems(sub, path));
    if (key === "$not") problems.push(...filterProblems(operand, path));
  }
  return problems;
}
