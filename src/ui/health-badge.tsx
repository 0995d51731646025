import { useT } from "@/i18n/i18n";
import type { Health, HealthState } from "@/lib/delivery-health";
import { Badge } from "./badge";

const TONES = {
  healthy: "success",
  degraded: "warning",
  failing: "danger",
  idle: "neutral",
} as const satisfies Record<HealthState, string>;

/** Why, in words: "12 of 12 deliveries failed in the last 24 h · last error 500". */
function useReason(health: Health): string {
  const t = useT();
  if (health.state === "idle") return t("deliveries.none24h");
  const parts = [
    health.failed === 0
      ? t("ui.healthAllSucceeded", { total: health.total })
      : t("ui.healthFailed", { failed: health.failed, total: health.total }),
  ];
  if (health.latestHourFailed) parts.push(t("ui.healthLatestHourFailed"));
  if (health.lastErrorCode) parts.push(t("destinations.lastError", { code: health.lastErrorCode }));
  return parts.join(" · ");
}

/** "Failing", "Degraded"…; the reason is read out with it (and shown beside it where asked). */
export function HealthBadge({
  health,
  showReason = false,
}: {
  health: Health;
  showReason?: boolean;
}) {
  const t = useT();
  const reason = useReason(health);
  return (
    <span className="inline-flex flex-wrap items-center gap-x-2 gap-y-1">
      <Badge tone={TONES[health.state]}>
        <span className="sr-only">{t("ui.health")} </span>
        {t("ui.healthState", { state: health.state })}
      </Badge>
      {/* Read out once, joined to the state in the language's own words ("Failing: …"), not run into it. */}
      <span className="sr-only">{t("ui.healthReason", { reason })}</span>
      {showReason && (
        <span aria-hidden="true" className="text-sm text-fg-muted">
          {reason}
        </span>
      )}
    </span>
  );
}
