import type { ReactNode } from "react";
import { cn } from "@/lib/cn";

const tones = {
  neutral: "bg-surface-muted text-fg-muted border-border",
  success: "bg-success-surface text-success border-transparent",
  danger: "bg-danger-surface text-danger border-transparent",
  warning: "bg-warning-surface text-warning border-transparent",
  brand: "bg-brand-container text-brand-on-container border-transparent",
} as const;

export function Badge({
  tone = "neutral",
  children,
  className,
}: {
  tone?: keyof typeof tones;
  children: ReactNode;
  className?: string;
}) {
  return (
    <span
      className={cn(
        "inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-medium whitespace-nowrap",
        tones[tone],
        className,
      )}
    >
      {children}
    </span>
  );
}
