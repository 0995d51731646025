import { useUpdateDestination } from "@/api/destination-mutations";
import type { Destination, DestinationUpdate } from "@/api/types";
import { ApiError } from "@/api/api-error";
import { errorMessage } from "@/ui/query-error";
import { toast } from "@/ui/toast";

/** PATCHes part of a destination, with feedback; the caches update in useUpdateDestination. */
export function usePatch(destinationId: string) {
  const mutation = useUpdateDestination(destinationId);
  const patch = (
    body: DestinationUpdate,
    {
      success,
      onSuccess,
      onError,
    }: { success: string; onSuccess?: (d: Destination) => void; onError?: (e: unknown) => void },
  ) =>
    mutation.mutate(body, {
      onSuccess: (destination) => {
        toast.success(success);
        onSuccess?.(destination);
      },
      onError: (error) => {
        // After a lost answer the re-read has spoken; its message says what happened.
        const checked =
          error instanceof ApiError &&
          (error.code === "not_applied" || error.code === "unconfirmed");
        toast.error(checked ? errorMessage(error) : `Not saved: ${errorMessage(error)}`);
        onError?.(error);
      },
    });
  return { patch, isPending: mutation.isPending };
}
