import {
  getDestinationType,
  DESTINATION_TYPE_NAMES,
  WEBHOOK_MANAGED_CREDENTIALS,
  type FieldSchema,
} from "./destination-types.ts";
import { ApiError, validationError } from "./http-errors.ts";
import { maskValue, isSensitiveCredential } from "./masking.ts";
import { parseRfc3339, iso, DAY } from "./time.ts";
import { topicMatches } from "./topics.ts";
import type { DestinationRecord, JsonObject, StringMap, Topics } from "./types.ts";
import { isPlainObject } from "./is-plain-object.ts";

export type Role = "admin" | "tenant";

export interface ValidationContext {
  topics: readonly string[];
  allowWildcards: boolean;
  role: Role;
  now: number;
}

// ── topics ─────────────────────────────────────────────────────────────

export function validateTopics(
  value: unknown,
  ctx: Pick<ValidationContext, "topics" | "allowWildcards">,
  errors: string[],
): Topics | undefined {
  if (value === undefined || value === null) {
    errors.push("topics is required");
    return undefined;
  }
  if (value === "*") return "*";
  if (!Array.isArray(value)) {
    errors.push('topics must be "*" or an array of topics');
    return undefined;
  }
  if (value.length === 0) {
    errors.push("topics must not be empty");
    return undefined;
  }
  const out: string[] = [];
  for (const topic of value) {
    if (typeof topic !== "string" || topic.trim() === "") {
      errors.push("topics must contain only non-empty strings");
      return undefined;
    }
    if (topic === "*") {
      out.push(topic);
      continue;
    }
    if (topic.includes("*")) {
      if (!ctx.allowWildcards) {
        errors.push(`topics: wildcard "${topic}" is not allowed`);
        continue;
      }
      if (ctx.topics.length > 0 && !ctx.topics.some((t) => topicMatches(topic, t))) {
        errors.push(`topics: "${topic}" does not match any available topic`);
        continue;
      }
    } else if (ctx.topics.length > 0 && !ctx.topics.includes(topic)) {
      errors.push(`topics: "${topic}" is not an available topic`);
      continue;
    }
    out.push(topic);
  }
  return [...new Set(out)];
}

// ── maps ───────────────────────────────────────────────────────────────

/** A string→string map, or null. `undefined` when absent. */
export function readStringMap(
  name: string,
  value: unknown,
  errors: string[],
): StringMap | null | undefined {
  if (value === undefined) return undefined;
  if (value === null) return null;
  if (!isPlainObject(value)) {
    errors.push(`${name} must be an object of string values`);
    return undefined;
  }
  const out: StringMap = {};
  for (const [k, v] of Object.entries(value)) {
    if (typeof v !== "string") {
      errors.push(`${name}.${k} must be a string`);
      continue;
    }
    out[k] = v;
  }
  return out;
}

/** RFC 7396 merge of a string map: null removes a key, an explicit null for the whole map clears it. */
export function mergeStringMap(
  name: string,
  current: StringMap | null,
  patch: unknown,
  errors: string[],
): StringMap | null {
  if (patch === undefined) return current;
  if (patch === null) return null;
  if (!isPlainObject(patch)) {
    errors.push(`${name} must be an object`);
    return current;
  }
  const out: StringMap = { ...(current ?? {}) };
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else if (typeof v === "string") out[k] = v;
    else errors.push(`${name}.${k} must be a string or null`);
  }
  return Object.keys(out).length === 0 ? null : out;
}

// ── config & credentials ───────────────────────────────────────────────

// Outpost's rule for webhook custom header names, and the names it sets itself.
const RESERVED_HEADERS = new Set([
  "content-type",
  "content-length",
  "host",
  "connection",
  "user-agent",
]);
const HEADER_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_-]*$/;

