import { sameValue } from "@/lib/same-value";
import { ApiError } from "./api-error";
import { ownMessage } from "./client";
import type { Destination, DestinationUpdate, StringMap } from "./types";

/**
 * A write whose answer was lost (timeout, dropped connection, unreadable body) may
 * have been applied. `check` re-reads the resource and returns it when the write
 * took effect, null when it didn't; the caller then gets the truth: success with
 * the current resource, or an error that says it wasn't saved.
 */
export async function settleUnknownOutcome<T>(
  error: unknown,
  check: () => Promise<T | null>,
): Promise<T> {
  if (!(error instanceof ApiError) || !error.outcomeUnknown) throw error;
  let current: T | null;
  try {
    current = await check();
  } catch {
    throw new ApiError({
      status: 0,
      code: "unconfirmed",
      outcomeUnknown: true,
      message: await ownMessage("api.unconfirmed"),
    });
  }
  if (current === null) {
    throw new ApiError({
      status: 0,
      code: "not_applied",
      message: await ownMessage("api.notApplied"),
    });
  }
  return current;
}

/** A 404 answer as null: "it isn't there". */
export async function orNullWhenMissing<T>(read: Promise<T>): Promise<T | null> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

function mapHas(map: StringMap | null | undefined, patch: Record<string, string | null>) {
  return Object.entries(patch).every(([key, value]) =>
    value === null ? map?.[key] === undefined : map?.[key] === value,
  );
}

const emptyFilter = (filter: unknown) =>
  filter === null || filter === undefined || sameValue(filter, {});

/**
 * Whether `after` (a fresh read) carries `patch`. Credentials are masked in answers,
 * so a credential change counts as applied when the destination changed since `before`.
 */
export function patchApplied(
  before: Destination | undefined,
  after: Destination,
  patch: DestinationUpdate,
): boolean {
  if (patch.topics !== undefined && !sameValue(after.topics, patch.topics)) return false;
  if (patch.filter !== undefined) {
    const applied = emptyFilter(patch.filter)
      ? emptyFilter(after.filter)
      : sameValue(after.filter, patch.filter);
    if (!applied) return false;
  }
  if (patch.config && !mapHas(after.config, patch.config)) return false;
  if (patch.metadata && !mapHas(after.metadata, patch.metadata)) return false;
  if (patch.delivery_metadata && !mapHas(after.delivery_metadata, patch.delivery_metadata))
    return false;
  if (patch.credentials) return before !== undefined && after.updated_at !== before.updated_at;
  return true;
}
