import { useEffect, useId, useRef, useState, type CSSProperties, type KeyboardEvent } from "react";
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
import { RANGE_PLANS, type MetricsWindow } from "./metrics-window";

/** Each bucket is 10 units wide in the viewBox; the SVG stretches to its box. */
const SLOT = 10;
const BAR = 7;
const HEIGHT = 100;
/** Keeps a single delivery visible next to a tall peak. */
const MIN_SEGMENT = 1.5;

function deliveriesSummary(buckets: DeliveryBucket[], window: MetricsWindow): string {
  const totals = totalsOf(buckets);
  const peak = peakBucket(buckets);
  return (
    `Deliveries over ${RANGE_PLANS[window.range].phrase}: ` +
    `${formatCount(totals.successful)} successful, ${formatCount(totals.failed)} failed` +
    (peak ? `, peak at ${bucketLabel(peak.start, window)}` : "")
  );
}

function bucketDetails(bucket: DeliveryBucket, window: MetricsWindow) {
  const total = bucketTotal(bucket);
  return (
    `${bucketSpanLabel(bucket.start, window)}: ${formatCount(bucket.successful)} successful, ` +
    `${formatCount(bucket.failed)} failed` +
    (total > 0 ? ` (${formatRatio(errorRate(bucket.failed, total))} error rate)` : "")
  );
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

/** Successful and failed deliveries per bucket as stacked bars, failures at the base. */
export function DeliveriesChart({
  buckets,
  window,
}: {
  buckets: DeliveryBucket[];
  window: MetricsWindow;
}) {
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
    const next =
      event.key === "ArrowLeft"
        ? Math.max(0, current - 1)
        : event.key === "ArrowRight"
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
              style={{ right: 0, top: `${(1 - tick / top) * 100}%`, translate: "0 -50%" }}
            >
              {formatCount(tick)}
            </span>
          ))}
        </div>
        <div className="min-w-0 flex-1">
          <div
            tabIndex={0}
            role="group"
            aria-label="Deliveries chart. Use the arrow keys to read each bar."
            aria-describedby={captionId}
            onKeyDown={onKeyDown}
            onFocus={() => setActive((current) => current ?? buckets.length - 1)}
            onBlur={() => setActive(null)}
            onPointerLeave={() => setActive(null)}
            className="rounded"
          >
            <svg
              role="img"
              aria-label={deliveriesSummary(buckets, window)}
              viewBox={`0 0 ${buckets.length * SLOT} ${HEIGHT}`}
              preserveAspectRatio="none"
              className="block h-48 w-full text-brand-text"
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
                    style={tickPosition(index, buckets.length)}
                  >
                    {tickLabel(bucket.start, window)}
                  </span>
                )
              );
            })}
          </div>
        </div>
      </div>
      <figcaption className="flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-fg-muted">
        <LegendKey>Successful</LegendKey>
        <LegendKey failed>Failed</LegendKey>
        <span id={captionId} aria-live="polite" className="w-full text-sm text-fg">
          {activeBucket
            ? bucketDetails(activeBucket, window)
            : "Point at a bar, or focus the chart and use the arrow keys, to see its numbers."}
        </span>
      </figcaption>
    </figure>
  );
}

/** Centred under its bar; the first and last stay inside the chart's edges. */
function tickPosition(index: number, count: number): CSSProperties {
  if (index === count - 1) return { right: 0 };
  if (index === 0) return { left: 0 };
  return { left: `${((index + 0.5) / count) * 100}%`, translate: "-50%" };
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
