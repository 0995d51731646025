import type { JsonObject } from "./types.ts";
import { isPlainObject } from "./is-plain-object.ts";

/**
 * Destination filters: a JSON document matched against the event
 * `{ id, topic, time, metadata, data }`.
 *
 * - A plain value must equal the event's value (or be one of its elements when the event holds an array).
 * - An object descends into the event's object; every key must match. Against an array, any element may match.
 * - An array requires the event's array to contain every listed element.
 * - Keys starting with `$` are operators applied to the current value:
 *   $eq $neq $gt $gte $lt $lte $in $nin $startsWith $endsWith $exist $or $and $not.
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

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && deepEqual(a[k], b[k]));
  }
  return false;
}

function equalsOrContains(actual: unknown, expected: unknown): boolean {
  if (Array.isArray(actual) && !Array.isArray(expected))
    return actual.some((x) => deepEqual(x, expected));
  return deepEqual(actual, expected);
}

function compare(actual: unknown, operand: unknown): number | null {
  if (typeof actual === "number" && typeof operand === "number") return actual - operand;
  if (typeof actual === "string" && typeof operand === "string")
    return actual < operand ? -1 : actual > operand ? 1 : 0;
  return null;
}

function stringTest(actual: unknown, test: (s: string) => boolean): boolean {
  if (typeof actual === "string") return test(actual);
  if (Array.isArray(actual)) return actual.some((x) => typeof x === "string" && test(x));
  return false;
}

function isIn(actual: unknown, operand: unknown): boolean {
  if (Array.isArray(operand)) {
    if (Array.isArray(actual)) return actual.some((x) => operand.some((y) => deepEqual(x, y)));
    return operand.some((y) => deepEqual(actual, y));
  }
  if (typeof operand === "string") {
    if (typeof actual === "string") return actual.includes(operand);
    if (Array.isArray(actual)) return actual.includes(operand);
  }
  return false;
}

function applyOperator(op: string, operand: unknown, actual: unknown): boolean {
  switch (op) {
    case "$eq":
      return equalsOrContains(actual, operand);
    case "$neq":
      return !equalsOrContains(actual, operand);
    case "$gt": {
      const c = compare(actual, operand);
      return c !== null && c > 0;
    }
    case "$gte": {
      const c = compare(actual, operand);
      return c !== null && c >= 0;
    }
    case "$lt": {
      const c = compare(actual, operand);
      return c !== null && c < 0;
    }
    case "$lte": {
      const c = compare(actual, operand);
      return c !== null && c <= 0;
    }
    case "$in":
      return isIn(actual, operand);
    case "$nin":
      return !isIn(actual, operand);
    case "$startsWith":
      return typeof operand === "string" && stringTest(actual, (s) => s.startsWith(operand));
    case "$endsWith":
      return typeof operand === "string" && stringTest(actual, (s) => s.endsWith(operand));
    case "$exist": {
      const exists = actual !== undefined && actual !== null;
      return operand === exists;
    }
    case "$or":
      return Array.isArray(operand) && operand.some((sub) => matchValue(sub, actual));
    case "$and":
      return Array.isArray(operand) && operand.every((sub) => matchValue(sub, actual));
    case "$not":
      return !matchValue(operand, actual);
    default:
      return false;
  }
}

export function matchValue(filter: unknown, actual: unknown): boolean {
  if (isPlainObject(filter)) {
    const entries = Object.entries(filter);
    const fieldEntries = entries.filter(([k]) => !k.startsWith("$"));
    for (const [k, operand] of entries) {
      if (k.startsWith("$") && !applyOperator(k, operand, actual)) return false;
    }
    if (fieldEntries.length === 0) return true;
    const matchObject = (candidate: unknown): boolean =>
      isPlainObject(candidate) &&
      fieldEntries.every(([k, sub]) =>
        matchValue(sub, Object.hasOwn(candidate, k) ? candidate[k] : undefined),
      );
    if (Array.isArray(actual)) return actual.some(matchObject);
    if (!isPlainObject(actual)) {
      // A missing object can still satisfy sub-filters such as { $exist: false }.
      return fieldEntries.every(([, sub]) => matchValue(sub, undefined));
    }
    return matchObject(actual);
  }
  if (Array.isArray(filter)) {
    return Array.isArray(actual) && filter.every((f) => actual.some((a) => deepEqual(a, f)));
  }
  return equalsOrContains(actual, filter);
}

/** A null or empty filter lets every event through. */
export function matchesFilter(filter: JsonObject | null, subject: JsonObject): boolean {
  if (filter === null || Object.keys(filter).length === 0) return true;
  return matchValue(filter, subject);
}
