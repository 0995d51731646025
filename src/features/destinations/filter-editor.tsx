import { Suspense, useId } from "react";
import { lazyWithRetry } from "@/lib/lazy-with-retry";
import { FieldError } from "@/ui/field";

// The guide and the dry run: a chunk of their own, fetched once an editor shows.
const FilterHelp = lazyWithRetry(() => import("./filter/filter-help"));

/** What JSON's usual slips look like, said in words. */
function jsonHint(text: string): string {
  if (/'/.test(text) && !/"/.test(text)) return " JSON needs double quotes: \"data\", not 'data'.";
  if (/,\s*[}\]]/.test(text)) return " JSON allows no comma before a closing } or ].";
  if (/[{,]\s*[A-Za-z_$][\w$]*\s*:/.test(text))
    return ' Keys need double quotes: { "data": … }, not { data: … }.';
  return "";
}

/** Parses the filter text: `null` for empty, an object, or an error message. */
export function parseFilter(
  text: string,
): { ok: true; value: Record<string, unknown> | null } | { ok: false; error: string } {
  if (!text.trim()) return { ok: true, value: null };
  try {
    const value: unknown = JSON.parse(text);
    if (!value || typeof value !== "object" || Array.isArray(value)) {
      return {
        ok: false,
        error:
          'The filter must be a JSON object, for example { "data": { "amount": { "$gte": 100 } } }',
      };
    }
    return { ok: true, value: value as Record<string, unknown> };
  } catch (error) {
    return {
      ok: false,
      error: `Not valid JSON: ${(error as Error).message}.${jsonHint(text)}`,
    };
  }
}

export function formatFilter(filter: Record<string, unknown> | null | undefined): string {
  return filter && Object.keys(filter).length > 0 ? JSON.stringify(filter, null, 2) : "";
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
  const id = useId();
  const parsed = parseFilter(value);
  const message = error ?? (parsed.ok ? null : parsed.error);
  return (
    <div>
      <label htmlFor={`${id}-input`} className="mb-1 block text-sm font-medium">
        Filter (JSON)
      </label>
      <p id={`${id}-help`} className="mb-2 text-sm text-fg-muted">
        Deliver only events that match, e.g.{" "}
        <code className="font-mono">{'{ "data": { "amount": { "$gte": 100 } } }'}</code>. Leave
        empty to deliver every event. The syntax guide below has an example for each operator.
      </p>
      <textarea
        id={`${id}-input`}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        rows={6}
        spellCheck={false}
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
