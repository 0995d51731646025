/**
 * A y-axis for counts: a round step (1, 2 or 5 × 10ⁿ, never below 1) and the
 * ticks from 0 to the first multiple of it at or above `max`, at most 5 of them.
 */
export function countTicks(max: number): number[] {
  if (max <= 0) return [0, 1];
  const rough = max / 4;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= rough) ?? 1);
  const top = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let t = 0; t <= top; t += step) ticks.push(t);
  return ticks;
}

/**
 * At most `max` of `indexes`, evenly spaced and counted back from the last, so
 * the newest bucket is always labelled. The chart passes how many fit its width.
 */
export function thinOut(indexes: number[], max = 4): number[] {
  const stride = Math.max(1, Math.ceil(indexes.length / max));
  return indexes.filter((_, i) => (indexes.length - 1 - i) % stride === 0);
}

/** Which of `count` buckets get an x-axis label. */
export const labelledIndexes = (count: number, max?: number) =>
  thinOut([...Array(count).keys()], max);

/** Indexes of the buckets that open a new local day: where 6-hour buckets get a date label. */
export function dayStartIndexes(starts: number[]): number[] {
  return starts.flatMap((start, i) => {
    const previous = starts[i - 1];
    return previous !== undefined && new Date(start).getDate() !== new Date(previous).getDate()
      ? [i]
      : [];
  });
}
