import type { ReactNode } from "react";
import { cn } from "@/lib/cn";

/**
 * A table that scrolls sideways inside its own box on narrow screens (the page
 * never does), with a caption for assistive technology and column headers.
 */
export function DataTable({
  caption,
  columns,
  className,
  children,
}: {
  caption: string;
  columns: ReactNode[];
  /** Sets the minimum width below which the box scrolls, e.g. "min-w-[40rem]". */
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className="relative overflow-x-auto rounded-lg border border-border bg-surface">
      <table className={cn("w-full text-left text-sm", className)}>
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-border text-xs text-fg-muted">
          <tr>
            {columns.map((column, index) => (
              <th key={index} scope="col" className="px-3 py-2 font-medium">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-border">{children}</tbody>
      </table>
    </div>
  );
}
