import { useId } from "react";
import { bucketSpanLabel, formatCount, formatRatio } from "./metrics-format";
import { bucketTotal, errorRate, totalsOf, type DeliveryBucket } from "./metrics-series";
import { RANGE_PLANS, type MetricsWindow } from "./metrics-window";

const cell = "px-3 py-2 text-right";

/** The chart's numbers as a table: the accessible alternative, and handy for copying. */
export function DeliveriesTable({
  buckets,
  window,
}: {
  buckets: DeliveryBucket[];
  window: MetricsWindow;
}) {
  const captionId = useId();
  const totals = totalsOf(buckets);
  const rate = (failed: number, total: number) =>
    total > 0 ? formatRatio(errorRate(failed, total)) : "—";
  return (
    <details>
      <summary className="cursor-pointer text-sm font-medium text-brand-text">
        Show as table
      </summary>
      <div
        role="region"
        aria-labelledby={captionId}
        tabIndex={0}
        className="mt-2 max-h-[28rem] overflow-auto rounded-md border border-border"
      >
        <table className="w-full text-left text-sm">
          <caption id={captionId} className="px-3 py-2 text-left text-xs text-fg-muted">
            Deliveries per {RANGE_PLANS[window.range].bucketName} over{" "}
            {RANGE_PLANS[window.range].phrase}
          </caption>
          <thead className="border-t border-border bg-surface-muted text-xs text-fg-muted">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">
                Time
              </th>
              <th scope="col" className={`${cell} font-medium`}>
                Successful
              </th>
              <th scope="col" className={`${cell} font-medium`}>
                Failed
              </th>
              <th scope="col" className={`${cell} font-medium`}>
                Error rate
              </th>
            </tr>
          </thead>
          <tbody>
            {buckets.map((bucket) => (
              <tr key={bucket.start} className="border-t border-border">
                <th scope="row" className="px-3 py-2 font-medium whitespace-nowrap">
                  {bucketSpanLabel(bucket.start, window)}
                </th>
                <td className={cell}>{formatCount(bucket.successful)}</td>
                <td className={cell}>{formatCount(bucket.failed)}</td>
                <td className={cell}>{rate(bucket.failed, bucketTotal(bucket))}</td>
              </tr>
            ))}
          </tbody>
          <tfoot className="border-t border-border-strong font-semibold">
            <tr>
              <th scope="row" className="px-3 py-2">
                Total
              </th>
              <td className={cell}>{formatCount(totals.successful)}</td>
              <td className={cell}>{formatCount(totals.failed)}</td>
              <td className={cell}>{rate(totals.failed, totals.total)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </details>
  );
}
