import { useEffect, useId, useRef, useState, type CSSProperties, type KeyboardEvent } from "react";
import { useLocale, useT } from "@/i18n/i18n";
import { directionOf, type Locale } from "@/i18n/locales";
import { countTicks, dayStartIndexes, labelledIndexes, thinOut } from "./chart-scale";
import {
  bucketLabel,
  bucketSpanLabel,
  formatCount,
  formatRatio,
  tickLabel,
} from "./metrics-format";
import {
  bucketTotal,
  errorRate,
  peakBucket,
  totalsOf,
  type DeliveryBucket,
} from "./metrics-series";
import type { MetricsWindow } from "./metrics-window";

/** Each bucket is 10 units wide in the viewBox; the SVG stretches to its box. */
const SLOT = 10;
const BAR = 7;
const HEIGHT = 100;
/** Keeps a single delivery visible next to a tall peak. */
const MIN_SEGMENT = 1.5;

type T = ReturnType<typeof useT>;

function deliveriesSummary(t: T, buckets: DeliveryBucket[], window: MetricsWindow, locale: Locale) {
  const { successful, failed } = totalsOf(buckets);
  const peak = peakBucket(buckets);
  const values = { range: window.range, successful, failed };
  return peak
    ? t("metrics.chartSummaryPeak", { ...values, peak: bucketLabel(peak.start, window, locale) })
    : t("metrics.chartSummary", values);
}

function bucketDetails(t: T, bucket: DeliveryBucket, window: MetricsWindow, locale: Locale) {
  const total = bucketTotal(bucket);
  const values = {
    span: bucketSpanLabel(bucket.start, window, locale),
    successful: bucket.successful,
    failed: bucket.failed,
  };
  return total > 0
    ? t("metrics.bucketDetailsRate", {
        ...values,
        rate: formatRatio(errorRate(bucket.failed, total), locale),
      })
    : t("metrics.bucketDetails", values);
}

// Room one x-axis label takes ("10:00 PM", "Dec 12"), with a gap to the next.
const LABEL_ROOM_PX = 80;

/** How many x-axis labels fit the axis's current width (4 until it has been measured). */
function useLabelRoom() {
  const ref = useRef<HTMLDivElement>(null);
  const [fits, setFits] = useState(4);
  useEffect(() => {
    const axis = ref.current;
    if (!axis || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setFits(Math.max(2, Math.floor(entry.contentRect.width / LABEL_ROOM_PX)));
    });
    observer.observe(axis);
    return () => observer.disconnect();
  }, []);
  return [ref, fits] as const;
}

/**
 * Successful and failed deliveries per bucket as stacked bars, failures at the base.
 * Right to left the chart is mirrored, as the rest of the page: time runs from the
 * right (oldest) to the left (newest), the count axis stands on the right, and the
 * arrow keys move the way the bars are drawn.
 */
