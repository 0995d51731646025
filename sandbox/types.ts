export type StringMap = Record<string, string>;
export type JsonObject = Record<string, unknown>;

/** "*" or a list of topics (which may themselves contain "*" wildcards). */
export type Topics = "*" | string[];

export type AttemptStatus = "success" | "failed";

export interface TenantRecord {
  id: string;
  metadata: StringMap | null;
  createdAt: number;
  updatedAt: number;
}

export interface DestinationRecord {
  id: string;
  tenantId: string;
  type: string;
  topics: Topics;
  filter: JsonObject | null;
  config: StringMap;
  credentials: StringMap;
  deliveryMetadata: StringMap | null;
  metadata: StringMap | null;
  createdAt: number;
  updatedAt: number;
  disabledAt: number | null;
}

export interface EventRecord {
  id: string;
  tenantId: string;
  topic: string;
  time: number;
  metadata: StringMap | null;
  data: JsonObject;
  eligibleForRetry: boolean;
  /** destination_id given at publish time, if any. */
  destinationId: string | null;
  matchedDestinationIds: string[];
}

export interface AttemptRecord {
  id: string;
  tenantId: string;
  eventId: string;
  destinationId: string;
  /** Copied from the destination so logs and metrics survive its deletion. */
  destinationType: string;
  topic: string;
  status: AttemptStatus;
  time: number;
  code: string;
  responseData: JsonObject | null;
  attemptNumber: number;
  manual: boolean;
}

/** Anything kept in a time-ordered index. */
export interface Timed {
  id: string;
  time: number;
}
