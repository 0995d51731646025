import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTenantId } from "@/session/session-store";
import { ApiError } from "./api-error";
import { api } from "./client";
import { destinationPath, destinationsPath, destinationsQuery } from "./destinations";
import { queryKeys } from "./query-keys";
import { isDestination } from "./shapes";
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
  const read = (destinationId: string) =>
    orNullWhenMissing(
      api<Destination>(destinationPath(tenantId, destinationId), { expect: isDestination }),
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

export function useUpdateDestination(destinationId: string) {
  const cache = useDestinationCache();
  return useMutation({
    mutationFn: async ({ signal, ...body }: DestinationUpdate & { signal?: AbortSignal }) => {
      const before = cache.cached(destinationId);
      try {
        return await api<Destination>(destinationPath(cache.tenantId, destinationId), {
          method: "PATCH",
          body,
          signal,
          expect: isDestination,
        });
      } catch (error) {
        return settleUnknownOutcome(error, async () => {
          const after = await cache.read(destinationId);
          return after && patchApplied(before, after, body) ? after : null;
        });
      }
    },
    onSuccess: cache.store,
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
