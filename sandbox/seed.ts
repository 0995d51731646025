import { DEMO_TOPICS, type SandboxConfig } from "./config.ts";
import { matchesFilter } from "./filter-match.ts";
import { createRng, seededIds, type IdSource } from "./ids.ts";
import { filterSubject, httpResponse, simulateOutcome, type Simulator } from "./simulator.ts";
import type { Store } from "./store.ts";
import { DAY, HOUR, MINUTE, retryDelayMs, SECOND } from "./time.ts";
import { topicsMatch } from "./topics.ts";
import type { AttemptRecord, DestinationRecord, EventRecord, JsonObject } from "./types.ts";
import { generateWebhookSecret } from "./validation.ts";

export const DEMO_TENANT_ID = "acme";

export interface SeedOptions {
  /** Reference "now" of the generated history. */
  now: number;
  tenantId?: string;
  /** Destinations to create; the first five are the hand-written demo set. */
  destinations?: number;
  events?: number;
  /** Length of the history, ending at `now`. */
  days?: number;
  /** PRNG seed, so the same options give the same data. */
  seed?: number;
}

export interface SeedResult {
  tenantId: string;
  destinationIds: string[];
  events: number;
  attempts: number;
}

interface SeedDeps {
  store: Store;
  config: SandboxConfig;
}

type Rng = () => number;

function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)] as T;
}

const FIRST_NAMES = [
  "Ada",
  "Grace",
  "Linus",
  "Margaret",
  "Alan",
  "Barbara",
  "Dennis",
  "Frances",
  "Ken",
  "Radia",
];
const LAST_NAMES = [
  "Lovelace",
  "Hopper",
  "Torvalds",
  "Hamilton",
  "Turing",
  "Liskov",
  "Ritchie",
  "Allen",
  "Thompson",
  "Perlman",
];
const CURRENCIES = ["usd", "eur", "gbp"];

/** Plausible payload for a topic. */
export function demoPayload(rng: Rng, topic: string): JsonObject {
  const n = Math.floor(rng() * 900000) + 100000;
  const family = topic.split(".")[0];
  if (family === "user") {
    const first = pick(rng, FIRST_NAMES);
    const last = pick(rng, LAST_NAMES);
    return {
      user_id: `usr_${n}`,
      email: `${first}.${last}@example.com`.toLowerCase(),
      name: `${first} ${last}`,
      plan: pick(rng, ["free", "starter", "pro"]),
    };
  }
  if (family === "order") {
    const items = 1 + Math.floor(rng() * 4);
    return {
      order_id: `ord_${n}`,
      customer_id: `cus_${Math.floor(rng() * 5000)}`,
      amount: Math.round(rng() * 40000) / 100,
      currency: pick(rng, CURRENCIES),
      items,
      status: topic.split(".")[1] ?? "created",
    };
  }
  if (family === "invoice") {
    return {
      invoice_id: `inv_${n}`,
      customer_id: `cus_${Math.floor(rng() * 5000)}`,
      amount: Math.round(rng() * 90000) / 100,
      currency: pick(rng, CURRENCIES),
      attempt_count: 1 + Math.floor(rng() * 3),
    };
  }
  return { id: `obj_${n}`, value: Math.round(rng() * 1000) };
}

