import type { ReactNode } from "react";
import { Link } from "./link";
import { lastViewOf } from "@/lib/visited-views";
import { ArrowLeftIcon } from "./icons";

/** A link up to a list, back to the filters, range and page it was last shown with. */
export function BackLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Link
      to={lastViewOf(to)}
      className="mb-3 inline-flex items-center gap-1 text-sm text-fg-muted hover:text-fg"
    >
      <ArrowLeftIcon className="size-4" data-mirror="" />
      {children}
    </Link>
  );
}
