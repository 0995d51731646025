import type { Destination } from "@/api/types";
import { Badge } from "@/ui/badge";
import { useT } from "@/i18n/i18n";

export function StatusBadge({ destination }: { destination: Pick<Destination, "disabled_at"> }) {
  const t = useT();
  return destination.disabled_at ? (
    <Badge tone="neutral">{t("status.disabled")}</Badge>
  ) : (
    <Badge tone="success">
      <span aria-hidden="true" className="size-1.5 rounded-full bg-current" />
      {t("status.active")}
    </Badge>
  );
}
