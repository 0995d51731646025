import type { Page } from "@playwright/test";
import { openAt, publish, type PublishBody } from "./activity";
import { createDestination, type SandboxApi } from "./destinations";

/** Webhook URLs the sandbox answers with a fixed outcome. */
export const WEBHOOK_URLS = {
  failing: "https://hooks.example.com/fail-orders",
  healthy: "https://hooks.example.com/orders",
  timingOut: "https://hooks.example.com/timeout-orders",
} as const;

type Topics = string[] | "*";

/**
 * A fresh tenant and the steps most specs take with it: webhooks that fail or
 * succeed, publishing events, and opening the portal at a path.
 */
export async function tenantScenario(api: SandboxApi) {
  const tenant = await api.createTenant();
  const webhook = (url: string, topics: Topics = "*", extra: Record<string, unknown> = {}) =>
    createDestination(api, tenant.id, { type: "webhook", topics, config: { url }, ...extra });
  return {
    tenant,
    webhook,
    failingWebhook: (topics?: Topics) => webhook(WEBHOOK_URLS.failing, topics),
    healthyWebhook: (topics?: Topics) => webhook(WEBHOOK_URLS.healthy, topics),
    publish: (body: PublishBody) => publish(api, tenant.id, body),
    open: (page: Page, path: string, theme?: "light" | "dark") =>
      openAt(page, api, tenant.id, path, theme),
  };
}
