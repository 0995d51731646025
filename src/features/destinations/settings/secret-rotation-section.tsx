import { useState } from "react";
import type { Destination } from "@/api/types";
import { Button } from "@/ui/button";
import { Card } from "@/ui/card";
import { ConfirmDialog } from "@/ui/confirm-dialog";
import { usePatch } from "./use-patch";
import { useT } from "@/i18n/i18n";

export function SecretRotationSection({ destination }: { destination: Destination }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const { save, isPending } = usePatch(destination.id);
  const rotate = () =>
    save(
      { base: {}, patch: { credentials: { rotate_secret: true } } },
      {
        success: t("settings.rotated"),
        onSuccess: () => setOpen(false),
        onError: () => setOpen(false),
      },
    );
  return (
    <Card
      title={t("detail.signingSecret")}
      description={t("settings.signingSecretDescription")}
      actions={<Button onClick={() => setOpen(true)}>{t("settings.rotate")}</Button>}
    >
      <p className="text-sm text-fg-muted">{t("settings.rotateWhen")}</p>
      <ConfirmDialog
        open={open}
        title={t("settings.rotateTitle")}
        confirmLabel={t("settings.rotate")}
        busy={isPending}
        onConfirm={rotate}
        onCancel={() => setOpen(false)}
      >
        <p>{t("settings.rotateNew")}</p>
        <p>{t("settings.rotateGrace")}</p>
      </ConfirmDialog>
    </Card>
  );
}
