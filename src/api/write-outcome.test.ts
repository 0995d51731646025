import { describe, expect, it } from "vitest";
import { ApiError } from "./api-error";
import type { Destination } from "./types";
import { orNullWhenMissing, patchApplied, settleUnknownOutcome } from "./write-outcome";

const lost = new ApiError({ status: 0, code: "network", outcomeUnknown: true, message: "lost" });

const destination = (over: Partial<Destination> = {}): Destination => ({
  id: "des_1",
  type: "webhook",
  topics: ["a"],
  config: { url: "https://x.example" },
  credentials: {},
  metadata: { team: "ops" },
  disabled_at: null,
  created_at: "2026-01-01T00:00:00Z",
  updated_at: "2026-01-01T00:00:00Z",
  ...over,
});

describe("settleUnknownOutcome", () => {
  it("passes on errors whose outcome is known, without checking", async () => {
    const refused = new ApiError({ status: 422, message: "bad" });
    let checked = false;
    await expect(
      settleUnknownOutcome(refused, async () => {
        checked = true;
        return null;
      }),
    ).rejects.toBe(refused);
    expect(checked).toBe(false);
  });

  it("turns a lost answer into success when the re-read shows the write", async () => {
    await expect(settleUnknownOutcome(lost, async () => "current")).resolves.toBe("current");
  });

  it("says 'not saved' when the re-read shows it wasn't, and 'unknown' when the re-read fails", async () => {
    await expect(settleUnknownOutcome(lost, async () => null)).rejects.toMatchObject({
      code: "not_applied",
      outcomeUnknown: false,
      message: "It wasn't saved: the server didn't apply it. Try again.",
    });
    await expect(
      settleUnknownOutcome(lost, () => Promise.reject(new Error("down"))),
    ).rejects.toMatchObject({ code: "unconfirmed", outcomeUnknown: true });
  });
});

describe("orNullWhenMissing", () => {
  it("reads a 404 as null and rethrows anything else", async () => {
    await expect(
      orNullWhenMissing(Promise.reject(new ApiError({ status: 404, message: "" }))),
    ).resolves.toBeNull();
    const failure = new ApiError({ status: 500, message: "" });
    await expect(orNullWhenMissing(Promise.reject(failure))).rejects.toBe(failure);
  });
});

describe("patchApplied", () => {
  const before = destination();

  it("checks topics, map keys (null: removed) and the filter", () => {
    const after = destination({
      topics: ["a", "b"],
      metadata: {},
      filter: { data: { x: 1 } },
      updated_at: "2026-01-02T00:00:00Z",
    });
    expect(
      patchApplied(before, after, {
        topics: ["a", "b"],
        metadata: { team: null },
        filter: { data: { x: 1 } },
      }),
    ).toBe(true);
    expect(patchApplied(before, after, { topics: ["a"] })).toBe(false);
    expect(patchApplied(before, after, { config: { url: "https://y.example" } })).toBe(false);
    expect(patchApplied(before, destination({ filter: null }), { filter: {} })).toBe(true);
  });

  it("counts a credential change applied only when the destination changed since", () => {
    expect(patchApplied(before, destination(), { credentials: { key: "k" } })).toBe(false);
    expect(
      patchApplied(before, destination({ updated_at: "2026-02-01T00:00:00Z" }), {
        credentials: { key: "k" },
      }),
    ).toBe(true);
  });
});
