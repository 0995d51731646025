import type { SandboxConfig } from "./config.ts";
import { matchesFilter } from "./filter-match.ts";
import { ApiError, badRequest, notFound, validationError } from "./http-errors.ts";
import type { IdSource } from "./ids.ts";
import type { Store } from "./store.ts";
import { iso, parseRfc3339, retryDelayMs } from "./time.ts";
import { topicsMatch } from "./topics.ts";
import type {
  AttemptRecord,
  AttemptStatus,
  DestinationRecord,
  EventRecord,
  JsonObject,
  StringMap,
} from "./types.ts";
import { isPlainObject } from "./is-plain-object.ts";

export interface PublishResult {
  id: string;
  duplicate: boolean;
  destination_ids: string[];
}

export interface Outcome {
  status: AttemptStatus;
  code: string;
  responseData: JsonObject;
}

/** A webhook endpoint's answer as Outpost records it: the status and the body's raw text. */
export function httpResponse(status: number, body: JsonObject): JsonObject {
  return { status, body: JSON.stringify(body) };
}

/**
 * Deterministic delivery result. Webhooks: a URL containing "timeout" times
 * out, one containing "fail" answers 500, anything else 200. Other types fail
 * when any config value contains "fail".
 */
export function simulateOutcome(
  destination: Pick<DestinationRecord, "type" | "config">,
  event: Pick<EventRecord, "id" | "topic">,
): Outcome {
  if (destination.type === "webhook") {
    const url = (destination.config.url ?? "").toLowerCase();
    if (url.includes("timeout")) {
      return {
        status: "failed",
        code: "timeout",
        responseData: {
          error: "request_failed",
          message: "timeout: the endpoint did not respond within 30 seconds",
        },
      };
    }
    if (url.includes("fail")) {
      return {
        status: "failed",
        code: "500",
        responseData: httpResponse(500, {
          error: "internal_server_error",
          message: "The endpoint could not process the event.",
        }),
      };
    }
    return {
      status: "success",
      code: "200",
      responseData: httpResponse(200, { received: true, event_id: event.id }),
    };
  }
  const failing = Object.values(destination.config).some((v) => v.toLowerCase().includes("fail"));
  if (failing) {
    return {
      status: "failed",
      code: "ERR",
      responseData: {
        error: `simulated ${destination.type} failure: the target rejected the message`,
      },
    };
  }
  return { status: "success", code: "OK", responseData: successData(destination, event) };
}

function successData(
  destination: Pick<DestinationRecord, "type" | "config">,
  event: Pick<EventRecord, "id" | "topic">,
): JsonObject {
  const c = destination.config;
  switch (destination.type) {
    case "aws_s3":
      return { bucket: c.bucket ?? "", key: `${event.id}.json` };
    case "aws_sqs":
      return { queue_url: c.queue_url ?? "", message_id: event.id };
    case "aws_kinesis":
      return { stream_name: c.stream_name ?? "", partition_key: event.id };
    case "kafka":
      return { topic: c.topic ?? "", key: event.id };
    case "rabbitmq":
      return { exchange: c.exchange ?? "", routing_key: event.topic };
    case "gcp_pubsub":
      return { topic: c.topic ?? "", message_id: event.id };
    case "azure_servicebus":
      return { name: c.name ?? "", message_id: event.id };
    default:
      return { event_id: event.id };
  }
}

/** The object destination filters are matched against. */
export function filterSubject(event: EventRecord): JsonObject {
  return {
    id: event.id,
    topic: event.topic,
    time: iso(event.time),
    metadata: event.metadata ?? {},
    data: event.data,
  };
}

export function destinationMatches(
  destination: DestinationRecord,
  event: EventRecord,
  subject: JsonObject = filterSubject(event),
): boolean {
  return (
    destination.disabledAt === null &&
    topicsMatch(destination.topics, event.topic) &&
    matchesFilter(destination.filter, subject)
  );
}

/** Accepts published events, records attempts and drives automatic retries. */
export class Simulator {
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private stopped = false;
  private readonly store: Store;
  private readonly config: SandboxConfig;
  private readonly now: () => number;
  private readonly ids: IdSource;

  constructor(store: Store, config: SandboxConfig, now: () => number, ids: IdSource) {
    this.store = store;
    this.config = config;
    this.now = now;
    this.ids = ids;
  }

  /** Validates and ingests a publish request body, as POST /publish does. */
  publish(body: unknown): PublishResult {
    if (!isPlainObject(body)) throw validationError(["body must be a JSON object"]);
    const errors: string[] = [];
    const str = (name: string): string | undefined => {
      const v = body[name];
      if (v === undefined || v === null || v === "") return undefined;
      if (typeof v !== "string") {
        errors.push(`${name} must be a string`);
        return undefined;
      }
      return v;
    };
    const tenantId = str("tenant_id");
    if (tenantId === undefined && !errors.includes("tenant_id must be a string"))
      errors.push("tenant_id is required");
    const id = str("id");
    const destinationId = str("destination_id");
    const topic = str("topic") ?? "";
    const timeRaw = str("time");
    let time = this.now();
    if (timeRaw !== undefined) {
      const parsed = parseRfc3339(timeRaw);
      if (parsed === null) errors.push("time must be an RFC 3339 timestamp");
      else time = parsed;
    }
    let eligibleForRetry = true;
    if (body.eligible_for_retry !== undefined && body.eligible_for_retry !== null) {
      if (typeof body.eligible_for_retry !== "boolean")
        errors.push("eligible_for_retry must be a boolean");
      else eligibleForRetry = body.eligible_for_retry;
    }
    let metadata: StringMap | null = null;
    if (body.metadata !== undefined && body.metadata !== null) {
      if (
        !isPlainObject(body.metadata) ||
        Object.values(body.metadata).some((v) => typeof v !== "string")
      ) {
        errors.push("metadata must be an object of string values");
      } else metadata = body.metadata as StringMap;
    }
    let data: JsonObject = {};
    if (body.data !== undefined && body.data !== null) {
      if (!isPlainObject(body.data)) errors.push("data must be an object");
      else data = body.data;
    }
    if (errors.length > 0 || tenantId === undefined) throw validationError(errors);

    if (this.config.topics.length > 0) {
      if (topic === "") throw new ApiError(422, "validation error", { topic: "required" });
      if (!this.config.topics.includes(topic))
        throw new ApiError(422, "validation error", { topic: "invalid" });
    }

    return this.ingest({
      id: id ?? this.ids.id("evt"),
      tenantId,
      topic,
      time,
      metadata,
      data,
      eligibleForRetry,
      destinationId: destinationId ?? null,
      matchedDestinationIds: [],
    });
  }