function demoDestinations(
  tenantId: string,
  topics: readonly string[],
  now: number,
  created: number,
  ids: IdSource,
): DestinationRecord[] {
  const only = (prefix: string): string[] | "*" => {
    const list = topics.filter((t) => t.startsWith(prefix));
    return list.length > 0 ? list : "*";
  };
  const base = {
    tenantId,
    createdAt: created,
    updatedAt: created,
    disabledAt: null,
    deliveryMetadata: null,
    filter: null,
  };
  return [
    {
      ...base,
      id: "des_acme_orders_webhook",
      type: "webhook",
      topics: only("order."),
      config: {
        url: "https://api.acme-demo.example/webhooks/outpost",
        custom_headers: '{"x-acme-source":"outpost"}',
      },
      credentials: { secret: generateWebhookSecret(ids.hex) },
      metadata: { team: "payments" },
    },
    {
      ...base,
      id: "des_acme_legacy_webhook",
      type: "webhook",
      topics: only("user."),
      config: { url: "https://legacy.acme-demo.example/fail/events" },
      credentials: { secret: generateWebhookSecret(ids.hex) },
      metadata: { team: "identity", note: "old CRM endpoint" },
    },
    {
      ...base,
      id: "des_acme_sqs",
      type: "aws_sqs",
      topics: "*",
      filter: { data: { amount: { $gte: 100 } } },
      config: {
        queue_url: "https://sqs.us-east-1.amazonaws.com/123456789012/acme-large-transactions",
      },
      credentials: {
        key: "AKIAACMEDEMO0000SQS1",
        secret: "acme/demo/sqs+secret/access/key/0000000000",
      },
      metadata: null,
    },
    {
      ...base,
      id: "des_acme_kafka",
      type: "kafka",
      topics: only("invoice."),
      config: {
        brokers: "kafka-1.acme-demo.example:9092,kafka-2.acme-demo.example:9092",
        topic: "acme.billing",
        sasl_mechanism: "scram-sha-256",
        tls: "true",
      },
      credentials: { username: "acme-producer", password: "kafka-demo-password" },
      deliveryMetadata: { source: "outpost" },
      metadata: null,
    },
    {
      ...base,
      id: "des_acme_archive_s3",
      type: "aws_s3",
      topics: "*",
      config: { bucket: "acme-event-archive", region: "eu-west-1", storage_class: "STANDARD" },
      credentials: {
        key: "AKIAACMEDEMO00000S3A",
        secret: "acme/demo/s3+secret/access/key/00000000000",
      },
      metadata: { purpose: "compliance archive" },
      disabledAt: now - 2 * DAY,
      updatedAt: now - 2 * DAY,
    },
  ];
}

function extraDestination(
  tenantId: string,
  index: number,
  topics: readonly string[],
  created: number,
  rng: Rng,
  ids: IdSource,
): DestinationRecord {
  const subscribed = topics.length > 0 && rng() < 0.7 ? topics.filter(() => rng() < 0.4) : [];
  return {
    id: `des_${tenantId}_${String(index).padStart(4, "0")}`,
    tenantId,
    type: "webhook",
    topics: subscribed.length > 0 ? subscribed : "*",
    filter: null,
    config: {
      url: `https://hooks.${tenantId}-demo.example/endpoints/${index}${rng() < 0.1 ? "/fail" : ""}`,
    },
    credentials: { secret: generateWebhookSecret(ids.hex) },
    deliveryMetadata: null,
    metadata: null,
    createdAt: created,
    updatedAt: created,
    disabledAt: null,
  };
}

/**
 * Creates a tenant with destinations and a history of events and attempts,
 * deterministic for given options. Attempts of failing destinations follow
 * the configured retry schedule; a few carry manual retries. Beyond the five
 * demo destinations, most events are published to one extra destination by id,
 * which keeps large seeds (1,000 destinations) proportional to `events`.
 */
