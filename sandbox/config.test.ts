import { describe, expect, it } from "vitest";
import { DEMO_TOPICS, loadConfig, normalizeBasePath } from "./config.ts";

describe("loadConfig", () => {
  it("uses Outpost-like defaults and demo topics when seeding", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3333,
      apiKey: "sandbox-api-key",
      jwtSecret: "sandbox-jwt-secret",
      topicsAllowWildcards: false,
      retryMaxLimit: 10,
      retryIntervalSeconds: 30,
      seed: true,
      staticDir: null,
      basePath: "/",
      portal: {},
    });
    expect(config.topics).toEqual([...DEMO_TOPICS]);
  });

  it("has no topics without seeding and without TOPICS, as Outpost", () => {
    expect(loadConfig({ SANDBOX_SEED: "0" })).toMatchObject({ seed: false, topics: [] });
  });

  it("reads the Outpost variables", () => {
    const config = loadConfig({
      API_PORT: "4000",
      API_KEY: "k",
      API_JWT_SECRET: "s",
      TOPICS: " a.b , c.d ,,",
      TOPICS_ALLOW_WILDCARDS: "true",
      RETRY_MAX_LIMIT: "3",
      RETRY_INTERVAL_SECONDS: "0.05",
      SANDBOX_STATIC_DIR: "dist",
      SANDBOX_BASE_PATH: "portal",
    });
    expect(config).toMatchObject({
      port: 4000,
      apiKey: "k",
      jwtSecret: "s",
      topics: ["a.b", "c.d"],
      topicsAllowWildcards: true,
      retryMaxLimit: 3,
      retryIntervalSeconds: 0.05,
      staticDir: "dist",
      basePath: "/portal/",
    });
  });

  it("keeps an explicitly empty TOPICS empty even with seeding", () => {
    expect(loadConfig({ TOPICS: "" }).topics).toEqual([]);
  });

  it("maps every PORTAL_X variable to X", () => {
    const config = loadConfig({
      PORTAL_BRAND_COLOR: "#ff0000",
      PORTAL_API_BASE_URL: "https://api.example.com",
      PORTAL_EMBED_ALLOWED_ORIGINS: "https://a.example,https://b.example",
      PORTAL_: "ignored",
      NOT_PORTAL_X: "ignored",
    });
    expect(config.portal).toEqual({
      BRAND_COLOR: "#ff0000",
      API_BASE_URL: "https://api.example.com",
      EMBED_ALLOWED_ORIGINS: "https://a.example,https://b.example",
    });
  });

  it("rejects invalid numbers", () => {
    expect(() => loadConfig({ API_PORT: "abc" })).toThrow(/API_PORT/);
    expect(() => loadConfig({ RETRY_MAX_LIMIT: "1.5" })).toThrow(/RETRY_MAX_LIMIT/);
    expect(() => loadConfig({ RETRY_INTERVAL_SECONDS: "-1" })).toThrow(/RETRY_INTERVAL_SECONDS/);
  });
});

describe("normalizeBasePath", () => {
  it.each([
    [undefined, "/"],
    ["", "/"],
    ["/", "/"],
    ["portal", "/portal/"],
    ["/portal", "/portal/"],
    ["/portal/", "/portal/"],
    ["//a/b//", "/a/b/"],
  ])("%s → %s", (input, expected) => {
    expect(normalizeBasePath(input)).toBe(expected);
  });
});
