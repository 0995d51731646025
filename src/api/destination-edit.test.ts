import { describe, expect, it } from "vitest";
import { rebaseDestinationPatch } from "./destination-edit";
import { testDestination } from "@/test/destination";

describe("rebaseDestinationPatch", () => {
  it("adds my topic to the list another tab changed", () => {
    const current = testDestination({ topics: ["user.created", "user.deleted"] });
    expect(
      rebaseDestinationPatch(
        { topics: ["user.created"] },
        { topics: ["user.created", "order.paid"] },
        current,
      ),
    ).toEqual({ patch: { topics: ["user.created", "user.deleted", "order.paid"] }, conflicts: [] });
  });

  it("sends nothing for topics already as I want them", () => {
    const current = testDestination({ topics: ["a", "b"] });
    expect(rebaseDestinationPatch({ topics: ["a"] }, { topics: ["a", "b"] }, current)).toEqual({
      patch: {},
      conflicts: [],
    });
  });

  it("reports topics changed to all topics elsewhere, and overwrites when asked", () => {
    const current = testDestination({ topics: "*" });
    const base = { topics: ["a"] };
    expect(rebaseDestinationPatch(base, { topics: ["a", "b"] }, current)).toEqual({
      patch: {},
      conflicts: [{ part: "topics", mine: ["a", "b"], theirs: "*" }],
    });
    expect(rebaseDestinationPatch(base, { topics: ["a", "b"] }, current, true)).toEqual({
      patch: { topics: ["a", "b"] },
      conflicts: [],
    });
  });

  it("replaces the filter only when the server still holds the one I started from", () => {
    const mine = { data: { amount: { $gte: 100 } } };
    expect(rebaseDestinationPatch({ filter: null }, { filter: mine }, testDestination({}))).toEqual(
      {
        patch: { filter: mine },
        conflicts: [],
      },
    );
    const theirs = { topic: "order.paid" };
    expect(
      rebaseDestinationPatch(
        { filter: null },
        { filter: mine },
        testDestination({ filter: theirs }),
      ),
    ).toEqual({ patch: {}, conflicts: [{ part: "filter", mine, theirs }] });
  });

  it("treats {} and null as the same empty filter", () => {
    expect(rebaseDestinationPatch({ filter: {} }, { filter: null }, testDestination({}))).toEqual({
      patch: {},
      conflicts: [],
    });
  });

  it("sends only my metadata keys and names a key both sides changed", () => {
    const current = testDestination({ metadata: { team: "billing", env: "prod", owner: "ana" } });
    expect(
      rebaseDestinationPatch(
        { metadata: { team: "core", env: "prod" } },
        { metadata: { team: "payments", env: null } },
        current,
      ),
    ).toEqual({
      patch: { metadata: { env: null } },
      conflicts: [{ part: "metadata", key: "team", mine: "payments", theirs: "billing" }],
    });
  });

  it("passes credentials through (they are masked; nothing to compare)", () => {
    expect(
      rebaseDestinationPatch({}, { credentials: { rotate_secret: true } }, testDestination({})),
    ).toEqual({ patch: { credentials: { rotate_secret: true } }, conflicts: [] });
  });
});
