import { useT } from "@/i18n/i18n";
import { Button } from "./button";
import { RefreshIcon } from "./icons";

/** Refetches a list; busy while fetching, without dropping focus (aria-disabled, see Button). */
export function RefreshButton({ onRefresh, busy }: { onRefresh: () => void; busy: boolean }) {
  const t = useT();
  return (
    <Button size="sm" onClick={onRefresh} aria-disabled={busy || undefined}>
      <RefreshIcon />
      {t("ui.refresh")}
    </Button>
  );
}
