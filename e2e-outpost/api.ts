/** Admin calls to the real Outpost, as a host product's backend makes them. */
import { randomUUID } from "node:crypto";
import { expect } from "@playwright/test";
import { OUTPOST } from "./server";

export async function admin<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${OUTPOST.origin}/api/v1${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${OUTPOST.apiKey}`,
      ...(body === undefined ? {} : { "Content-Type": "application/json" }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

export async function createTenant(): Promise<string> {
  const id = `journey-${randomUUID().slice(0, 8)}`;
  await admin("PUT", `/tenants/${id}`, { metadata: { name: "Journey Co" } });
  return id;
}

export async function portalLink(tenantId: string): Promise<string> {
  return (await admin<{ redirect_url: string }>("GET", `/tenants/${tenantId}/portal?theme=light`))
    .redirect_url;
}

export interface Webhook {
  id: string;
  config: { url: string };
  credentials: { secret: string; previous_secret?: string; previous_secret_invalid_at?: string };
}

export async function onlyDestination(tenantId: string): Promise<Webhook> {
  const list = await admin<Webhook[]>("GET", `/tenants/${tenantId}/destinations`);
  expect(list).toHaveLength(1);
  return list[0] as Webhook;
}

export async function publish(tenantId: string, topic: string, data: Record<string, unknown>) {
  const event = await admin<{ id: string; destination_ids: string[] }>("POST", "/publish", {
    tenant_id: tenantId,
    topic,
    eligible_for_retry: false,
    data,
  });
  expect(event.destination_ids).toHaveLength(1);
  return event.id;
}
