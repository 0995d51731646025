import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTenantId } from "@/session/session-store";
import { api } from "./client";
import { destinationPath, destinationsPath, destinationsQuery } from "./destinations";
import { queryKeys } from "./query-keys";
import type { Destination, DestinationCreate, DestinationUpdate } from "./types";

// Mutations live apart from the queries so the first screen doesn't download them.
function useDestinationCache() {
  const queryClient = useQueryClient();
  const tenantId = useTenantId();
  return {
    tenantId,
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

export function useCreateDestination() {
  const cache = useDestinationCache();
  return useMutation({
    mutationFn: (body: DestinationCreate) =>
      api<Destination>(destinationsPath(cache.tenantId), { method: "POST", body }),
    onSuccess: cache.store,
  });
}

export function useUpdateDestination(destinationId: string) {
  const cache = useDestinationCache();
  return useMutation({
    mutationFn: (body: DestinationUpdate) =>
      api<Destination>(destinationPath(cache.tenantId, destinationId), { method: "PATCH", body }),
    onSuccess: cache.store,
  });
}

export function useSetDestinationEnabled(destinationId: string) {
  const cache = useDestinationCache();
  return useMutation({
    mutationFn: (enabled: boolean) =>
      api<Destination>(
        `${destinationPath(cache.tenantId, destinationId)}/${enabled ? "enable" : "disable"}`,
        {
          method: "PUT",
        },
      ),
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
