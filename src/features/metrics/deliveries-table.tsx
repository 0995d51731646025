import { useId } from "react";
import { useLocale, useT } from "@/i18n/i18n";
import { bucketSpanLabel, formatCount, formatRatio } from "./metrics-format";
import { bucketTotal, errorRate, totalsOf, type DeliveryBucket } from "./metrics-series";
import type { MetricsWindow } from "./metrics-window";

const cell = "px-3 py-2 text-end";

/** The chart's numbers as a table: the accessible alternative, and handy for copying. */
export function DeliveriesTable({
  buckets,
  window,
}: {
  buckets: DeliveryBucket[];
  window: MetricsWindow;
}) {
  const t = useT();
  const locale = useLocale();
  const captionId = useId();
  const totals = totalsOf(buckets);
  const count = (n: number) => formatCount(n, locale);
  const rate = (failed: number, total: number) =>
    total > 0 ? formatRatio(errorRate(failed, total), locale) : "—";
  return (
    <details>
      <summary className="cursor-pointer text-sm font-medium text-brand-text">
        {t("metrics.showTable")}
      </summary>
      <div
        role="region"
        aria-labelledby={captionId}
        tabIndex={0}
        className="mt-2 max-h-[28rem] overflow-auto rounded-md border border-border"
      >
        <table className="w-full text-start text-sm">
          <caption id={captionId} className="px-3 py-2 text-start text-xs text-fg-muted">
            {t("metrics.tableCaption", { range: window.range })}
          </caption>
          <thead className="border-t border-border bg-surface-muted text-xs text-fg-muted">
            <tr>
              <th scope="col" className="px-3 py-2 text-start font-medium">
                {t("deliveries.time")}
              </th>
              <th scope="col" className={`${cell} font-medium`}>
                {t("deliveries.successful")}
              </th>
              <th scope="col" className={`${cell} font-medium`}>
                {t("metrics.failed")}
              </th>
              <th scope="col" className={`${cell} font-medium`}>
                {t("metrics.errorRate")}
              </th>
            </tr>
          </thead>
          <tbody>
            {buckets.map((bucket) => (
              <tr key={bucket.start} className="border-t border-border">
                <th scope="row" className="px-3 py-2 text-start font-medium whitespace-nowrap">
                  {bucketSpanLabel(bucket.start, window, locale)}
                </th>
                <td className={cell}>{count(bucket.successful)}</td>
                <td className={cell}>{count(bucket.failed)}</td>
                <td className={cell}>{rate(bucket.failed, bucketTotal(bucket))}</td>
              </tr>
            ))}
          </tbody>
          <tfoot className="border-t border-border-strong font-semibold">
            <tr>
              <th scope="row" className="px-3 py-2 text-start">
                {t("metrics.total")}
              </th>
              <td className={cell}>{count(totals.successful)}</td>
              <td className={cell}>{count(totals.failed)}</td>
              <td className={cell}>{rate(totals.failed, totals.total)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </details>
  );
}
