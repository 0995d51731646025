import { useState } from "react";
import type { Destination } from "@/api/types";
import { Button } from "@/ui/button";
import { Card } from "@/ui/card";
import { ConfirmDialog } from "@/ui/confirm-dialog";
import { usePatch } from "./use-patch";

export function SecretRotationSection({ destination }: { destination: Destination }) {
  const [open, setOpen] = useState(false);
  const { save, isPending } = usePatch(destination.id);
  const rotate = () =>
    save(
      { base: {}, patch: { credentials: { rotate_secret: true } } },
      {
        success: "New signing secret created. The previous one stays valid for 24 hours.",
        onSuccess: () => setOpen(false),
        onError: () => setOpen(false),
      },
    );
  return (
    <Card
      title="Signing secret"
      description="Webhook requests are signed with this secret so your endpoint can verify them."
      actions={<Button onClick={() => setOpen(true)}>Rotate secret</Button>}
    >
      <p className="text-sm text-fg-muted">
        Rotate it if it may have leaked, or on a schedule. See the current and previous secret on
        the Overview tab.
      </p>
      <ConfirmDialog
        open={open}
        title="Rotate the signing secret?"
        confirmLabel="Rotate secret"
        busy={isPending}
        onConfirm={rotate}
        onCancel={() => setOpen(false)}
      >
        <p>A new secret is generated and used to sign every request from now on.</p>
        <p>
          The current secret stays valid for 24 hours, so you can update your endpoint's
          verification without missing events.
        </p>
      </ConfirmDialog>
    </Card>
  );
}
