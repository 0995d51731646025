import type { CodeShare } from "./code-breakdown";
import { formatCount } from "./metrics-format";

const percent = (share: CodeShare) =>
  share.percent === 0
    ? "<0.1%"
    : `${share.percent.toLocaleString(undefined, { maximumFractionDigits: 1 })}%`;

/** Deliveries per response code as labelled horizontal bars, most frequent first. */
export function CodeBreakdownList({ shares }: { shares: CodeShare[] }) {
  return (
    <ul className="grid gap-3">
      {shares.map((share) => (
        <li key={share.code} className="grid gap-1">
          <div className="flex items-baseline justify-between gap-3 text-sm">
            <span className="font-mono font-medium">{share.code || "No code"}</span>
            <span className="text-fg-muted">
              {formatCount(share.count)}
              <span className="sr-only"> deliveries,</span> · {percent(share)}
            </span>
          </div>
          <svg aria-hidden="true" width="100%" height="8" className="block overflow-visible">
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
