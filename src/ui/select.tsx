import type { Ref, SelectHTMLAttributes } from "react";
import { cn } from "@/lib/cn";
import { controlClasses } from "./text-input";

export interface SelectOption {
  label: string;
  value: string;
}

export interface SelectProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, "value"> {
  options: readonly SelectOption[];
  value: string;
  /** Text of an empty first option; omit to offer only the options. */
  placeholder?: string;
  ref?: Ref<HTMLSelectElement>;
}

/**
 * A native select. A current value that isn't among the options (say, from a newer
 * server) is kept as an extra option rather than silently shown as the first one.
 */
export function Select({ options, value, placeholder, className, ...props }: SelectProps) {
  const unknown = value !== "" && !options.some((o) => o.value === value);
  return (
    <select value={value} className={cn(controlClasses, "pe-8", className)} {...props}>
      {placeholder !== undefined && <option value="">{placeholder}</option>}
      {unknown && <option value={value}>{value}</option>}
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
