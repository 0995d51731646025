import { Hono } from "hono";
import type { AppEnv } from "../auth.ts";
import { DESTINATION_TYPES, getDestinationType } from "../destination-types.ts";
import { notFound } from "../http-errors.ts";
import type { SandboxDeps } from "./context.ts";

export function schemaRoutes(deps: SandboxDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get("/destination-types", (c) => c.json(DESTINATION_TYPES));
  app.get("/destination-types/:type", (c) => {
    const schema = getDestinationType(c.req.param("type"));
    if (!schema) throw notFound("destination type");
    return c.json(schema);
  });
  app.get("/topics", (c) => c.json(deps.config.topics));
  return app;
}
