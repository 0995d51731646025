import { useId } from "react";
import { FieldError } from "@/ui/field";
import { controlClasses } from "@/ui/text-input";
import { RANGE_LABELS, rangeProblem, type RangeKey, type TimeRange } from "@/lib/time-range";

/** Relative ranges, or a custom from/to; the caller keeps the values in the URL. */
export function TimeRangeFilter({
  range,
  onChange,
}: {
  range: TimeRange;
  onChange: (changes: Partial<Record<"range" | "from" | "to", string>>) => void;
}) {
  const id = useId();
  const problem = rangeProblem(range);
  return (
    <>
      <div>
        <label htmlFor={`${id}-range`} className="mb-1 block text-xs font-medium text-fg-muted">
          Time range
        </label>
        <select
          id={`${id}-range`}
          className={controlClasses}
          value={range.key}
          onChange={(e) => onChange({ range: e.target.value, from: "", to: "" })}
        >
          {(Object.keys(RANGE_LABELS) as RangeKey[]).map((key) => (
            <option key={key} value={key}>
              {RANGE_LABELS[key]}
            </option>
          ))}
        </select>
      </div>
      {range.key === "custom" && (
        <>
          <div>
            <label htmlFor={`${id}-from`} className="mb-1 block text-xs font-medium text-fg-muted">
              From
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
              To
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
