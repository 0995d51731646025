import { useState } from "react";
import { useNavigate } from "react-router";
import { pathTo } from "@/lib/paths";
import { useDeleteDestination } from "@/api/destination-mutations";
import type { Destination } from "@/api/types";
import { Button } from "@/ui/button";
import { Card } from "@/ui/card";
import { ConfirmDialog } from "@/ui/confirm-dialog";
import { errorMessage } from "@/ui/query-error";
import { toast } from "@/ui/toast";
import { destinationTarget } from "@/api/destination-labels";
import { EnableToggle } from "@/features/destinations/detail/enable-toggle";
import { WithBreaks } from "@/ui/with-breaks";

export function DangerSection({ destination }: { destination: Destination }) {
  const [open, setOpen] = useState(false);
  const remove = useDeleteDestination(destination.id);
  const navigate = useNavigate();
  const target = destinationTarget(destination);
  return (
    <Card title="Status and deletion" className="border-danger/40">
      <div className="grid gap-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p className="text-sm text-fg-muted">
            {destination.disabled_at
              ? "Disabled: no events are delivered. Enable it to resume deliveries."
              : "Disable to pause deliveries without losing the configuration."}
          </p>
          <EnableToggle destination={destination} />
        </div>
        <div className="flex flex-wrap items-center justify-between gap-3 border-t border-border pt-4">
          <p className="text-sm text-fg-muted">
            Deleting removes the destination and stops its deliveries for good.
          </p>
          <Button variant="danger" onClick={() => setOpen(true)}>
            Delete destination
          </Button>
        </div>
      </div>
      <ConfirmDialog
        open={open}
        title="Delete this destination?"
        confirmLabel="Delete destination"
        tone="danger"
        busy={remove.isPending}
        onCancel={() => setOpen(false)}
        onConfirm={() =>
          remove.mutate(undefined, {
            onSuccess: () => {
              toast.success(`Deleted ${target}.`);
              navigate(pathTo("destinations"), { replace: true });
            },
            onError: (error) => {
              setOpen(false);
              toast.error(`Couldn't delete the destination: ${errorMessage(error)}`);
            },
          })
        }
      >
        <p>
          <strong className="wrap-anywhere text-fg">
            <WithBreaks text={target} />
          </strong>{" "}
          will stop receiving events. This can't be undone.
        </p>
      </ConfirmDialog>
    </Card>
  );
}
