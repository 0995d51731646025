import type { ReactNode } from "react";
import { cn } from "@/lib/cn";
import { AlertIcon } from "./icons";

interface StateMessageProps {
  title: string;
  children?: ReactNode;
  /** What the user can do next: a retry button, a link… */
  action?: ReactNode;
  tone?: "neutral" | "danger";
  className?: string;
}

/** An empty, error or no-match state: what happened and a way forward. */
export function StateMessage({
  title,
  children,
  action,
  tone = "neutral",
  className,
}: StateMessageProps) {
  return (
    <div
      role={tone === "danger" ? "alert" : undefined}
      className={cn(
        "flex flex-col items-center gap-3 rounded-lg border border-dashed border-border px-6 py-10 text-center",
        tone === "danger" && "border-solid bg-danger-surface",
        className,
      )}
    >
      {tone === "danger" && <AlertIcon className="size-6 text-danger" />}
      <h2 className="text-base font-semibold">{title}</h2>
      {children && <div className="max-w-prose text-sm text-fg-muted">{children}</div>}
      {action && <div className="mt-1 flex flex-wrap justify-center gap-2">{action}</div>}
    </div>
  );
}
