import { useSetDestinationEnabled } from "@/api/destination-mutations";
import type { Destination } from "@/api/types";
import { useState } from "react";
import { Button } from "@/ui/button";
import { ConfirmDialog } from "@/ui/confirm-dialog";
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
  const [asking, setAsking] = useState(false);
  return (
    <>
      <Button
        onClick={enabled ? () => setAsking(true) : toggle}
        aria-disabled={mutation.isPending || undefined}
      >
        {mutation.isPending
          ? enabled
            ? "Disabling…"
            : "Enabling…"
          : enabled
            ? "Disable"
            : "Enable"}
      </Button>
      <ConfirmDialog
        open={asking}
        title="Disable this destination?"
        confirmLabel="Disable destination"
        tone="danger"
        onCancel={() => setAsking(false)}
        onConfirm={() => {
          setAsking(false);
          toggle();
        }}
      >
        <p>
          Events published while it is disabled are not delivered to it, not even after you enable
          it again, and its failed deliveries can't be retried until then.
        </p>
      </ConfirmDialog>
    </>
  );
}
