import { useT } from "@/i18n/i18n";
import type { EventOutcome } from "./event-outcomes";

/** "1 delivered · 2 failing · 1 pending" for an event's destinations. */
export function EventOutcomeCell({
  outcome,
  state,
}: {
  outcome: EventOutcome | undefined;
  state: "loading" | "error" | "ready";
}) {
  const t = useT();
  let content;
  if (state === "loading") content = <span className="text-fg-muted">…</span>;
  else if (state === "error" || !outcome) content = <span className="text-fg-muted">—</span>;
  else {
    const parts = [
      outcome.delivered > 0 && (
        <span key="d" className="text-success">
          {t("outcome.delivered", { count: outcome.delivered })}
        </span>
      ),
      outcome.failing > 0 && (
        <span key="f" className="font-semibold text-danger">
          {t("outcome.failing", { count: outcome.failing })}
        </span>
      ),
      outcome.pending > 0 && (
        <span key="p" className="text-fg-muted">
          {t("outcome.pending", { count: outcome.pending })}
        </span>
      ),
    ].filter(Boolean);
    content = parts.length ? (
      parts.flatMap((part, i) => (i === 0 ? [part] : [" · ", part]))
    ) : (
      <span className="text-fg-muted">{t("outcome.noDestination")}</span>
    );
  }
  return <td className="px-3 py-2 text-xs whitespace-nowrap">{content}</td>;
}
