import { useLocale, useT } from "@/i18n/i18n";
import { bucketLabel, formatRatio } from "./metrics-format";
import { bucketTotal, errorRate, totalsOf, type DeliveryBucket } from "./metrics-series";
import type { MetricsWindow } from "./metrics-window";

const SLOT = 10;
const HEIGHT = 100;
const SCALE_TOPS = [0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1];

/**
 * A step line through each bucket's error rate. Buckets without deliveries
 * have no rate, so the line breaks there instead of dropping to 0 %.
 */
function stepPath(rates: (number | null)[], top: number) {
  const y = (rate: number) => HEIGHT - (rate / top) * HEIGHT;
  let path = "";
  rates.forEach((rate, i) => {
    if (rate === null) return;
    path += rates[i - 1] == null ? `M${i * SLOT} ${y(rate)}` : `V${y(rate)}`;
    path += `H${(i + 1) * SLOT}`;
  });
  return path;
}

export function ErrorRateChart({
  buckets,
  window,
}: {
  buckets: DeliveryBucket[];
  window: MetricsWindow;
}) {
  const t = useT();
  const locale = useLocale();
  const rates = buckets.map((b) =>
    bucketTotal(b) > 0 ? errorRate(b.failed, bucketTotal(b)) : null,
  );
  const highest = Math.max(0, ...rates.map((rate) => rate ?? 0));
  const top = SCALE_TOPS.find((scaleTop) => scaleTop >= highest) ?? 1;
  const worst = buckets[rates.indexOf(highest)];
  const values = {
    range: window.range,
    overall: formatRatio(totalsOf(buckets).errorRate, locale),
  };
  const label =
    highest > 0 && worst
      ? t("metrics.errorRateSummaryPeak", {
          ...values,
          highest: formatRatio(highest, locale),
          time: bucketLabel(worst.start, window, locale),
        })
      : t("metrics.errorRateSummary", values);

  return (
    <div className="flex gap-2">
      <div
        aria-hidden="true"
        className="relative h-16 shrink-0 text-xs text-fg-muted"
        style={{ width: "3rem" }}
      >
        {[top, 0].map((value, i) => (
          <span
            key={i}
            className="absolute"
            style={{ insetInlineEnd: 0, top: i === 0 ? 0 : "100%", translate: "0 -50%" }}
          >
            {formatRatio(value, locale)}
          </span>
        ))}
      </div>
      <svg
        role="img"
        aria-label={label}
        viewBox={`0 0 ${buckets.length * SLOT} ${HEIGHT}`}
        preserveAspectRatio="none"
        // Mirrored right to left, like the deliveries chart above it.
        className="block h-16 min-w-0 flex-1 rtl:-scale-x-100"
      >
        <line
          x1={0}
          x2={buckets.length * SLOT}
          y1={0}
          y2={0}
          vectorEffect="non-scaling-stroke"
          className="stroke-border"
        />
        <line
          x1={0}
          x2={buckets.length * SLOT}
          y1={HEIGHT}
          y2={HEIGHT}
          vectorEffect="non-scaling-stroke"
          className="stroke-border"
        />
        <path
          d={stepPath(rates, top)}
          vectorEffect="non-scaling-stroke"
          strokeWidth={2}
          strokeLinejoin="round"
          fill="none"
          stroke="currentColor"
          className="text-brand-text"
        />
      </svg>
    </div>
  );
}
