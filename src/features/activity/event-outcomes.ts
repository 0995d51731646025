import type { Attempt, Event } from "@/api/types";

export type Outcome = "delivered" | "failing" | "pending";

export interface EventOutcome {
  delivered: number;
  failing: number;
  pending: number;
}

/**
 * Per event, its destinations by the outcome of their latest attempt:
 * delivered (succeeded), failing (failed) or pending (no attempt yet).
 */
export function eventOutcomes(events: Event[], attempts: Attempt[]): Map<string, EventOutcome> {
  const latest = new Map<string, Attempt>();
  for (const attempt of attempts) {
    const key = `${attempt.event_id}\u0000${attempt.destination_id}`;
    const seen = latest.get(key);
    if (
      !seen ||
      attempt.time > seen.time ||
      (attempt.time === seen.time && attempt.attempt_number > seen.attempt_number)
    )
      latest.set(key, attempt);
  }
  const outcomes = new Map<string, EventOutcome>();
  for (const event of events) {
    const outcome = { delivered: 0, failing: 0, pending: 0 };
    const destinations = new Set(event.matched_destination_ids ?? []);
    for (const attempt of latest.values())
      if (attempt.event_id === event.id) destinations.add(attempt.destination_id);
    for (const destinationId of destinations) {
      const attempt = latest.get(`${event.id}\u0000${destinationId}`);
      if (!attempt) outcome.pending += 1;
      else if (attempt.status === "success") outcome.delivered += 1;
      else outcome.failing += 1;
    }
    outcomes.set(event.id, outcome);
  }
  return outcomes;
}
