import { Hono } from "hono";
import { adminOnly, type AppEnv } from "../auth.ts";
import { validationError } from "../http-errors.ts";
import { readJson, type SandboxDeps } from "./context.ts";

export function publishRoutes(deps: SandboxDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.post("/publish", adminOnly, async (c) => {
    const result = deps.simulator.publish(await readJson(c));
    return c.json(result, 202);
  });

  app.post("/retry", async (c) => {
    const body = await readJson(c);
    const record =
      typeof body === "object" && body !== null && !Array.isArray(body)
        ? (body as Record<string, unknown>)
        : {};
    const errors: string[] = [];
    const eventId = record.event_id;
    const destinationId = record.destination_id;
    if (typeof eventId !== "string" || eventId === "") errors.push("event_id is required");
    if (typeof destinationId !== "string" || destinationId === "")
      errors.push("destination_id is required");
    if (errors.length > 0 || typeof eventId !== "string" || typeof destinationId !== "string") {
      throw validationError(errors);
    }
    const auth = c.get("auth");
    deps.simulator.retry(
      eventId,
      destinationId,
      auth.role === "tenant" ? auth.tenantId : undefined,
    );
    return c.json({ success: true }, 202);
  });

  return app;
}
