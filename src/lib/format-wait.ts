/** A wait for people: "2 min", "45 s". */
export function formatWait(ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  return seconds >= 90 ? `${Math.round(seconds / 60)} min` : `${seconds} s`;
}
