import type { Health, HealthState } from "@/lib/delivery-health";
import { Badge } from "./badge";

const TONES = {
  healthy: "success",
  degraded: "warning",
  failing: "danger",
  idle: "neutral",
} as const satisfies Record<HealthState, string>;

/** "Failing", "Degraded"…; the reason is read out with it (and shown beside it where asked). */
export function HealthBadge({
  health,
  showReason = false,
}: {
  health: Health;
  showReason?: boolean;
}) {
  return (
    <span className="inline-flex flex-wrap items-center gap-x-2 gap-y-1">
      <Badge tone={TONES[health.state]}>
        <span className="sr-only">Health: </span>
        {health.label}
      </Badge>
      {showReason ? (
        <span className="text-sm text-fg-muted">{health.reason}</span>
      ) : (
        <span className="sr-only">: {health.reason}</span>
      )}
    </span>
  );
}
