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
import { useT } from "@/i18n/i18n";
import { Message } from "@/i18n/message";

export function DangerSection({ destination }: { destination: Destination }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const remove = useDeleteDestination(destination.id);
  const navigate = useNavigate();
  const target = destinationTarget(destination);
  return (
    <Card title={t("settings.dangerTitle")} className="border-danger/40">
      <div className="grid gap-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p className="text-sm text-fg-muted">
            {destination.disabled_at ? t("settings.disabledNote") : t("settings.enabledNote")}
          </p>
          <EnableToggle destination={destination} />
        </div>
        <div className="flex flex-wrap items-center justify-between gap-3 border-t border-border pt-4">
          <p className="text-sm text-fg-muted">{t("settings.deleteNote")}</p>
          <Button variant="danger" onClick={() => setOpen(true)}>
            {t("settings.delete")}
          </Button>
        </div>
      </div>
      <ConfirmDialog
        open={open}
        title={t("settings.deleteTitle")}
        confirmLabel={t("settings.delete")}
        tone="danger"
        busy={remove.isPending}
        onCancel={() => setOpen(false)}
        onConfirm={() =>
          remove.mutate(undefined, {
            onSuccess: () => {
              toast.success(t("settings.deleted", { destination: target }));
              navigate(pathTo("destinations"), { replace: true });
            },
            onError: (error) => {
              setOpen(false);
              toast.error(t("settings.deleteError", { error: errorMessage(error) }));
            },
          })
        }
      >
        <p>
          <Message
            id="settings.deleteBody"
            values={{
              destination: (
                <strong className="wrap-anywhere text-fg" translate="no">
                  <WithBreaks text={target} />
                </strong>
              ),
            }}
          />
        </p>
      </ConfirmDialog>
    </Card>
  );
}
