import { Button } from "./button";

interface Props {
  page: number;
  pageCount: number;
  onPage: (page: number) => void;
  label: string;
}

/** Previous/next over client-side pages, with the position announced. */
export function Pagination({ page, pageCount, onPage, label }: Props) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={label} className="mt-4 flex items-center justify-between gap-3">
      <Button size="sm" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        Previous
      </Button>
      <p className="text-sm text-fg-muted" aria-live="polite">
        Page {page} of {pageCount}
      </p>
      <Button size="sm" disabled={page >= pageCount} onClick={() => onPage(page + 1)}>
        Next
      </Button>
    </nav>
  );
}