  /** Records an event, matches destinations and makes the first attempts. */
  ingest(event: EventRecord, options: { attemptTime?: number } = {}): PublishResult {
    const existing = this.store.getEvent(event.tenantId, event.id);
    if (existing)
      return {
        id: existing.id,
        duplicate: true,
        destination_ids: [...existing.matchedDestinationIds],
      };
    if (!this.store.hasTenant(event.tenantId))
      return { id: event.id, duplicate: false, destination_ids: [] };

    const candidates =
      event.destinationId !== null
        ? [this.store.getDestination(event.tenantId, event.destinationId)].filter(
            (d) => d !== undefined,
          )
        : this.store.listDestinations(event.tenantId);
    const subject = filterSubject(event);
    const matched = candidates.filter((d) => destinationMatches(d, event, subject));
    event.matchedDestinationIds = matched.map((d) => d.id);
    this.store.addEvent(event);
    for (const destination of matched) {
      this.deliver(event, destination, 1, false, options.attemptTime);
    }
    return { id: event.id, duplicate: false, destination_ids: [...event.matchedDestinationIds] };
  }

  /** Makes one delivery attempt and, for a failed automatic attempt, schedules the next. */
  deliver(
    event: EventRecord,
    destination: DestinationRecord,
    attemptNumber: number,
    manual: boolean,
    time?: number,
  ): AttemptRecord {
    const outcome = simulateOutcome(destination, event);
    const attempt: AttemptRecord = {
      id: this.ids.id("atm"),
      tenantId: event.tenantId,
      eventId: event.id,
      destinationId: destination.id,
      destinationType: destination.type,
      topic: event.topic,
      status: outcome.status,
      time: time ?? this.now(),
      code: outcome.code,
      responseData: outcome.responseData,
      attemptNumber,
      manual,
    };
    this.store.addAttempt(attempt);
    if (attempt.status === "failed" && !manual && event.eligibleForRetry && time === undefined) {
      this.scheduleRetry(event.tenantId, event.id, destination.id, attemptNumber + 1);
    }
    return attempt;
  }

  retryDelayMs(attemptNumber: number): number {
    return retryDelayMs(this.config.retryIntervalSeconds, attemptNumber);
  }

  private scheduleRetry(
    tenantId: string,
    eventId: string,
    destinationId: string,
    attemptNumber: number,
  ): void {
    if (this.stopped || attemptNumber - 1 > this.config.retryMaxLimit) return;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (this.stopped) return;
      const event = this.store.getEvent(tenantId, eventId);
      const destination = this.store.getDestination(tenantId, destinationId);
      if (!event || !destination || destination.disabledAt !== null) return;
      this.deliver(event, destination, attemptNumber, false);
    }, this.retryDelayMs(attemptNumber));
    timer.unref?.();
    this.timers.add(timer);
  }

  /** POST /retry: a manual attempt. `tenantId` limits the lookup for tenant callers. */
  retry(eventId: string, destinationId: string, tenantId?: string): AttemptRecord {
    const event =
      tenantId !== undefined
        ? this.store.getEvent(tenantId, eventId)
        : this.eventForAdminRetry(eventId, destinationId);
    if (!event) throw notFound("event");
    const destination = this.store.getDestination(event.tenantId, destinationId);
    if (!destination) throw notFound("destination");
    if (destination.disabledAt !== null) {
      throw badRequest("Destination is disabled", { error: "destination_disabled" });
    }
    if (!topicsMatch(destination.topics, event.topic)) {
      throw badRequest("Destination does not match the event topic", { error: "topic_mismatch" });
    }
    const next = this.store.lastAttemptNumber(event.tenantId, event.id, destination.id) + 1;
    // A retry comes after the attempt it repeats, even within the same millisecond, so
    // time-sorted lists keep their order.
    const previous = this.store
      .attemptsOfEvent(event.tenantId, event.id)
      .filter((a) => a.destinationId === destination.id)
      .reduce((latest, a) => Math.max(latest, a.time), -Infinity);
    return this.deliver(event, destination, next, true, Math.max(this.now(), previous + 1));
  }

  /** Event IDs are unique per tenant only: the destination tells an admin's tenant apart. */
  private eventForAdminRetry(eventId: string, destinationId: string): EventRecord | undefined {
    for (const tenant of this.store.tenantsSorted()) {
      const event = this.store.getEvent(tenant.id, eventId);
      if (event && this.store.getDestination(tenant.id, destinationId)) return event;
    }
    return this.store.findEvent(eventId, null);
  }

  pendingRetries(): number {
    return this.timers.size;
  }

  stop(): void {
    this.stopped = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }
}
