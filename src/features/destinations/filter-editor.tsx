import { Suspense, useId } from "react";
import { useT } from "@/i18n/i18n";
import { Message } from "@/i18n/message";
import { lazyWithRetry } from "@/lib/lazy-with-retry";
import { FieldError } from "@/ui/field";

// The guide and the dry run: a chunk of their own, fetched once an editor shows.
const FilterHelp = lazyWithRetry(() => import("./filter/filter-help"));

/** JSON's usual slips, named so the editor can say them in words. */
type JsonSlip = "singleQuotes" | "trailingComma" | "unquotedKeys";

/** Why the filter text can't be used: not an object, or not JSON (with the parser's own words). */
export type FilterTextProblem =
  { kind: "notObject" } | { kind: "notJson"; detail: string; slip: JsonSlip | null };

function jsonSlip(text: string): JsonSlip | null {
  if (/'/.test(text) && !/"/.test(text)) return "singleQuotes";
  if (/,\s*[}\]]/.test(text)) return "trailingComma";
  if (/[{,]\s*[A-Za-z_$][\w$]*\s*:/.test(text)) return "unquotedKeys";
  return null;
}

/** Parses the filter text: `null` for empty, an object, or what is wrong with it. */
export function parseFilter(
  text: string,
): { ok: true; value: Record<string, unknown> | null } | { ok: false; problem: FilterTextProblem } {
  if (!text.trim()) return { ok: true, value: null };
  try {
    const value: unknown = JSON.parse(text);
    if (!value || typeof value !== "object" || Array.isArray(value)) {
      return { ok: false, problem: { kind: "notObject" } };
    }
    return { ok: true, value: value as Record<string, unknown> };
  } catch (error) {
    return {
      ok: false,
      problem: { kind: "notJson", detail: (error as Error).message, slip: jsonSlip(text) },
    };
  }
}

export function formatFilter(filter: Record<string, unknown> | null | undefined): string {
  return filter && Object.keys(filter).length > 0 ? JSON.stringify(filter, null, 2) : "";
}

// In a right-to-left sentence inline JSON is a box of its own: split over two lines, its
// first half would end in a mirrored brace (Chromium). Only there: a box adds spaces
// around it in the accessible description.
const code = (text: string) => (
  <code className="font-mono rtl:inline-block" translate="no" dir="ltr">
    {text}
  </code>
);

const EXAMPLE = '{ "data": { "amount": { "$gte": 100 } } }';

/** The problem in the current language; JSON and the browser's parser message stay as they are. */
function FilterTextError({ problem }: { problem: FilterTextProblem }) {
  if (problem.kind === "notObject")
    return <Message id="filterHelp.notObject" values={{ example: code(EXAMPLE) }} />;
  return (
    <>
      <Message
        id="filterHelp.notJson"
        values={{
          detail: (
            <span lang="en" translate="no">
              {problem.detail}
            </span>
          ),
        }}
      />
      {problem.slip === "singleQuotes" && (
        <>
          {" "}
          <Message
            id="filterHelp.slipSingleQuotes"
            values={{ right: code('"data"'), wrong: code("'data'") }}
          />
        </>
      )}
      {problem.slip === "trailingComma" && (
        <>
          {" "}
          <Message
            id="filterHelp.slipTrailingComma"
            values={{ brace: code("}"), bracket: code("]") }}
          />
        </>
      )}
      {problem.slip === "unquotedKeys" && (
        <>
          {" "}
          <Message
            id="filterHelp.slipUnquotedKeys"
            values={{ right: code('{ "data": … }'), wrong: code("{ data: … }") }}
          />
        </>
      )}
    </>
  );
}

/** A JSON editor for the event filter, validated as the user types. */
export function FilterEditor({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (text: string) => void;
  error?: string;
}) {
  const t = useT();
  const id = useId();
  const parsed = parseFilter(value);
  const message = error ?? (parsed.ok ? null : <FilterTextError problem={parsed.problem} />);
  return (
    <div>
      <label htmlFor={`${id}-input`} className="mb-1 block text-sm font-medium">
        {t("filterHelp.label")}
      </label>
      <p id={`${id}-help`} className="mb-2 text-sm text-fg-muted">
        <Message id="filterHelp.help" values={{ example: code(EXAMPLE) }} />
      </p>
      <textarea
        id={`${id}-input`}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        rows={6}
        spellCheck={false}
        translate="no"
        dir="ltr"
        aria-invalid={message ? true : undefined}
        aria-describedby={`${id}-help${message ? ` ${id}-error` : ""}`}
        className="w-full rounded-md border border-border-strong bg-surface p-3 font-mono text-sm text-fg"
      />
      {message && (
        <FieldError id={`${id}-error`} className="mt-1">
          {message}
        </FieldError>
      )}
      <Suspense fallback={null}>
        <FilterHelp text={value} parsed={parsed} />
      </Suspense>
    </div>
  );
}
