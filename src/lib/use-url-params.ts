import { useSearchParams } from "react-router";

/**
 * View state in the query string. `update` sets or (with "") removes keys;
 * changing a filter drops the pagination cursor unless the cursor is what changes.
 */
export function useUrlParams(cursorKeys: string[] = ["next", "prev", "page"]) {
  const [params, setParams] = useSearchParams();
  const update = (changes: Record<string, string>, { replace = false } = {}) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        const pagination = Object.keys(changes).some((key) => cursorKeys.includes(key));
        if (!pagination) cursorKeys.forEach((key) => next.delete(key));
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace },
    );
  return [params, update] as const;
}
