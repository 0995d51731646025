import { useRef, useState } from "react";
import { ApiError } from "@/api/api-error";
import { DestinationConflict } from "@/api/destination-edit";
import { useSaveDestination, type DestinationEdit } from "@/api/destination-mutations";
import type { Destination } from "@/api/types";
import { errorMessage } from "@/ui/query-error";
import { toast } from "@/ui/toast";
import { useT } from "@/i18n/i18n";

export interface SaveFeedback {
  success: string;
  onSuccess?: (d: Destination) => void;
  onError?: (e: unknown) => void;
}

/**
 * Saves a settings section through useSaveDestination, with feedback: a toast for the
 * outcome, `conflict` when someone changed the same part meanwhile (shown in the
 * section, with a way to take theirs or overwrite), and `cancel` for a save in flight,
 * which ends in the truth — "Saved" when the change got through anyway, else "Not saved".
 */
export function usePatch(destinationId: string) {
  const t = useT();
  const mutation = useSaveDestination(destinationId);
  const controller = useRef<AbortController | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const [conflict, setConflict] = useState<DestinationConflict | null>(null);

  const save = (edit: Omit<DestinationEdit, "signal">, feedback: SaveFeedback) => {
    if (mutation.isPending) return;
    const abort = new AbortController();
    controller.current = abort;
    setConflict(null);
    mutation.mutate(
      { ...edit, signal: abort.signal },
      {
        onSuccess: (destination) => {
          setCancelling(false);
          toast.success(abort.signal.aborted ? t("settings.savedAnyway") : feedback.success);
          feedback.onSuccess?.(destination);
        },
        onError: (error) => {
          setCancelling(false);
          if (error instanceof DestinationConflict) setConflict(error);
          else if (error instanceof ApiError && error.code === "cancelled")
            toast.info(error.message);
          else {
            // After a lost answer the re-read has spoken; its message says what happened.
            const checked =
              error instanceof ApiError &&
              (error.code === "not_applied" || error.code === "unconfirmed");
            toast.error(
              checked
                ? errorMessage(error)
                : t("settings.notSaved", { error: errorMessage(error) }),
            );
          }
          feedback.onError?.(error);
        },
      },
    );
  };

  return {
    save,
    /** Stops a save in flight; its outcome is then checked and told. */
    cancel: () => {
      if (!mutation.isPending || controller.current?.signal.aborted) return;
      setCancelling(true);
      controller.current?.abort();
    },
    isPending: mutation.isPending,
    cancelling,
    conflict,
    clearConflict: () => setConflict(null),
  };
}

export type SectionSaver = ReturnType<typeof usePatch>;
