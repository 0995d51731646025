/** Consecutive equal buckets from `start` (inclusive) to `end` (exclusive), epoch milliseconds. */
export interface BucketWindow {
  start: number;
  end: number;
  bucketMs: number;
}

export function bucketStarts(window: BucketWindow): number[] {
  const starts: number[] = [];
  for (let t = window.start; t < window.end; t += window.bucketMs) starts.push(t);
  return starts;
}

/** Index of the bucket holding the ISO time `time`; `undefined` outside the window or unparsable. */
export function bucketIndex(window: BucketWindow, time: string | undefined): number | undefined {
  const at = time ? Date.parse(time) : NaN;
  if (!(at >= window.start && at < window.end)) return undefined;
  return Math.floor((at - window.start) / window.bucketMs);
}
