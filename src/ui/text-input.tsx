import type { InputHTMLAttributes, Ref } from "react";
import { cn } from "@/lib/cn";

/** Shared look of single-line text controls; 44px tall for touch. */
export const controlClasses = cn(
  "h-11 w-full min-w-0 rounded-md border border-border-strong bg-surface px-3 text-base text-fg sm:text-sm",
  "placeholder:text-fg-muted dark:[color-scheme:dark]",
  "aria-invalid:border-danger aria-invalid:border-2",
  "disabled:cursor-not-allowed disabled:bg-surface-muted disabled:text-fg-muted",
);

export interface TextInputProps extends InputHTMLAttributes<HTMLInputElement> {
  ref?: Ref<HTMLInputElement>;
}

export function TextInput({ className, type = "text", ...props }: TextInputProps) {
  return <input type={type} className={cn(controlClasses, className)} {...props} />;
}
