import { useLocale, useT } from "@/i18n/i18n";
import type { CodeShare } from "./code-breakdown";
import { formatCount, formatRatio } from "./metrics-format";

/** Deliveries per response code as labelled horizontal bars, most frequent first. */
export function CodeBreakdownList({ shares }: { shares: CodeShare[] }) {
  const t = useT();
  const locale = useLocale();
  // A share that rounds to 0 is still there: "<0.1%".
  const percent = (share: CodeShare) =>
    share.percent === 0
      ? t("metrics.lessThan", { value: formatRatio(0.001, locale) })
      : formatRatio(share.percent / 100, locale);
  return (
    <ul className="grid gap-3">
      {shares.map((share) => (
        <li key={share.code} className="grid gap-1">
          <div className="flex items-baseline justify-between gap-3 text-sm">
            {share.code ? (
              <span className="font-mono font-medium" translate="no">
                {share.code}
              </span>
            ) : (
              <span className="font-medium">{t("metrics.noCode")}</span>
            )}
            <span className="text-fg-muted">
              <span aria-hidden="true">
                {formatCount(share.count, locale)} · {percent(share)}
              </span>
              <span className="sr-only">
                {t("metrics.codeShare", { count: share.count, percent: percent(share) })}
              </span>
            </span>
          </div>
          {/* The bar grows from the start edge: mirrored right to left. */}
          <svg
            aria-hidden="true"
            width="100%"
            height="8"
            className="block overflow-visible rtl:-scale-x-100"
          >
            <rect width="100%" height="8" rx="4" fill="none" className="stroke-border" />
            <rect
              width={`${Math.max(share.percent, 0.5)}%`}
              height="8"
              rx="4"
              className={share.ok ? "fill-success" : "fill-danger"}
            />
          </svg>
        </li>
      ))}
    </ul>
  );
}
