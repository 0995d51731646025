import type { RecentDeliveries } from "@/api/recent-deliveries";

const WIDTH = 72;
const HEIGHT = 20;

/** Hourly deliveries over 24 h as small stacked bars; the numbers beside it carry the meaning. */
export function DeliverySparkline({ deliveries }: { deliveries: RecentDeliveries }) {
  const max = Math.max(1, ...deliveries.buckets.map((b) => b.success + b.failed));
  const barWidth = WIDTH / deliveries.buckets.length;
  return (
    <svg
      width={WIDTH}
      height={HEIGHT}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      aria-hidden="true"
      className="shrink-0 overflow-visible"
    >
      <line x1={0} x2={WIDTH} y1={HEIGHT - 0.5} y2={HEIGHT - 0.5} className="stroke-border" />
      {deliveries.buckets.map((bucket, i) => {
        const total = bucket.success + bucket.failed;
        if (total === 0) return null;
        const height = Math.max(2, (total / max) * HEIGHT);
        const failedHeight =
          bucket.failed > 0 ? Math.max(1.5, (bucket.failed / total) * height) : 0;
        const x = i * barWidth + 0.5;
        return (
          <g key={i}>
            <rect
              x={x}
              y={HEIGHT - height}
              width={barWidth - 1}
              height={height - failedHeight}
              className="fill-success"
            />
            {failedHeight > 0 && (
              <rect
                x={x}
                y={HEIGHT - failedHeight}
                width={barWidth - 1}
                height={failedHeight}
                className="fill-danger"
              />
            )}
          </g>
        );
      })}
    </svg>
  );
}
