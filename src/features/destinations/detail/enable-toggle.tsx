import { useSetDestinationEnabled } from "@/api/destination-mutations";
import type { Destination } from "@/api/types";
import { Button } from "@/ui/button";
import { errorMessage } from "@/ui/query-error";
import { toast } from "@/ui/toast";

export function EnableToggle({ destination }: { destination: Destination }) {
  const mutation = useSetDestinationEnabled(destination.id);
  const enabled = !destination.disabled_at;
  const toggle = () =>
    mutation.mutate(!enabled, {
      onSuccess: () =>
        toast.success(
          enabled ? "Destination disabled. No events are delivered to it." : "Destination enabled.",
        ),
      onError: (error) =>
        toast.error(
          `Couldn't ${enabled ? "disable" : "enable"} the destination: ${errorMessage(error)}`,
        ),
    });
  return (
    <Button onClick={toggle} aria-disabled={mutation.isPending || undefined}>
      {mutation.isPending ? (enabled ? "Disabling…" : "Enabling…") : enabled ? "Disable" : "Enable"}
    </Button>
  );
}
