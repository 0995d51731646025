/**
 * The Outpost models the portal reads. Written from Outpost's API contract;
 * fields the portal does not use may still arrive and are ignored.
 */
export type StringMap = Record<string, string>;

export interface Tenant {
  id: string;
  destinations_count: number;
  topics: string[];
  metadata: StringMap | null;
  created_at: string;
  updated_at: string;
}

export type Topics = "*" | string[];

export type DestinationFilter = Record<string, unknown> | null;

export interface Destination {
  id: string;
  /** A known Outpost type or any other string from a newer server. */
  type: string;
  topics: Topics;
  filter?: DestinationFilter;
  config: StringMap;
  credentials: StringMap;
  delivery_metadata?: StringMap | null;
  metadata?: StringMap | null;
  disabled_at: string | null;
  created_at: string;
  updated_at: string;
  target?: string;
  target_url?: string | null;
}

export interface DestinationCreate {
  id?: string;
  type: string;
  topics: Topics;
  filter?: DestinationFilter;
  config: StringMap;
  credentials?: StringMap;
  delivery_metadata?: StringMap;
  metadata?: StringMap;
}

/** PATCH body: a key set to null removes it (merge patch); `filter` and `topics` replace. */
export interface DestinationUpdate {
  topics?: Topics;
  filter?: DestinationFilter;
  config?: Record<string, string | null>;
  credentials?: Record<string, string | boolean | null>;
  delivery_metadata?: Record<string, string | null>;
  metadata?: Record<string, string | null>;
}

export type FieldKind = "text" | "checkbox" | "select" | "key_value_map";

export interface DestinationField {
  key: string;
  /** Unknown kinds from a newer server render as text. */
  type: FieldKind | (string & {});
  label: string;
  description?: string;
  required: boolean;
  default?: string;
  disabled?: boolean;
  sensitive?: boolean;
  min?: number;
  max?: number;
  step?: number;
  minlength?: number;
  maxlength?: number;
  pattern?: string;
  options?: { label: string; value: string }[];
}

export interface DestinationType {
  type: string;
  label: string;
  description: string;
  /** An SVG document as text; rendered as an image, never as markup. */
  icon: string;
  config_fields: DestinationField[];
  credential_fields: DestinationField[];
  instructions: string;
  setup_link?: { href: string; cta: string };
}

export interface Event {
  id: string;
  tenant_id?: string;
  matched_destination_ids?: string[];
  destination_id?: string;
  topic: string;
  time: string;
  eligible_for_retry?: boolean;
  metadata?: StringMap | null;
  data?: Record<string, unknown>;
}

export type AttemptStatus = "success" | "failed";

export interface Attempt {
  id: string;
  tenant_id?: string;
  status: AttemptStatus;
  time: string;
  code?: string;
  response_data?: Record<string, unknown> | null;
  attempt_number: number;
  manual: boolean;
  event_id: string;
  destination_id: string;
  event?: Event | null;
  destination?: Destination | null;
}

export interface SeekPagination {
  order_by?: string;
  dir?: "asc" | "desc";
  limit?: number;
  next: string | null;
  prev: string | null;
}

export interface Page<T> {
  models: T[];
  pagination: SeekPagination;
}

export interface MetricsDataPoint {
  time_bucket?: string;
  dimensions: StringMap;
  metrics: Record<string, number>;
}

export interface MetricsResponse {
  data: MetricsDataPoint[];
  metadata: {
    granularity?: string;
    query_time_ms?: number;
    row_count?: number;
    row_limit?: number;
    truncated?: boolean;
  };
}
