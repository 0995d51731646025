const rules = new Intl.PluralRules("en");
const numbers = new Intl.NumberFormat("en");

/**
 * A count with its noun in the form the language's plural rules pick:
 * "1 destination", "2 destinations", "1,000 destinations".
 */
export function countOf(count: number, one: string, other: string): string {
  return `${numbers.format(count)} ${rules.select(count) === "one" ? one : other}`;
}
