import type { ComponentPropsWithRef } from "react";
import { cn } from "@/lib/cn";

export type ButtonVariant = "primary" | "secondary" | "ghost" | "danger";
export type ButtonSize = "sm" | "md";

const variants: Record<ButtonVariant, string> = {
  primary: "bg-brand text-brand-fg hover:bg-brand-hover border-transparent",
  secondary: "bg-surface text-fg border-border-strong hover:bg-surface-muted",
  ghost: "bg-transparent text-fg border-transparent hover:bg-surface-muted",
  danger: "bg-danger text-surface border-transparent hover:opacity-90",
};

const sizes: Record<ButtonSize, string> = {
  sm: "h-8 px-3 text-sm gap-1.5",
  md: "h-10 px-4 text-sm gap-2",
};

/** Classes of a button, for links that look like one. */
export function buttonClasses({
  variant = "secondary",
  size = "md",
  className,
}: { variant?: ButtonVariant; size?: ButtonSize; className?: string } = {}) {
  return cn(
    "inline-flex shrink-0 items-center justify-center rounded-md border font-medium whitespace-nowrap transition-colors",
    "disabled:cursor-not-allowed disabled:opacity-60 aria-disabled:cursor-not-allowed aria-disabled:opacity-60",
    variants[variant],
    sizes[size],
    className,
  );
}

export interface ButtonProps extends ComponentPropsWithRef<"button"> {
  variant?: ButtonVariant;
  size?: ButtonSize;
}

/**
 * A button. Busy or not-yet-usable buttons take `aria-disabled` rather than
 * `disabled`: they keep focus (a disabled button drops it to <body>) and stay
 * announced, while clicks — and a form's submit — are swallowed.
 */
export function Button({
  variant,
  size,
  className,
  type = "button",
  onClick,
  ...props
}: ButtonProps) {
  const unavailable = props["aria-disabled"] === true || props["aria-disabled"] === "true";
  return (
    <button
      type={type}
      className={buttonClasses({ variant, size, className })}
      onClick={(event) => {
        if (unavailable) event.preventDefault();
        else onClick?.(event);
      }}
      {...props}
    />
  );
}
