import { useId, useState, type ReactNode } from "react";
import { cn } from "@/lib/cn";
import { useT } from "@/i18n/i18n";
import { Button } from "./button";

/**
 * A screen's filters inside `<search>`. From `sm` up they sit in the grid set by
 * `className`; below it they fold behind a "Filters" button that counts the active ones,
 * so the results start on a phone's first screen. `lead` (a search box) stays visible.
 */
export function FilterBar({
  lead,
  active,
  className,
  children,
}: {
  lead?: ReactNode;
  /** How many of the folded filters are set. */
  active: number;
  className?: string;
  children: ReactNode;
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <search
      className={cn(
        "mb-4 grid items-end gap-3",
        lead ? "grid-cols-[minmax(0,1fr)_auto]" : "justify-items-start",
        className,
      )}
    >
      {lead}
      <Button
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
        className="h-11 sm:hidden"
      >
        {t("filters.toggle")}
        {active > 0 && (
          <>
            <span aria-hidden="true" className="rounded-full bg-brand px-1.5 text-xs text-brand-fg">
              {active}
            </span>
            <span className="sr-only"> {t("filters.activeCount", { count: active })}</span>
          </>
        )}
      </Button>
      <div
        id={panelId}
        className={cn(
          "col-span-full gap-3 justify-self-stretch sm:contents",
          open ? "grid" : "hidden",
        )}
      >
        {children}
      </div>
    </search>
  );
}