function checkKeyValueMap(field: FieldSchema, value: string, type: string, errors: string[]): void {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    errors.push(`${field.key} must be a JSON object of string values`);
    return;
  }
  if (!isPlainObject(parsed) || Object.values(parsed).some((v) => typeof v !== "string")) {
    errors.push(`${field.key} must be a JSON object of string values`);
    return;
  }
  if (type === "webhook" && field.key === "custom_headers") {
    for (const name of Object.keys(parsed)) {
      if (!HEADER_NAME.test(name)) errors.push(`${field.key} has an invalid header name "${name}"`);
      else if (RESERVED_HEADERS.has(name.toLowerCase())) {
        errors.push(`${field.key} cannot set the reserved header "${name}"`);
      }
    }
  }
}

function checkFields(
  fields: readonly FieldSchema[],
  values: StringMap,
  type: string,
  errors: string[],
): void {
  for (const field of fields) {
    const value = values[field.key];
    if (value === undefined || value === "") {
      if (field.required) errors.push(`${field.key} is required`);
      continue;
    }
    if (field.pattern !== undefined && !new RegExp(field.pattern).test(value)) {
      errors.push(`${field.key} has an invalid format`);
    }
    if (field.type === "select" && field.options && !field.options.some((o) => o.value === value)) {
      errors.push(`${field.key} must be one of: ${field.options.map((o) => o.value).join(", ")}`);
    }
    if (field.type === "checkbox" && value !== "true" && value !== "false") {
      errors.push(`${field.key} must be "true" or "false"`);
    }
    if (field.type === "key_value_map") checkKeyValueMap(field, value, type, errors);
  }
}

/** Reads a config/credentials object: string values only, empty strings dropped, unknown keys rejected. */
function readFieldValues(
  kind: "config" | "credentials",
  value: unknown,
  allowedKeys: ReadonlySet<string>,
  errors: string[],
): StringMap | undefined {
  if (value === undefined || value === null) return {};
  if (!isPlainObject(value)) {
    errors.push(`${kind} must be an object`);
    return undefined;
  }
  const out: StringMap = {};
  for (const [k, v] of Object.entries(value)) {
    if (!allowedKeys.has(k)) {
      errors.push(
        `${k} is not a ${kind === "config" ? "config" : "credential"} field of this destination type`,
      );
      continue;
    }
    if (typeof v !== "string") {
      errors.push(`${k} must be a string`);
      continue;
    }
    if (v !== "") out[k] = v;
  }
  return out;
}

function credentialKeys(type: string): Set<string> {
  const schema = getDestinationType(type);
  const keys = new Set(schema?.credential_fields.map((f) => f.key) ?? []);
  if (type === "webhook") for (const k of WEBHOOK_MANAGED_CREDENTIALS) keys.add(k);
  return keys;
}

function configKeys(type: string): Set<string> {
  return new Set(getDestinationType(type)?.config_fields.map((f) => f.key) ?? []);
}

function checkWebhookCredentials(credentials: StringMap, errors: string[]): void {
  const invalidAt = credentials.previous_secret_invalid_at;
  if (invalidAt !== undefined && parseRfc3339(invalidAt) === null) {
    errors.push("previous_secret_invalid_at must be an RFC 3339 timestamp");
  }
}

/** Tenants may not set server-managed webhook secrets; echoing the stored value back is harmless. */
function forbidManagedSecrets(
  credentials: Record<string, unknown>,
  errors: string[],
  current: StringMap = {},
): void {
  for (const key of WEBHOOK_MANAGED_CREDENTIALS) {
    const value = credentials[key];
    if (value !== undefined && value !== current[key]) errors.push(`${key} is forbidden`);
  }
}

function readTimestamp(
  name: string,
  value: unknown,
  now: number,
  errors: string[],
): number | null | undefined {
  if (value === undefined) return undefined;
  if (value === null) return null;
  if (typeof value !== "string" || parseRfc3339(value) === null) {
    errors.push(`${name} must be an RFC 3339 timestamp`);
    return undefined;
  }
  const ms = parseRfc3339(value) as number;
  if (ms > now) {
    errors.push(`${name} must not be in the future`);
    return undefined;
  }
  return ms;
}

