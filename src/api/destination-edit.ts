import { t } from "@/i18n/i18n";
import { sameValue } from "@/lib/same-value";
import { mergeSets, mergeWhole, rebaseMapPatch } from "@/lib/three-way-merge";
import type { Destination, DestinationFilter, DestinationUpdate, StringMap, Topics } from "./types";

/** The parts of a destination a PATCH replaces whole or merges by key. */
export type EditPart = "topics" | "filter" | "config" | "metadata" | "delivery_metadata";

/** The values a settings form started from, for the parts it changes. */
export interface EditBase {
  topics?: Topics;
  filter?: DestinationFilter;
  config?: StringMap;
  metadata?: StringMap | null;
  delivery_metadata?: StringMap | null;
}

/** A part (or a key of it) both the user and someone else changed since the form loaded. */
export interface EditConflict {
  part: EditPart;
  /** For config and metadata maps: the key. */
  key?: string;
  /** undefined: removed. */
  mine: unknown;
  theirs: unknown;
}

/** Someone changed what the user also changed while they were editing; nothing was sent. */
export class DestinationConflict extends Error {
  constructor(
    readonly conflicts: EditConflict[],
    /** The destination as it is now. */
    readonly current: Destination,
  ) {
    super(t("api.destinationConflict"));
    this.name = "DestinationConflict";
  }
}

/** An empty filter is no filter (Outpost clears it for `null` and `{}` alike). */
export function normalFilter(filter: DestinationFilter | undefined): DestinationFilter {
  return filter && Object.keys(filter).length > 0 ? filter : null;
}

const MAP_PARTS = ["config", "metadata", "delivery_metadata"] as const;

/**
 * A PATCH written against `base`, moved onto `current` (a fresh read). Outpost replaces
 * `topics` and `filter` whole, so they are merged three-way (the user's additions and
 * removals of topics land on the current list); map parts are merged by key on the
 * server, so only a key both sides changed matters. Parts already as the user wants
 * them are left out. With `overwrite`, contested parts take the user's value.
 */
export function rebaseDestinationPatch(
  base: EditBase,
  patch: DestinationUpdate,
  current: Destination,
  overwrite = false,
): { patch: DestinationUpdate; conflicts: EditConflict[] } {
  const next: DestinationUpdate = {};
  const conflicts: EditConflict[] = [];

  if (patch.topics !== undefined) {
    const merged = mergeSets(base.topics ?? current.topics, patch.topics, current.topics);
    const value = merged.outcome === "merged" ? merged.value : overwrite ? merged.mine : null;
    if (value === null)
      conflicts.push({ part: "topics", mine: patch.topics, theirs: current.topics });
    else if (!sameValue(value, current.topics)) next.topics = value === "*" ? "*" : [...value];
  }

  if (patch.filter !== undefined) {
    const now = normalFilter(current.filter);
    const mine = normalFilter(patch.filter);
    const merged = mergeWhole(
      base.filter === undefined ? now : normalFilter(base.filter),
      mine,
      now,
      sameValue,
    );
    const value = merged.outcome === "merged" ? merged.value : overwrite ? mine : undefined;
    if (value === undefined) conflicts.push({ part: "filter", mine, theirs: now });
    else if (!sameValue(value, now)) next.filter = value;
  }

  for (const part of MAP_PARTS) {
    const changes = patch[part];
    if (!changes) continue;
    const rebased = rebaseMapPatch(base[part] ?? current[part], changes, current[part]);
    const send = { ...rebased.patch };
    for (const conflict of rebased.conflicts) {
      if (overwrite) send[conflict.key] = conflict.mine ?? null;
      else conflicts.push({ part, ...conflict });
    }
    if (Object.keys(send).length) next[part] = send;
  }

  if (patch.credentials && Object.keys(patch.credentials).length)
    next.credentials = patch.credentials;
  return { patch: next, conflicts };
}
