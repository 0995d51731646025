import type { ReactNode } from "react";
import { cn } from "@/lib/cn";

/**
 * A table with a caption for assistive technology and column headers. It scrolls
 * sideways inside its own box when narrower than its content (the page never does);
 * `stacked` tables instead turn their rows into blocks on narrow screens (the CSS is in
 * src/app/screens.css): give cells whose value needs its column's name a `data-label`,
 * and put the row's action in the last cell.
 */
export function DataTable({
  caption,
  columns,
  className,
  stacked = false,
  children,
}: {
  caption: string;
  columns: ReactNode[];
  /** Sets the minimum width below which the box scrolls ("sm:min-w-[40rem]" when stacked). */
  className?: string;
  stacked?: boolean;
  children: ReactNode;
}) {
  return (
    <div className="relative overflow-x-auto rounded-lg border border-border bg-surface">
      <table
        role="table"
        data-stacked={stacked || undefined}
        className={cn("w-full text-start text-sm", className)}
      >
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-border text-xs text-fg-muted">
          <tr role="row">
            {columns.map((column, index) => (
              <th
                key={index}
                role="columnheader"
                scope="col"
                className="px-3 py-2 text-start font-medium"
              >
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup" className="divide-y divide-border">
          {children}
        </tbody>
      </table>
    </div>
  );
}
