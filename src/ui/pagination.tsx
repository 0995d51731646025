import { useT } from "@/i18n/i18n";
import { Button } from "./button";

interface Props {
  page: number;
  pageCount: number;
  onPage: (page: number) => void;
  label: string;
}

/** Previous/next over client-side pages, with the position announced. */
export function Pagination({ page, pageCount, onPage, label }: Props) {
  const t = useT();
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={label} className="mt-4 flex items-center justify-between gap-3">
      <Button size="sm" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t("pagination.previous")}
      </Button>
      <p className="text-sm text-fg-muted" aria-live="polite">
        {t("pagination.position", { page, pageCount })}
      </p>
      <Button size="sm" disabled={page >= pageCount} onClick={() => onPage(page + 1)}>
        {t("pagination.next")}
      </Button>
    </nav>
  );
}