function readFilter(value: unknown, errors: string[]): JsonObject | null | undefined {
  if (value === undefined) return undefined;
  if (value === null) return null;
  if (!isPlainObject(value)) {
    errors.push("filter must be an object");
    return undefined;
  }
  return Object.keys(value).length === 0 ? null : value;
}

export function generateWebhookSecret(randomHex: (bytes: number) => string): string {
  return `whsec_${randomHex(32)}`;
}

export interface CreateResult {
  id: string | undefined;
  destination: Omit<DestinationRecord, "id" | "tenantId">;
}

/** Validates a create body. Throws a 422 (or 403 for admin-only fields) on bad input. */
export function parseCreateBody(
  body: unknown,
  ctx: ValidationContext,
  randomHex: (bytes: number) => string,
): CreateResult {
  if (!isPlainObject(body)) throw validationError(["body must be a JSON object"]);
  const errors: string[] = [];

  if (ctx.role === "tenant" && (body.created_at !== undefined || body.updated_at !== undefined)) {
    throw new ApiError(403, "created_at and updated_at may only be set with the admin API key");
  }

  let id: string | undefined;
  if (body.id !== undefined && body.id !== null && body.id !== "") {
    if (typeof body.id !== "string") errors.push("id must be a string");
    else id = body.id;
  }

  const type = body.type;
  let knownType: string | undefined;
  if (type === undefined || type === null || type === "") errors.push("type is required");
  else if (typeof type !== "string" || getDestinationType(type) === undefined) {
    errors.push(`type must be one of: ${DESTINATION_TYPE_NAMES.join(", ")}`);
  } else knownType = type;

  const topics = validateTopics(body.topics, ctx, errors);
  const filter = readFilter(body.filter, errors);
  const deliveryMetadata = readStringMap("delivery_metadata", body.delivery_metadata, errors);
  const metadata = readStringMap("metadata", body.metadata, errors);
  const disabledAt = readTimestamp("disabled_at", body.disabled_at, ctx.now, errors);
  const createdAt = readTimestamp("created_at", body.created_at, ctx.now, errors);
  const updatedAt = readTimestamp("updated_at", body.updated_at, ctx.now, errors);

  let config: StringMap | undefined;
  let credentials: StringMap | undefined;
  if (knownType !== undefined) {
    const schema = getDestinationType(knownType);
    if (schema) {
      config = readFieldValues("config", body.config, configKeys(knownType), errors);
      const rawCredentials = isPlainObject(body.credentials)
        ? { ...body.credentials }
        : body.credentials;
      if (isPlainObject(rawCredentials)) {
        delete rawCredentials.rotate_secret;
        if (knownType === "webhook" && ctx.role === "tenant")
          forbidManagedSecrets(rawCredentials, errors);
      }
      credentials = readFieldValues(
        "credentials",
        rawCredentials,
        credentialKeys(knownType),
        errors,
      );
      if (config) checkFields(schema.config_fields, config, knownType, errors);
      if (credentials) {
        checkFields(schema.credential_fields, credentials, knownType, errors);
        if (knownType === "webhook") checkWebhookCredentials(credentials, errors);
      }
    }
  }

  if (
    errors.length > 0 ||
    knownType === undefined ||
    topics === undefined ||
    !config ||
    !credentials
  ) {
    throw validationError(errors.length > 0 ? errors : ["invalid destination"]);
  }

  if (knownType === "webhook" && credentials.secret === undefined) {
    credentials.secret = generateWebhookSecret(randomHex);
  }

  const created = createdAt ?? ctx.now;
  return {
    id,
    destination: {
      type: knownType,
      topics,
      filter: filter ?? null,
      config,
      credentials,
      deliveryMetadata: deliveryMetadata ?? null,
      metadata: metadata ?? null,
      createdAt: created,
      updatedAt: updatedAt ?? created,
      disabledAt: disabledAt ?? null,
    },
  };
}

