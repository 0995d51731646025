import { useSetDestinationEnabled } from "@/api/destination-mutations";
import type { Destination } from "@/api/types";
import { useState } from "react";
import { Button } from "@/ui/button";
import { ConfirmDialog } from "@/ui/confirm-dialog";
import { errorMessage } from "@/ui/query-error";
import { toast } from "@/ui/toast";
import { useT } from "@/i18n/i18n";

export function EnableToggle({ destination }: { destination: Destination }) {
  const t = useT();
  const mutation = useSetDestinationEnabled(destination.id);
  const enabled = !destination.disabled_at;
  const toggle = () =>
    mutation.mutate(!enabled, {
      onSuccess: () =>
        toast.success(enabled ? t("detail.disabledToast") : t("detail.enabledToast")),
      onError: (error) =>
        toast.error(
          t("detail.toggleError", {
            action: enabled ? "disable" : "enable",
            error: errorMessage(error),
          }),
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
            ? t("detail.disabling")
            : t("detail.enabling")
          : enabled
            ? t("detail.disable")
            : t("detail.enable")}
      </Button>
      <ConfirmDialog
        open={asking}
        title={t("detail.disableTitle")}
        confirmLabel={t("detail.disableConfirm")}
        tone="danger"
        onCancel={() => setAsking(false)}
        onConfirm={() => {
          setAsking(false);
          toggle();
        }}
      >
        <p>{t("detail.disableBody")}</p>
      </ConfirmDialog>
    </>
  );
}
