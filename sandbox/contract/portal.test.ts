/** Portal entry and configuration: minted links, tokens, the injected config, destination types. */
import { decodeJwt } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { httpClient, type Call } from "./http.ts";
import { DEPLOYMENT, openTarget, TOPICS, uniqueId, type ContractTarget } from "./target.ts";

const OUTPOST_PORTAL_KEYS = [
  "PROXY_URL",
  "REFERER_URL",
  "REFRESH_URL",
  "FAVICON_URL",
  "BRAND_COLOR",
  "LOGO",
  "LOGO_DARK",
  "ORGANIZATION_NAME",
  "FORCE_THEME",
  "TOPICS",
  "TOPICS_ALLOW_WILDCARDS",
  "DISABLE_OUTPOST_BRANDING",
  "DISABLE_TELEMETRY",
  "ENABLE_DESTINATION_FILTER",
  "ENABLE_WEBHOOK_CUSTOM_HEADERS",
];

interface FieldSchema {
  key: string;
  type: string;
  required: boolean;
  sensitive?: boolean;
  options?: { value: string }[];
}
interface TypeSchema {
  type: string;
  config_fields: FieldSchema[];
  credential_fields: FieldSchema[];
}

let target: ContractTarget;
let call: Call;
const tenant = uniqueId("portal");

beforeAll(async () => {
  target = await openTarget();
  call = httpClient(target);
  await call("PUT", `/tenants/${tenant}`, { body: {} });
});

afterAll(async () => {
  await call("DELETE", `/tenants/${tenant}`);
  await target?.close();
});

async function portalConfigs(): Promise<Record<string, unknown>> {
  const response = await fetch(`${target.origin}/inject-portal-config.js`);
  expect(response.status).toBe(200);
  const match = /window\.PORTAL_CONFIGS\s*=\s*(\{[\s\S]*\})\s*;?\s*$/.exec(
    (await response.text()).trim(),
  );
  expect(match).not.toBeNull();
  return JSON.parse(match?.[1] ?? "{}") as Record<string, unknown>;
}

describe("portal entry", () => {
  it("mints a redirect URL with the token and theme, and no tenant id", async () => {
    const reply = await call<{ redirect_url: string; tenant_id: string }>(
      "GET",
      `/tenants/${tenant}/portal`,
      {
        query: { theme: "dark" },
      },
    );
    expect(reply.status).toBe(200);
    expect(reply.body.tenant_id).toBe(tenant);
    const url = new URL(reply.body.redirect_url);
    expect([...url.searchParams.keys()].sort()).toEqual(["theme", "token"]);
    expect(url.searchParams.get("theme")).toBe("dark");
    const claims = decodeJwt(url.searchParams.get("token") ?? "");
    expect(claims).toMatchObject({ iss: "outpost", sub: tenant });
    expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBe(24 * 3600);
    const plain = await call<{ redirect_url: string }>("GET", `/tenants/${tenant}/portal`);
    expect(new URL(plain.body.redirect_url).searchParams.has("theme")).toBe(false);
  });

  it("mints a token the API accepts for that tenant", async () => {
    const reply = await call<{ token: string; tenant_id: string }>(
      "GET",
      `/tenants/${tenant}/token`,
    );
    expect(reply.body.tenant_id).toBe(tenant);
    expect((await call("GET", `/tenants/${tenant}`, { token: reply.body.token })).status).toBe(200);
    expect((await call("GET", "/topics", { token: reply.body.token })).body).toEqual(TOPICS);
  });
});

describe("portal config", () => {
  it("injects string values from the deployment's settings", async () => {
    const configs = await portalConfigs();
    expect(configs).toMatchObject({
      ORGANIZATION_NAME: DEPLOYMENT.PORTAL_ORGANIZATION_NAME,
      BRAND_COLOR: DEPLOYMENT.PORTAL_BRAND_COLOR,
      REFERER_URL: DEPLOYMENT.PORTAL_REFERER_URL,
      TOPICS: TOPICS.join(","),
      TOPICS_ALLOW_WILDCARDS: "true",
      ENABLE_WEBHOOK_CUSTOM_HEADERS: "true",
      ENABLE_DESTINATION_FILTER: "true",
      DISABLE_OUTPOST_BRANDING: "false",
    });
    for (const value of Object.values(configs)) expect(typeof value).toBe("string");
  });

  it("takes DISABLE_TELEMETRY from the server's own setting", async () => {
    expect((await portalConfigs()).DISABLE_TELEMETRY).toBe(DEPLOYMENT.DISABLE_TELEMETRY);
  });

  it("serves exactly Outpost's portal config keys", async () => {
    const configs = await portalConfigs();
    expect(Object.keys(configs).sort()).toEqual([...OUTPOST_PORTAL_KEYS].sort());
  });
});

describe("destination types", () => {
  it("describes each type's fields: kind, required, sensitive", async () => {
    const reply = await call<TypeSchema[]>("GET", "/destination-types");
    const fields = (type: string) => {
      const schema = reply.body.find((t) => t.type === type);
      return [...(schema?.config_fields ?? []), ...(schema?.credential_fields ?? [])].map((f) => [
        f.key,
        f.type,
        f.required,
        f.sensitive ?? false,
      ]);
    };
    expect(fields("webhook")).toEqual([
      ["url", "text", true, false],
      ["custom_headers", "key_value_map", false, false],
    ]);
    expect(fields("aws_sqs")).toEqual([
      ["queue_url", "text", true, false],
      ["key", "text", true, true],
      ["secret", "text", true, true],
    ]);
    expect(fields("rabbitmq")).toEqual([
      ["server_url", "text", true, false],
      ["exchange", "text", false, false],
      ["tls", "checkbox", false, false],
      ["username", "text", true, false],
      ["password", "text", true, true],
    ]);
    const kinds = new Set(
      reply.body.flatMap((t) => [...t.config_fields, ...t.credential_fields].map((f) => f.type)),
    );
    expect(
      [...kinds].every((k) => ["text", "checkbox", "select", "key_value_map"].includes(k)),
    ).toBe(true);
  });

  it("answers 404 for an unknown type", async () => {
    expect((await call("GET", "/destination-types/carrier_pigeon")).status).toBe(404);
  });
});
