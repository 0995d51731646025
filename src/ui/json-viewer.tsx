import { useId, useRef, useState, type ReactNode } from "react";
import { useT } from "@/i18n/i18n";
import { Button } from "./button";
import { CopyButton } from "./copy-button";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A string body that holds JSON is shown as JSON; anything else stays raw text. */
export function parseMaybeJson(
  value: unknown,
): { json: true; value: Json } | { json: false; text: string } {
  if (typeof value !== "string") return { json: true, value: (value ?? null) as Json };
  try {
    const parsed: unknown = JSON.parse(value);
    if (parsed !== null && typeof parsed === "object") return { json: true, value: parsed as Json };
  } catch {
    // not JSON
  }
  return { json: false, text: value };
}

function Scalar({ value }: { value: Json }) {
  if (value === null) return <span className="text-fg-muted">null</span>;
  if (typeof value === "string")
    return <span className="text-success wrap-anywhere">"{value}"</span>;
  if (typeof value === "number") return <span className="text-brand-text">{value}</span>;
  return <span className="text-warning">{String(value)}</span>;
}

function Node({ name, value, open }: { name: ReactNode; value: Json; open: boolean }) {
  const t = useT();
  if (value === null || typeof value !== "object") {
    return (
      <div className="ps-4">
        {name}
        <Scalar value={value} />
      </div>
    );
  }
  const entries = Array.isArray(value)
    ? value.map((v, i) => [String(i), v] as const)
    : Object.entries(value);
  const [start, end] = Array.isArray(value) ? ["[", "]"] : ["{", "}"];
  if (entries.length === 0) {
    return (
      <div className="ps-4">
        {name}
        {start}
        {end}
      </div>
    );
  }
  return (
    <details open={open} className="ps-4 [&[open]>summary>.count]:hidden">
      <summary className="-ms-4 min-h-6 cursor-pointer rounded ps-4 leading-6 hover:bg-surface-muted">
        {name}
        {start}
        <span className="count text-fg-muted">
          {" "}
          {t("ui.jsonItems", { count: entries.length })} {end}
        </span>
      </summary>
      {entries.map(([key, child]) => (
        <Node
          key={key}
          value={child}
          open={open}
          name={Array.isArray(value) ? null : <span className="text-fg">"{key}": </span>}
        />
      ))}
      <div>{end}</div>
    </details>
  );
}

/**
 * JSON as a collapsible tree (native details/summary, so it works by keyboard),
 * with expand/collapse all and copy. Non-JSON text is shown raw.
 */
export default function JsonViewer({ value, label }: { value: unknown; label: string }) {
  const t = useT();
  const [open, setOpen] = useState(true);
  const [generation, setGeneration] = useState(0);
  const id = useId();
  const raw = useRef<HTMLPreElement>(null);
  const parsed = parseMaybeJson(value);
  const text = parsed.json ? JSON.stringify(parsed.value, null, 2) : parsed.text;
  const toggleAll = (next: boolean) => {
    setOpen(next);
    setGeneration((g) => g + 1);
  };
  return (
    <div className="rounded-md border border-border">
      <div className="flex flex-wrap items-center justify-between gap-2 border-b border-border px-2 py-1">
        <span id={id} className="px-1 text-xs text-fg-muted">
          {parsed.json ? "JSON" : t("ui.jsonText")}
        </span>
        <div className="flex flex-wrap gap-1">
          {parsed.json && (
            <>
              <Button
                size="sm"
                variant="ghost"
                onClick={() => toggleAll(true)}
                aria-label={t("ui.expandAllOf", { what: label })}
              >
                {t("ui.expandAll")}
              </Button>
              <Button
                size="sm"
                variant="ghost"
                onClick={() => toggleAll(false)}
                aria-label={t("ui.collapseAllOf", { what: label })}
              >
                {t("ui.collapseAll")}
              </Button>
            </>
          )}
          <CopyButton value={text} label={label} fallbackTarget={() => raw.current} />
        </div>
      </div>
      <div
        className="max-h-[28rem] overflow-auto p-3 font-mono text-xs leading-relaxed"
        role="region"
        aria-label={label}
        dir="ltr"
        tabIndex={0}
      >
        {parsed.json ? (
          <div key={generation} className="-ms-4" translate="no">
            <Node name={null} value={parsed.value} open={open} />
          </div>
        ) : (
          <pre className="wrap-anywhere whitespace-pre-wrap" translate={text ? "no" : undefined}>
            {text || <span className="text-fg-muted">{t("ui.empty")}</span>}
          </pre>
        )}
        {/* The plain text, selected for manual copying where the clipboard is blocked. */}
        <pre ref={raw} className="sr-only" aria-hidden="true" translate="no">
          {text}
        </pre>
      </div>
    </div>
  );
}
