/** An item whose identity an earlier item already had. */
export interface Repeat {
  index: number;
  /** Index of the first item with that identity. */
  firstIndex: number;
}

/**
 * Items repeating an earlier one's identity, in order. `identity` returns
 * `null` for items that take no part (e.g. a row without a key).
 */
export function findRepeats<T>(
  items: readonly T[],
  identity: (item: T) => string | null,
): Repeat[] {
  const first = new Map<string, number>();
  const repeats: Repeat[] = [];
  items.forEach((item, index) => {
    const id = identity(item);
    if (id === null) return;
    const firstIndex = first.get(id);
    if (firstIndex === undefined) first.set(id, index);
    else repeats.push({ index, firstIndex });
  });
  return repeats;
}
