import { useId } from "react";
import { useLocale, useT } from "@/i18n/i18n";
import { cn } from "@/lib/cn";
import { rangeLength } from "./metrics-format";
import { RANGES, type MetricsRange } from "./metrics-window";

/**
 * 1 hr / 24 hr / 7 days / 30 days (Intl's short units in the portal's locale) as a
 * radio group: one tab stop, arrow keys move. Each is named by its long form.
 */
export function RangePicker({
  value,
  onChange,
}: {
  value: MetricsRange;
  onChange: (range: MetricsRange) => void;
}) {
  const name = useId();
  const t = useT();
  const locale = useLocale();
  return (
    <fieldset className="flex rounded-md border border-border bg-surface p-0.5">
      <legend className="sr-only">{t("range.label")}</legend>
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
            aria-label={rangeLength(range, "long", locale)}
            className="absolute inset-0 m-0 cursor-pointer appearance-none opacity-0"
          />
          {rangeLength(range, "short", locale)}
        </label>
      ))}
    </fieldset>
  );
}
