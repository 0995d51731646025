import { useQueryClient } from "@tanstack/react-query";
import { useRetry } from "@/api/attempts";
import { queryKeys } from "@/api/query-keys";
import { useT } from "@/i18n/i18n";
import { useTenantId } from "@/session/session-store";
import { ApiError } from "@/api/api-error";
import { Button, type ButtonProps } from "@/ui/button";
import { errorMessage } from "@/ui/query-error";
import { toast } from "@/ui/toast";

interface Props {
  eventId: string;
  destinationId: string;
  /** Why a retry can't work now (e.g. the destination is disabled); disables the button. */
  unavailable?: string | null;
  size?: ButtonProps["size"];
  /** Completes the accessible name, e.g. "event evt_123". */
  label?: string;
  /** Id of the visible text explaining why retrying is unavailable. */
  describedBy?: string;
}

/** Sends the event to the destination again (a manual attempt) and says how it went. */
/** Retrying can fail because the destination changed elsewhere: reload it so the page tells the truth. */
function useRefreshDestination(destinationId: string) {
  const queryClient = useQueryClient();
  const tenantId = useTenantId();
  return () =>
    void queryClient.invalidateQueries({
      queryKey: queryKeys.destinations.detail(tenantId, destinationId),
    });
}

export function RetryButton({
  eventId,
  destinationId,
  unavailable,
  size = "sm",
  label,
  describedBy,
}: Props) {
  const t = useT();
  const retry = useRetry();
  const refreshDestination = useRefreshDestination(destinationId);
  const run = () =>
    retry.mutate(
      { event_id: eventId, destination_id: destinationId },
      {
        onSuccess: () => toast.success(t("retry.queued")),
        onError: (error) => {
          if (error instanceof ApiError && error.isClientError) refreshDestination();
          toast.error(
            error instanceof ApiError && error.code === "destination_disabled"
              ? t("retry.destinationDisabled")
              : t("retry.failed", { error: errorMessage(error) }),
          );
        },
      },
    );
  return (
    <Button
      size={size}
      onClick={run}
      aria-disabled={retry.isPending || !!unavailable || undefined}
      aria-describedby={unavailable ? describedBy : undefined}
    >
      {retry.isPending ? t("error.retrying") : t("retry.retry")}
      {label && <span className="sr-only"> {label}</span>}
    </Button>
  );
}
