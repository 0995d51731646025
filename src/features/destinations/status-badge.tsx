import type { Destination } from "@/api/types";
import { Badge } from "@/ui/badge";

export function StatusBadge({ destination }: { destination: Pick<Destination, "disabled_at"> }) {
  return destination.disabled_at ? (
    <Badge tone="neutral">Disabled</Badge>
  ) : (
    <Badge tone="success">
      <span aria-hidden="true" className="size-1.5 rounded-full bg-current" />
      Active
    </Badge>
  );
}