export function DeliveriesChart({
  buckets,
  window,
}: {
  buckets: DeliveryBucket[];
  window: MetricsWindow;
}) {
  const t = useT();
  const locale = useLocale();
  const rtl = directionOf(locale) === "rtl";
  const [active, setActive] = useState<number | null>(null);
  const captionId = useId();
  const hatchId = useId();
  const ticks = countTicks(Math.max(0, ...buckets.map(bucketTotal)));
  const top = ticks[ticks.length - 1] ?? 1;
  const scale = (n: number) => (n > 0 ? Math.max(MIN_SEGMENT, (n / top) * HEIGHT) : 0);
  const activeBucket = active === null ? undefined : buckets[active];
  const [axisRef, labelRoom] = useLabelRoom();
  const labelled =
    window.granularity === "6h"
      ? thinOut(dayStartIndexes(buckets.map((b) => b.start)), labelRoom)
      : labelledIndexes(buckets.length, labelRoom);

  const onKeyDown = (event: KeyboardEvent) => {
    const last = buckets.length - 1;
    const current = active ?? last;
    // Towards older bars: left, or right when the chart is mirrored.
    const back = rtl ? "ArrowRight" : "ArrowLeft";
    const forward = rtl ? "ArrowLeft" : "ArrowRight";
    const next =
      event.key === back
        ? Math.max(0, current - 1)
        : event.key === forward
          ? Math.min(last, current + 1)
          : event.key === "Home"
            ? 0
            : event.key === "End"
              ? last
              : null;
    if (next === null) return;
    event.preventDefault();
    setActive(next);
  };

  return (
    <figure className="grid grid-cols-1 gap-2">
      <div className="flex gap-2">
        <div
          aria-hidden="true"
          className="relative h-48 shrink-0 text-xs text-fg-muted"
          style={{ width: "3rem" }}
        >
          {ticks.map((tick) => (
            <span
              key={tick}
              className="absolute"
              style={{ insetInlineEnd: 0, top: `${(1 - tick / top) * 100}%`, translate: "0 -50%" }}
            >
              {formatCount(tick, locale)}
            </span>
          ))}
        </div>
        <div className="min-w-0 flex-1">
          <div
            tabIndex={0}
            role="group"
            aria-label={t("metrics.chartLabel")}
            aria-describedby={captionId}
            onKeyDown={onKeyDown}
            onFocus={() => setActive((current) => current ?? buckets.length - 1)}
            onBlur={() => setActive(null)}
            onPointerLeave={() => setActive(null)}
            className="rounded"
          >
            <svg
              role="img"
              aria-label={deliveriesSummary(t, buckets, window, locale)}
              viewBox={`0 0 ${buckets.length * SLOT} ${HEIGHT}`}
              preserveAspectRatio="none"
              className="block h-48 w-full text-brand-text rtl:-scale-x-100"
            >
              <defs>
                <FailedPattern id={hatchId} />
              </defs>
              {ticks.map((tick) => (
                <line
                  key={tick}
                  x1={0}
                  x2={buckets.length * SLOT}
                  y1={HEIGHT - (tick / top) * HEIGHT}
                  y2={HEIGHT - (tick / top) * HEIGHT}
                  vectorEffect="non-scaling-stroke"
                  className="stroke-border"
                />
              ))}
              {buckets.map((bucket, i) => {
                const failed = scale(bucket.failed);
                const successful = scale(bucket.successful);
                const x = i * SLOT + (SLOT - BAR) / 2;
                return (
                  <g key={bucket.start} onPointerEnter={() => setActive(i)}>
                    {/* The whole column is the hover target; the active one is tinted in brand. */}
                    <rect
                      x={i * SLOT}
                      y={0}
                      width={SLOT}
                      height={HEIGHT}
                      fill={i === active ? "currentColor" : "transparent"}
                      fillOpacity={0.15}
                    />
                    <rect
                      x={x}
                      y={HEIGHT - failed - successful}
                      width={BAR}
                      height={successful}
                      className="fill-success"
                    />
                    <rect
                      x={x}
                      y={HEIGHT - failed}
                      width={BAR}
                      height={failed}
                      fill={`url(#${hatchId})`}
                    />
                  </g>
                );
              })}
            </svg>
          </div>
          <div
            ref={axisRef}
            aria-hidden="true"
            className="relative mt-1 text-xs text-fg-muted"
            style={{ height: "1rem" }}
          >
            {labelled.map((index) => {
              const bucket = buckets[index];
              return (
                bucket && (
                  <span
                    key={bucket.start}
                    className="absolute whitespace-nowrap"
                    style={tickPosition(index, buckets.length, rtl)}
                  >
                    {tickLabel(bucket.start, window, locale)}
                  </span>
                )
              );
            })}
          </div>
        </div>
      </div>
      <figcaption className="flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-fg-muted">
        <LegendKey>{t("deliveries.successful")}</LegendKey>
        <LegendKey failed>{t("metrics.failed")}</LegendKey>
        <span id={captionId} aria-live="polite" className="w-full text-sm text-fg">
          {activeBucket ? bucketDetails(t, activeBucket, window, locale) : t("metrics.chartHint")}
        </span>
      </figcaption>
    </figure>
  );
}

/**
 * Centred under its bar; the first and last stay inside the chart's edges. Measured
 * from the inline start, so a mirrored chart's labels stay under their bars.
 */
function tickPosition(index: number, count: number, rtl: boolean): CSSProperties {
  if (index === count - 1) return { insetInlineEnd: 0 };
  if (index === 0) return { insetInlineStart: 0 };
  return {
    insetInlineStart: `${((index + 0.5) / count) * 100}%`,
    translate: rtl ? "50%" : "-50%",
  };
}

/**
 * Failures are hatched as well as red, so the two series differ without colour too
 * (and in forced colours, where the fills become one system colour).
 */
function FailedPattern({ id }: { id: string }) {
  return (
    <pattern
      id={id}
      width="4"
      height="4"
      patternUnits="userSpaceOnUse"
      patternTransform="rotate(45)"
    >
      <rect width="4" height="4" className="fill-danger" />
      <line x1="0" y1="0" x2="0" y2="4" strokeWidth="1.5" className="stroke-surface" />
    </pattern>
  );
}

function LegendKey({ failed = false, children }: { failed?: boolean; children: string }) {
  const id = useId();
  return (
    <span className="inline-flex items-center gap-1.5">
      <svg aria-hidden="true" width="12" height="12">
        {failed && (
          <defs>
            <FailedPattern id={id} />
          </defs>
        )}
        <rect
          width="12"
          height="12"
          rx="2"
          className={failed ? undefined : "fill-success"}
          fill={failed ? `url(#${id})` : undefined}
        />
      </svg>
      {children}
    </span>
  );
}
