import { describe, expect, it } from "vitest";
import type { Attempt, Event } from "@/api/types";
import { eventOutcomes } from "./event-outcomes";

const event = (id: string, destinations: string[]): Event => ({
  id,
  topic: "t",
  time: "2026-01-01T00:00:00Z",
  matched_destination_ids: destinations,
});
const attempt = (
  eventId: string,
  destinationId: string,
  status: "success" | "failed",
  second: number,
  attemptNumber = 1,
): Attempt => ({
  id: `${eventId}-${destinationId}-${second}`,
  event_id: eventId,
  destination_id: destinationId,
  status,
  time: `2026-01-01T00:00:${String(second).padStart(2, "0")}Z`,
  attempt_number: attemptNumber,
  manual: false,
});

describe("eventOutcomes", () => {
  it("counts each destination once, by its latest attempt", () => {
    const outcomes = eventOutcomes(
      [event("e1", ["a", "b", "c"]), event("e2", ["a"])],
      [
        attempt("e1", "a", "failed", 1),
        attempt("e1", "a", "success", 5, 2),
        attempt("e1", "b", "success", 1),
        attempt("e1", "b", "failed", 9, 2),
        attempt("e2", "a", "failed", 2),
      ],
    );
    expect(outcomes.get("e1")).toEqual({ delivered: 1, failing: 1, pending: 1 });
    expect(outcomes.get("e2")).toEqual({ delivered: 0, failing: 1, pending: 0 });
  });

  it("an event with no destinations has nothing to report", () => {
    expect(eventOutcomes([event("e", [])], []).get("e")).toEqual({
      delivered: 0,
      failing: 0,
      pending: 0,
    });
  });
});
