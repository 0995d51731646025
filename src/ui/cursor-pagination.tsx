import { useT } from "@/i18n/i18n";
import { Button } from "./button";

/** Previous/next over the API's opaque cursors. */
export function CursorPagination({
  prev,
  next,
  onPage,
  label,
}: {
  prev: string | null | undefined;
  next: string | null | undefined;
  onPage: (cursor: { next?: string; prev?: string }) => void;
  label: string;
}) {
  const t = useT();
  if (!prev && !next) return null;
  return (
    <nav aria-label={label} className="mt-4 flex items-center justify-between gap-3">
      <Button size="sm" disabled={!prev} onClick={() => prev && onPage({ prev })}>
        {t("ui.newer")}
      </Button>
      <Button size="sm" disabled={!next} onClick={() => next && onPage({ next })}>
        {t("ui.older")}
      </Button>
    </nav>
  );
}
