/** RFC 7396 patch from one string map to another: changed keys, and removed keys as null. */
export function mapPatch(
  before: Record<string, string> | null | undefined,
  after: Record<string, string>,
): Record<string, string | null> {
  const patch: Record<string, string | null> = {};
  for (const [key, value] of Object.entries(after)) if (before?.[key] !== value) patch[key] = value;
  for (const key of Object.keys(before ?? {})) if (!(key in after)) patch[key] = null;
  return patch;
}
