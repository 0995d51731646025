import type { InputHTMLAttributes, ReactNode, Ref } from "react";
import { cn } from "@/lib/cn";
import { descriptionIdFor, errorIdFor, FieldDescription, FieldError, joinIds } from "./field";

export interface CheckboxProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  "type" | "onChange" | "checked"
> {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  error?: ReactNode;
  checked: boolean;
  onCheckedChange: (checked: boolean) => void;
  ref?: Ref<HTMLInputElement>;
}

/** A native checkbox with its label beside it; the whole label row is the touch target. */
export function Checkbox({
  id,
  label,
  description,
  error,
  checked,
  onCheckedChange,
  className,
  ...props
}: CheckboxProps) {
  return (
    <div className={cn("flex min-w-0 flex-col gap-1", className)}>
      <div className="flex items-start gap-3">
        <input
          id={id}
          type="checkbox"
          checked={checked}
          onChange={(e) => onCheckedChange(e.target.checked)}
          aria-describedby={joinIds(
            description ? descriptionIdFor(id) : undefined,
            error ? errorIdFor(id) : undefined,
          )}
          aria-invalid={error ? true : undefined}
          className="mt-3 size-5 shrink-0 accent-brand disabled:cursor-not-allowed"
          {...props}
        />
        <div className="flex min-w-0 flex-col">
          <label htmlFor={id} className="flex min-h-11 items-center text-sm font-medium text-fg">
            {label}
          </label>
          {description ? (
            <FieldDescription id={descriptionIdFor(id)}>{description}</FieldDescription>
          ) : null}
        </div>
      </div>
      {error ? <FieldError id={errorIdFor(id)}>{error}</FieldError> : null}
    </div>
  );
}