export function seedDemoData(deps: SeedDeps, options: SeedOptions): SeedResult {
  const { store, config } = deps;
  const tenantId = options.tenantId ?? DEMO_TENANT_ID;
  const destinationCount = options.destinations ?? 5;
  const eventCount = options.events ?? 300;
  const days = options.days ?? 7;
  const now = options.now;
  const rng = createRng(options.seed ?? 42);
  const ids = seededIds(rng);
  const topics = config.topics.length > 0 ? config.topics : DEMO_TOPICS;
  const start = now - days * DAY;
  const created = start - HOUR;

  store.upsertTenant(
    tenantId,
    tenantId === DEMO_TENANT_ID
      ? { name: "Acme Inc", plan: "enterprise", region: "eu-west-1" }
      : { name: tenantId },
    created,
    created,
  );

  const demo = demoDestinations(tenantId, topics, now, created, ids).slice(0, destinationCount);
  const extras: DestinationRecord[] = [];
  for (let i = demo.length; i < destinationCount; i++) {
    extras.push(extraDestination(tenantId, i, topics, created, rng, ids));
  }
  const destinations = [...demo, ...extras];
  destinations.forEach((d, i) => {
    // Stagger creation so "newest first" lists have a stable, meaningful order.
    d.createdAt = created + i * SECOND;
    d.updatedAt = Math.max(d.updatedAt, d.createdAt);
    store.putDestination(d);
  });

  let attemptCount = 0;
  const record = (
    event: EventRecord,
    d: DestinationRecord,
    n: number,
    manual: boolean,
    time: number,
    transient: boolean,
  ): AttemptRecord => {
    const outcome = transient
      ? {
          status: "failed" as const,
          code: "503",
          responseData: httpResponse(503, {
            error: "service_unavailable",
            message: "Try again shortly.",
          }),
        }
      : simulateOutcome(d, event);
    const attempt: AttemptRecord = {
      id: ids.id("atm"),
      tenantId,
      eventId: event.id,
      destinationId: d.id,
      destinationType: d.type,
      topic: event.topic,
      status: outcome.status,
      time,
      code: outcome.code,
      responseData: outcome.responseData,
      attemptNumber: n,
      manual,
    };
    store.addAttempt(attempt);
    attemptCount += 1;
    return attempt;
  };

  const times = Array.from(
    { length: eventCount },
    () => start + Math.floor(rng() * (now - start - MINUTE)),
  ).sort((a, b) => a - b);
  for (const time of times) {
    const topic = pick(rng, topics);
    const event: EventRecord = {
      id: ids.id("evt"),
      tenantId,
      topic,
      time,
      metadata: { source: pick(rng, ["api", "dashboard", "billing-worker"]) },
      data: demoPayload(rng, topic),
      eligibleForRetry: rng() > 0.05,
      destinationId: null,
      matchedDestinationIds: [],
    };
    const subject = filterSubject(event);
    const eligible = (d: DestinationRecord): boolean =>
      (d.disabledAt === null || time < d.disabledAt) &&
      topicsMatch(d.topics, topic) &&
      matchesFilter(d.filter, subject);
    // Extra destinations only receive events published to them by id, so
    // attempts grow with the event count rather than events × destinations.
    const extra =
      extras.length > 0 && rng() < 0.75 ? extras[Math.floor(rng() * extras.length)] : undefined;
    if (extra !== undefined) event.destinationId = extra.id;
    const matched = extra !== undefined ? [extra].filter(eligible) : demo.filter(eligible);
    event.matchedDestinationIds = matched.map((d) => d.id);
    store.addEvent(event);

    for (const d of matched) {
      const transient = d.type === "webhook" && rng() < 0.05;
      let attemptTime = time + 200 + Math.floor(rng() * 1500);
      let attempt = record(event, d, 1, false, attemptTime, transient);
      let n = 1;
      while (attempt.status === "failed" && event.eligibleForRetry && n <= config.retryMaxLimit) {
        attemptTime += retryDelayMs(config.retryIntervalSeconds, n + 1);
        if (attemptTime > now) break;
        n += 1;
        attempt = record(event, d, n, false, attemptTime, false);
      }
      if (attempt.status === "failed" && rng() < 0.15) {
        const manualTime = attemptTime + Math.floor(rng() * 6 * HOUR);
        if (manualTime <= now) record(event, d, n + 1, true, manualTime, false);
      }
    }
  }

  return {
    tenantId,
    destinationIds: destinations.map((d) => d.id),
    events: eventCount,
    attempts: attemptCount,
  };
}

type GeneratorDeps = { store: Store; simulator: Simulator; config: SandboxConfig };

/** One step of the event generator: publishes a random demo event to `tenantId`. */
export function demoEventPublisher(
  deps: GeneratorDeps,
  options: { tenantId?: string; seed?: number } = {},
): () => void {
  const tenantId = options.tenantId ?? DEMO_TENANT_ID;
  const rng = createRng(options.seed ?? Date.now());
  const topics = deps.config.topics.length > 0 ? deps.config.topics : DEMO_TOPICS;
  return () => {
    if (!deps.store.hasTenant(tenantId)) return;
    const topic = pick(rng, topics);
    deps.simulator.publish({
      tenant_id: tenantId,
      topic,
      metadata: { source: "sandbox-generator" },
      data: demoPayload(rng, topic),
    });
  };
}

export const GENERATOR_INTERVAL_MS = 20 * SECOND;

/** Publishes a random demo event to `tenantId` every `intervalMs` through the live simulator. */
export function startEventGenerator(
  deps: GeneratorDeps,
  options: { tenantId?: string; intervalMs?: number; seed?: number } = {},
): () => void {
  const timer = setInterval(
    demoEventPublisher(deps, options),
    options.intervalMs ?? GENERATOR_INTERVAL_MS,
  );
  timer.unref?.();
  return () => clearInterval(timer);
}
