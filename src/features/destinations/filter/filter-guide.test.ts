import { describe, expect, it } from "vitest";
import { FILTER_OPERATORS, matchesFilter } from "@/lib/filter-match";
import { GUIDE, GUIDE_EVENT } from "./filter-guide";

describe("the filter guide", () => {
  it("has an example for every operator", () => {
    expect(GUIDE.map((entry) => entry.term).filter((t) => t.startsWith("$"))).toEqual([
      ...FILTER_OPERATORS,
    ]);
  });

  it.each(GUIDE)("$term: says truly whether its example matches the sample event", (entry) => {
    expect(matchesFilter(entry.filter, GUIDE_EVENT)).toBe(entry.matches);
  });
});