/** Applies a PATCH body to a destination and returns the updated copy. Throws 422 on bad input. */
export function applyUpdate(
  existing: DestinationRecord,
  body: unknown,
  ctx: ValidationContext,
  randomHex: (bytes: number) => string,
): DestinationRecord {
  if (!isPlainObject(body)) throw validationError(["body must be a JSON object"]);
  const errors: string[] = [];
  const type = existing.type;
  const schema = getDestinationType(type);

  if (body.type !== undefined && body.type !== null && body.type !== type) {
    errors.push(`type cannot be changed (destination is ${type})`);
  }

  const next: DestinationRecord = {
    ...existing,
    config: { ...existing.config },
    credentials: { ...existing.credentials },
  };

  if (body.topics !== undefined) {
    const topics = validateTopics(body.topics, ctx, errors);
    if (topics !== undefined) next.topics = topics;
  }

  if ("filter" in body) {
    const filter = readFilter(body.filter, errors);
    if (filter !== undefined) next.filter = filter;
  }

  if (body.config !== undefined && body.config !== null) {
    if (!isPlainObject(body.config)) errors.push("config must be an object");
    else {
      const allowed = configKeys(type);
      for (const [k, v] of Object.entries(body.config)) {
        if (!allowed.has(k)) errors.push(`${k} is not a config field of this destination type`);
        else if (v === null || v === "") delete next.config[k];
        else if (typeof v !== "string") errors.push(`${k} must be a string or null`);
        else next.config[k] = v;
      }
    }
  }

  if (body.credentials !== undefined && body.credentials !== null) {
    if (!isPlainObject(body.credentials)) errors.push("credentials must be an object");
    else {
      const patch = { ...body.credentials };
      const rotate = patch.rotate_secret;
      delete patch.rotate_secret;
      if (type === "webhook" && ctx.role === "tenant")
        forbidManagedSecrets(patch, errors, existing.credentials);
      const allowed = credentialKeys(type);
      for (const [k, v] of Object.entries(patch)) {
        if (!allowed.has(k)) errors.push(`${k} is not a credential field of this destination type`);
        else if (v === null || v === "") delete next.credentials[k];
        else if (typeof v !== "string") errors.push(`${k} must be a string or null`);
        else {
          const current = existing.credentials[k];
          // Forms echo back the masked value they were shown: that means "unchanged".
          const echoedMask =
            current !== undefined && isSensitiveCredential(type, k) && v === maskValue(current);
          next.credentials[k] = echoedMask ? current : v;
        }
      }
      if (rotate === true || rotate === "true") {
        if (type !== "webhook")
          errors.push("rotate_secret is only supported for webhook destinations");
        else {
          const previous = existing.credentials.secret;
          if (previous !== undefined) {
            next.credentials.previous_secret = previous;
            if (patch.previous_secret_invalid_at === undefined) {
              next.credentials.previous_secret_invalid_at = iso(ctx.now + DAY);
            }
          }
          next.credentials.secret = generateWebhookSecret(randomHex);
        }
      } else if (rotate !== undefined && rotate !== false && rotate !== "false") {
        errors.push("rotate_secret must be a boolean");
      }
    }
  }

  next.deliveryMetadata = mergeStringMap(
    "delivery_metadata",
    existing.deliveryMetadata,
    body.delivery_metadata,
    errors,
  );
  next.metadata = mergeStringMap("metadata", existing.metadata, body.metadata, errors);

  if ("disabled_at" in body) {
    const disabledAt = readTimestamp("disabled_at", body.disabled_at, ctx.now, errors);
    if (disabledAt !== undefined) next.disabledAt = disabledAt;
  }

  if (schema) {
    checkFields(schema.config_fields, next.config, type, errors);
    checkFields(schema.credential_fields, next.credentials, type, errors);
    if (type === "webhook") {
      checkWebhookCredentials(next.credentials, errors);
      if (next.credentials.secret === undefined)
        next.credentials.secret = generateWebhookSecret(randomHex);
    }
  }

  if (errors.length > 0) throw validationError(errors);
  next.updatedAt = ctx.now;
  return next;
}
