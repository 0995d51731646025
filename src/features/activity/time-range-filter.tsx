import { useId } from "react";
import { FieldError } from "@/ui/field";
import { controlClasses } from "@/ui/text-input";
import { useT, type MessageId } from "@/i18n/i18n";
import { RANGE_KEYS, rangeProblem, type RangeKey, type TimeRange } from "@/lib/time-range";

const RANGE_MESSAGES: Record<RangeKey, MessageId> = {
  "1h": "range.1h",
  "24h": "range.24h",
  "7d": "range.7d",
  "30d": "range.30d",
  custom: "range.custom",
};

/** Relative ranges, or a custom from/to; the caller keeps the values in the URL. */
export function TimeRangeFilter({
  range,
  onChange,
}: {
  range: TimeRange;
  onChange: (changes: Partial<Record<"range" | "from" | "to", string>>) => void;
}) {
  const t = useT();
  const id = useId();
  const problem = rangeProblem(range) ? t("range.startAfterEnd") : null;
  return (
    <>
      <div>
        <label htmlFor={`${id}-range`} className="mb-1 block text-xs font-medium text-fg-muted">
          {t("range.label")}
        </label>
        <select
          id={`${id}-range`}
          className={controlClasses}
          value={range.key}
          onChange={(e) => onChange({ range: e.target.value, from: "", to: "" })}
        >
          {RANGE_KEYS.map((key) => (
            <option key={key} value={key}>
              {t(RANGE_MESSAGES[key])}
            </option>
          ))}
        </select>
      </div>
      {range.key === "custom" && (
        <>
          <div>
            <label htmlFor={`${id}-from`} className="mb-1 block text-xs font-medium text-fg-muted">
              {t("range.from")}
            </label>
            <input
              id={`${id}-from`}
              type="datetime-local"
              className={controlClasses}
              value={range.from}
              aria-invalid={problem ? true : undefined}
              aria-describedby={problem ? `${id}-problem` : undefined}
              onChange={(e) => onChange({ from: e.target.value })}
            />
          </div>
          <div>
            <label htmlFor={`${id}-to`} className="mb-1 block text-xs font-medium text-fg-muted">
              {t("range.to")}
            </label>
            <input
              id={`${id}-to`}
              type="datetime-local"
              className={controlClasses}
              value={range.to}
              aria-invalid={problem ? true : undefined}
              aria-describedby={problem ? `${id}-problem` : undefined}
              onChange={(e) => onChange({ to: e.target.value })}
            />
          </div>
          {problem && (
            <FieldError id={`${id}-problem`} announce className="col-span-full">
              {problem}
            </FieldError>
          )}
        </>
      )}
    </>
  );
}
