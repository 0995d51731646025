import { t } from "@/i18n/i18n";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTenantId } from "@/session/session-store";
import { ApiError } from "./api-error";
import { api } from "./client";
import { destinationPath, destinationsPath, destinationsQuery } from "./destinations";
import { queryKeys } from "./query-keys";
import { isDestination } from "./shapes";
import { DestinationConflict, rebaseDestinationPatch, type EditBase } from "./destination-edit";
import type { Destination, DestinationCreate, DestinationUpdate } from "./types";
import { orNullWhenMissing, patchApplied, settleUnknownOutcome } from "./write-outcome";

/** An id the portal picks for a new destination, so a repeated create can't make a second one. */
export function newDestinationId(): string {
  return `des_${crypto.randomUUID().replace(/-/g, "")}`;
}

/** Outpost's answer to a create whose `id` is taken (400; 409 from stricter servers). */
function alreadyExists(error: unknown) {
  return (
    error instanceof ApiError &&
    (error.status === 400 || error.status === 409) &&
    /already exists/i.test(error.message)
  );
}

// Mutations live apart from the queries so the first screen doesn't download them.
function useDestinationCache() {
  const queryClient = useQueryClient();
  const tenantId = useTenantId();
  const read = (destinationId: string, signal?: AbortSignal) =>
    orNullWhenMissing(
      api<Destination>(destinationPath(tenantId, destinationId), {
        signal,
        expect: isDestination,
      }),
    );
  return {
    tenantId,
    read,
    cached: (destinationId: string) =>
      queryClient.getQueryData<Destination>(queryKeys.destinations.detail(tenantId, destinationId)),
    /** Puts a changed destination into the detail and list caches, then refreshes both. */
    store(destination: Destination) {
      queryClient.setQueryData(
        queryKeys.destinations.detail(tenantId, destination.id),
        destination,
      );
      queryClient.setQueryData<Destination[]>(destinationsQuery(tenantId).queryKey, (list) =>
        list?.some((d) => d.id === destination.id)
          ? list.map((d) => (d.id === destination.id ? destination : d))
          : list && [...list, destination],
      );
      void queryClient.invalidateQueries({ queryKey: queryKeys.destinations.all(tenantId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.tenant(tenantId) });
    },
    remove(destinationId: string) {
      queryClient.setQueryData<Destination[]>(destinationsQuery(tenantId).queryKey, (list) =>
        list?.filter((d) => d.id !== destinationId),
      );
      queryClient.removeQueries({
        queryKey: queryKeys.destinations.detail(tenantId, destinationId),
        exact: true,
      });
      void queryClient.invalidateQueries({ queryKey: queryKeys.destinations.all(tenantId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.tenant(tenantId) });
    },
  };
}

/**
 * Creates with the portal's own `id`: when the answer is lost the destination is looked
 * up by that id, and a repeated click that meets "already exists" lands on it too —
 * never a second destination.
 */
export function useCreateDestination() {
  const cache = useDestinationCache();
  return useMutation({
    mutationFn: async (body: DestinationCreate & { id: string }) => {
      try {
        return await api<Destination>(destinationsPath(cache.tenantId), {
          method: "POST",
          body,
          expect: isDestination,
        });
      } catch (error) {
        if (alreadyExists(error)) {
          const existing = await cache.read(body.id);
          if (existing?.type === body.type) return existing;
          throw error;
        }
        return settleUnknownOutcome(error, () => cache.read(body.id));
      }
    },
    onSuccess: cache.store,
  });
}

export interface DestinationEdit {
  /** What the form started from, for the parts `patch` changes. */
  base: EditBase;
  /** The user's change, written against `base`. */
  patch: DestinationUpdate;
  /** Where someone else changed the same part, keep the user's value anyway. */
  overwrite?: boolean;
  /** Aborting it is Cancel: the answer then says whether the save got through anyway. */
  signal?: AbortSignal;
}

const gone = () =>
  new ApiError({ status: 404, code: "not_found", message: t("api.destinationGone") });

/**
 * Saves a settings section without losing anyone's update: the change is moved onto a
 * fresh read (`rebaseDestinationPatch`), or a `DestinationConflict` names what both
 * sides changed. Cancel (aborting `signal`) before the PATCH left ends with "not
 * applied"; after, a re-read says whether it was applied — success if it was.
 */
export function useSaveDestination(destinationId: string) {
  const cache = useDestinationCache();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ base, patch, overwrite, signal }: DestinationEdit) => {
      let sent: { before: Destination; body: DestinationUpdate } | null = null;
      try {
        const current = await cache.read(destinationId, signal);
        if (!current) throw gone();
        const rebased = rebaseDestinationPatch(base, patch, current, overwrite);
        if (rebased.conflicts.length) throw new DestinationConflict(rebased.conflicts, current);
        // Already as the user wants it (someone made the same change): nothing to send.
        if (Object.keys(rebased.patch).length === 0) return current;
        sent = { before: current, body: rebased.patch };
        return await api<Destination>(destinationPath(cache.tenantId, destinationId), {
          method: "PATCH",
          body: rebased.patch,
          signal,
          expect: isDestination,
        });
      } catch (error) {
        if (error instanceof DestinationConflict) throw error;
        const check = async () => {
          if (!sent) return null;
          const after = await cache.read(destinationId);
          return after && patchApplied(sent.before, after, sent.body) ? after : null;
        };
        if (signal?.aborted) {
          const outcome = new ApiError({
            status: 0,
            code: "network",
            outcomeUnknown: true,
            message: "",
          });
          return settleUnknownOutcome(outcome, check).catch((settled: unknown) => {
            if (settled instanceof ApiError && settled.code === "not_applied")
              throw new ApiError({
                status: 0,
                code: "cancelled",
                message: t("api.cancelledSave"),
              });
            throw settled;
          });
        }
        return settleUnknownOutcome(error, check);
      }
    },
    onSuccess: cache.store,
    onError: (error) => {
      if (error instanceof DestinationConflict)
        queryClient.setQueryData(
          queryKeys.destinations.detail(cache.tenantId, destinationId),
          error.current,
        );
    },
  });
}

export function useSetDestinationEnabled(destinationId: string) {
  const cache = useDestinationCache();
  return useMutation({
    mutationFn: async (enabled: boolean) => {
      try {
        return await api<Destination>(
          `${destinationPath(cache.tenantId, destinationId)}/${enabled ? "enable" : "disable"}`,
          { method: "PUT", expect: isDestination },
        );
      } catch (error) {
        return settleUnknownOutcome(error, async () => {
          const after = await cache.read(destinationId);
          return after && (after.disabled_at === null) === enabled ? after : null;
        });
      }
    },
    onSuccess: cache.store,
  });
}

export function useDeleteDestination(destinationId: string) {
  const cache = useDestinationCache();
  return useMutation({
    mutationFn: () =>
      api<unknown>(destinationPath(cache.tenantId, destinationId), { method: "DELETE" }),
    onSuccess: () => cache.remove(destinationId),
  });
}
