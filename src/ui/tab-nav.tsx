import { useLayoutEffect, useRef } from "react";
import { cn } from "@/lib/cn";
import { Link } from "./link";

export interface TabNavItem {
  to: string;
  label: string;
  current: boolean;
}

/** Scrolls the row sideways, never the page, until the current item is in full view. */
function revealCurrent(nav: HTMLElement | null) {
  const current = nav?.querySelector<HTMLElement>('[aria-current="page"]');
  if (!nav || !current) return;
  const row = nav.getBoundingClientRect();
  const item = current.getBoundingClientRect();
  if (item.left < row.left || item.right > row.right) {
    nav.scrollLeft += item.left - row.left - (row.width - item.width) / 2;
  }
}

/**
 * A row of underlined navigation links (the portal's sections, a destination's tabs).
 * On a narrow screen the row scrolls sideways: edge shadows say there is more, and the
 * current item is scrolled into view.
 */
export function TabNav({
  label,
  items,
  className,
}: {
  label: string;
  items: TabNavItem[];
  className?: string;
}) {
  const ref = useRef<HTMLElement>(null);
  const current = items.findIndex((item) => item.current);
  useLayoutEffect(() => revealCurrent(ref.current), [current]);
  return (
    <nav ref={ref} aria-label={label} className={cn("scroll-hint overflow-x-auto", className)}>
      <ul className="flex gap-5">
        {items.map((item) => (
          <li key={item.to}>
            <Link
              to={item.to}
              aria-current={item.current ? "page" : undefined}
              className={cn(
                "inline-flex h-11 items-center border-b-2 px-1 text-sm font-medium whitespace-nowrap",
                item.current
                  ? "border-brand-outline text-fg"
                  : "border-transparent text-fg-muted hover:border-border-strong hover:text-fg",
              )}
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
