import { useId } from "react";
import { cn } from "@/lib/cn";
import { RANGE_PLANS, RANGES, type MetricsRange } from "./metrics-window";

/** 1 h / 24 h / 7 d / 30 d as a radio group: one tab stop, arrow keys move. */
export function RangePicker({
  value,
  onChange,
}: {
  value: MetricsRange;
  onChange: (range: MetricsRange) => void;
}) {
  const name = useId();
  return (
    <fieldset className="flex rounded-md border border-border bg-surface p-0.5">
      <legend className="sr-only">Time range</legend>
      {RANGES.map((range) => (
        <label
          key={range}
          data-selected={value === range || undefined}
          className={cn(
            "relative inline-flex h-8 cursor-pointer items-center rounded px-3 text-sm font-medium whitespace-nowrap",
            "has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-outline",
            value === range ? "bg-brand text-brand-fg" : "text-fg-muted hover:text-fg",
          )}
        >
          <input
            type="radio"
            name={name}
            value={range}
            checked={value === range}
            onChange={() => onChange(range)}
            aria-label={RANGE_PLANS[range].name}
            className="absolute inset-0 m-0 cursor-pointer appearance-none opacity-0"
          />
          {RANGE_PLANS[range].label}
        </label>
      ))}
    </fieldset>
  );
}
