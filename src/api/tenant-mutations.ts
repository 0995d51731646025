import { t } from "@/i18n/i18n";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { mergeMaps, type MapConflict } from "@/lib/three-way-merge";
import { sameValue } from "@/lib/same-value";
import { useTenantId } from "@/session/session-store";
import { api } from "./client";
import { queryKeys } from "./query-keys";
import { isTenant } from "./shapes";
import { tenantPath } from "./tenant";
import type { StringMap, Tenant } from "./types";
import { settleUnknownOutcome } from "./write-outcome";

// Apart from tenant.ts, whose query every screen's header uses: the first screen never saves.

/** Someone changed a key the user also changed since they started editing. */
export class MetadataConflict extends Error {
  constructor(
    readonly conflicts: MapConflict[],
    /** The tenant as it is now. */
    readonly current: Tenant,
    /** The user's changes on top of `current`, the contested keys with the user's value. */
    readonly rebased: StringMap,
  ) {
    super(t("api.metadataConflict"));
    this.name = "MetadataConflict";
  }
}

export interface MetadataEdit {
  /** The metadata the user started editing from. */
  base: StringMap | null;
  /** What they want it to be. */
  mine: StringMap;
  signal?: AbortSignal;
}

/**
 * `PUT /tenants/{id}` replaces all metadata, so a save from a stale screen would drop
 * what another tab added. The user's changes are merged onto a fresh read instead
 * (`mergeMaps`), or a `MetadataConflict` says which keys both sides changed.
 */
export function useUpdateTenantMetadata() {
  const tenantId = useTenantId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ base, mine, signal }: MetadataEdit) => {
      const read = () => api<Tenant>(tenantPath(tenantId), { signal, expect: isTenant });
      const fresh = await read();
      const { merged, conflicts } = mergeMaps(base, mine, fresh.metadata);
      if (conflicts.length) {
        const rebased = { ...merged };
        for (const { key, mine: value } of conflicts)
          if (value === undefined) delete rebased[key];
          else rebased[key] = value;
        throw new MetadataConflict(conflicts, fresh, rebased);
      }
      try {
        return await api<Tenant>(tenantPath(tenantId), {
          method: "PUT",
          body: { metadata: merged },
          signal,
          expect: isTenant,
        });
      } catch (error) {
        return settleUnknownOutcome(error, async () => {
          const after = await read();
          return sameValue(after.metadata ?? {}, merged) ? after : null;
        });
      }
    },
    onSuccess: (tenant) => queryClient.setQueryData(queryKeys.tenant(tenantId), tenant),
    onError: (error) => {
      if (error instanceof MetadataConflict)
        queryClient.setQueryData(queryKeys.tenant(tenantId), error.current);
    },
  });
}
