import { useId } from "react";
import { controlClasses } from "./text-input";

/** A labelled filter drop-down whose first option means "no filter" (value ""). */
export function FilterSelect({
  label,
  anyLabel,
  value,
  options,
  optionsAreData = false,
  onChange,
}: {
  label: string;
  anyLabel: string;
  value: string;
  options: readonly { value: string; label: string }[];
  /** The options are names from the tenant's data (topics, destinations, product names): never translated. */
  optionsAreData?: boolean;
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-xs font-medium text-fg-muted">
        {label}
      </label>
      <select
        id={id}
        className={controlClasses}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      >
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option
            key={option.value}
            value={option.value}
            translate={optionsAreData ? "no" : undefined}
          >
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
