/**
 * One reader for query strings as real clients send them:
 *   k=a&k=b   k[]=a&k[]=b   k[0]=a&k[1]=b   k=a,b
 *   filters[destination_id][]=x   filters[destination_id][0]=x   time[gte]=…
 * Keys arrive percent-encoded or not; URLSearchParams decodes both.
 */
export class QueryParams {
  private readonly entries: Array<[string, string]>;

  constructor(input: string | URLSearchParams) {
    const params =
      typeof input === "string"
        ? new URLSearchParams(input.startsWith("?") ? input.slice(1) : input)
        : input;
    this.entries = [...params.entries()];
  }

  static fromUrl(url: string): QueryParams {
    const withoutFragment = url.split("#")[0] ?? "";
    const q = withoutFragment.indexOf("?");
    return new QueryParams(q === -1 ? "" : withoutFragment.slice(q + 1));
  }

  /** First scalar value of `key` (also found as `key[]` / `key[0]`), or undefined. */
  get(key: string): string | undefined {
    return this.getAll(key, { splitCommas: false })[0];
  }

  has(key: string): boolean {
    return this.getAll(key, { splitCommas: false }).length > 0;
  }

  /**
   * Every value of `key` in any array form. Indexed forms come back in index
   * order after the plain and `[]` forms; empty values are dropped.
   */
  getAll(key: string, options: { splitCommas?: boolean } = {}): string[] {
    const splitCommas = options.splitCommas ?? true;
    const plain: string[] = [];
    const indexed: Array<{ index: number; order: number; value: string }> = [];
    this.entries.forEach(([name, value], order) => {
      if (name === key || name === `${key}[]`) {
        plain.push(value);
        return;
      }
      if (name.startsWith(`${key}[`) && name.endsWith("]")) {
        const inner = name.slice(key.length + 1, -1);
        if (/^\d+$/.test(inner)) indexed.push({ index: Number(inner), order, value });
      }
    });
    indexed.sort((a, b) => a.index - b.index || a.order - b.order);
    const raw = [...plain, ...indexed.map((i) => i.value)];
    const out: string[] = [];
    for (const value of raw) {
      const parts = splitCommas ? value.split(",") : [value];
      for (const part of parts) {
        const trimmed = part.trim();
        if (trimmed !== "") out.push(trimmed);
      }
    }
    return out;
  }

  /** Sub-keys of a nested object parameter: `time[gte]=x&time[lt]=y` → { gte: x, lt: y }. */
  getObject(key: string): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [name, value] of this.entries) {
      if (!name.startsWith(`${key}[`)) continue;
      const close = name.indexOf("]", key.length + 1);
      if (close === -1) continue;
      const sub = name.slice(key.length + 1, close);
      if (sub === "" || /^\d+$/.test(sub)) continue;
      if (!(sub in out)) out[sub] = value;
    }
    return out;
  }

  /** Names of every parameter present, as sent (after percent-decoding). */
  keys(): string[] {
    return [...new Set(this.entries.map(([name]) => name))];
  }
}
