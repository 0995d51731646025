import { maskCredentials } from "./masking.ts";
import type { Store } from "./store.ts";
import { iso } from "./time.ts";
import type {
  AttemptRecord,
  DestinationRecord,
  EventRecord,
  JsonObject,
  StringMap,
  TenantRecord,
} from "./types.ts";

/** Wire format of a tenant. */
export function tenantJson(store: Store, tenant: TenantRecord): JsonObject {
  return {
    id: tenant.id,
    destinations_count: store.destinationCount(tenant.id),
    topics: store.tenantTopics(tenant.id),
    metadata: tenant.metadata,
    created_at: iso(tenant.createdAt),
    updated_at: iso(tenant.updatedAt),
  };
}

function awsRegionFromHost(url: string, service: string): string | null {
  try {
    const host = new URL(url).hostname;
    const m = new RegExp(`^${service}[.-]([a-z]{2}-[a-z]+-\\d+)\\.amazonaws\\.com$`).exec(host);
    return m?.[1] ?? null;
  } catch {
    return null;
  }
}

function lastPathSegment(url: string): string {
  try {
    const parts = new URL(url).pathname.split("/").filter((p) => p !== "");
    return parts[parts.length - 1] ?? url;
  } catch {
    return url;
  }
}

/** Human-readable `target` and, where a console page exists, `target_url`. */
export function destinationTarget(d: Pick<DestinationRecord, "type" | "config">): {
  target: string;
  targetUrl: string | null;
} {
  const c = d.config;
  switch (d.type) {
    case "webhook":
      return { target: c.url ?? "", targetUrl: null };
    case "hookdeck":
      return { target: "Hookdeck", targetUrl: null };
    case "aws_sqs": {
      const queueUrl = c.queue_url ?? "";
      const region = awsRegionFromHost(queueUrl, "sqs");
      return {
        target: lastPathSegment(queueUrl),
        targetUrl: region
          ? `https://${region}.console.aws.amazon.com/sqs/v2/home?region=${region}#/queues/${encodeURIComponent(queueUrl)}`
          : null,
      };
    }
    case "aws_kinesis": {
      const stream = c.stream_name ?? "";
      const region = c.region ?? "";
      return {
        target: stream,
        targetUrl: `https://${region}.console.aws.amazon.com/kinesis/home?region=${region}#/streams/details/${encodeURIComponent(stream)}/details`,
      };
    }
    case "aws_s3": {
      const bucket = c.bucket ?? "";
      const region = c.region ?? "";
      return {
        target: `${bucket} in ${region}`,
        targetUrl: `https://s3.console.aws.amazon.com/s3/buckets/${encodeURIComponent(bucket)}?region=${region}`,
      };
    }
    case "gcp_pubsub": {
      const project = c.project_id ?? "";
      const topic = c.topic ?? "";
      return {
        target: `${project}/${topic}`,
        targetUrl: `https://console.cloud.google.com/cloudpubsub/topic/detail/${encodeURIComponent(topic)}?project=${encodeURIComponent(project)}`,
      };
    }
    case "azure_servicebus":
      return { target: c.name ?? "", targetUrl: null };
    case "rabbitmq":
      return { target: c.exchange ? c.exchange : (c.server_url ?? ""), targetUrl: null };
    case "kafka": {
      const firstBroker = (c.brokers ?? "").split(",")[0]?.trim() ?? "";
      return { target: `${firstBroker} / ${c.topic ?? ""}`, targetUrl: null };
    }
    default:
      return { target: d.type, targetUrl: null };
  }
}

function configForDisplay(d: DestinationRecord): StringMap {
  // Outpost's schema requires `exchange` on RabbitMQ configs even though the field is optional.
  if (d.type === "rabbitmq" && d.config.exchange === undefined)
    return { ...d.config, exchange: "" };
  return { ...d.config };
}

/** Wire format of a destination: credentials masked, display fields added. */
export function destinationJson(d: DestinationRecord): JsonObject {
  const { target, targetUrl } = destinationTarget(d);
  const out: JsonObject = {
    id: d.id,
    type: d.type,
    topics: d.topics === "*" ? "*" : [...d.topics],
    filter: d.filter,
    config: configForDisplay(d),
    credentials: maskCredentials(d.type, d.credentials),
    delivery_metadata: d.deliveryMetadata,
    metadata: d.metadata,
    created_at: iso(d.createdAt),
    updated_at: iso(d.updatedAt),
    disabled_at: d.disabledAt === null ? null : iso(d.disabledAt),
    target,
  };
  if (d.type !== "webhook") out.target_url = targetUrl;
  return out;
}

/** Wire format of an event in /events. */
export function eventJson(e: EventRecord): JsonObject {
  return {
    id: e.id,
    tenant_id: e.tenantId,
    matched_destination_ids: [...e.matchedDestinationIds],
    topic: e.topic,
    time: iso(e.time),
    eligible_for_retry: e.eligibleForRetry,
    metadata: e.metadata,
    data: e.data,
  };
}

export interface AttemptIncludes {
  event: boolean;
  eventData: boolean;
  responseData: boolean;
  destination: boolean;
}

export function parseIncludes(values: readonly string[]): AttemptIncludes {
  const set = new Set(values);
  return {
    event: set.has("event") || set.has("event.data"),
    eventData: set.has("event.data"),
    responseData: set.has("response_data"),
    destination: set.has("destination"),
  };
}

/** Wire format of an attempt; event, response data and destination only when included. */
export function attemptJson(store: Store, a: AttemptRecord, include: AttemptIncludes): JsonObject {
  const out: JsonObject = {
    id: a.id,
    tenant_id: a.tenantId,
    status: a.status,
    time: iso(a.time),
    code: a.code,
    attempt_number: a.attemptNumber,
    manual: a.manual,
    event_id: a.eventId,
    destination_id: a.destinationId,
  };
  if (include.responseData) out.response_data = a.responseData;
  if (include.event) {
    const e = store.getEvent(a.tenantId, a.eventId);
    if (e) {
      const event: JsonObject = {
        id: e.id,
        tenant_id: e.tenantId,
        destination_id: a.destinationId,
        topic: e.topic,
        time: iso(e.time),
        eligible_for_retry: e.eligibleForRetry,
        metadata: e.metadata,
      };
      if (include.eventData) event.data = e.data;
      out.event = event;
    } else {
      out.event = null;
    }
  }
  if (include.destination) {
    const d = store.getDestination(a.tenantId, a.destinationId);
    if (d) out.destination = destinationJson(d);
  }
  return out;
}
