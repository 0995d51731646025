import { describe, expect, it } from "vitest";
import {
  hostCanListen,
  isAllowedOrigin,
  normalizeAllowlist,
  normalizeOrigin,
  reportedParentOrigin,
  targetOrigins,
} from "./host-origins";

/** A `location.ancestorOrigins` as Chromium exposes it. */
function ancestors(...origins: string[]) {
  return {
    ancestorOrigins: {
      length: origins.length,
      item: (index: number) => origins[index] ?? null,
    },
  };
}

describe("normalizeOrigin", () => {
  it.each([
    ["https://app.example.com", "https://app.example.com"],
    ["https://app.example.com/", "https://app.example.com"],
    ["https://app.example.com///", "https://app.example.com"],
    ["HTTPS://App.Example.COM", "https://app.example.com"],
    ["https://app.example.com:443", "https://app.example.com"],
    ["http://app.example.com:80/", "http://app.example.com"],
    ["https://app.example.com:8443/", "https://app.example.com:8443"],
    ["http://127.0.0.1:4310", "http://127.0.0.1:4310"],
    ["  https://app.example.com/settings?x=1#top ", "https://app.example.com"],
  ])("%s → %s", (input, expected) => {
    expect(normalizeOrigin(input)).toBe(expected);
  });

  it.each([["*"], ["null"], [""], ["app.example.com"], ["javascript:alert(1)"], ["file:///etc"]])(
    "refuses %j",
    (input) => {
      expect(normalizeOrigin(input)).toBeNull();
    },
  );

  it("refuses values that are not strings", () => {
    expect(normalizeOrigin(undefined)).toBeNull();
    expect(normalizeOrigin(null)).toBeNull();
    expect(normalizeOrigin({ origin: "https://app.example.com" })).toBeNull();
  });
});

describe("isAllowedOrigin", () => {
  const allowlist = ["https://App.Example.com/", "http://localhost:8080", "https://other.example"];

  it("matches the serialized origin a browser reports, whatever the allowlist's spelling", () => {
    expect(isAllowedOrigin("https://app.example.com", allowlist)).toBe(true);
    expect(isAllowedOrigin("http://localhost:8080", allowlist)).toBe(true);
    expect(isAllowedOrigin("https://other.example", allowlist)).toBe(true);
  });

  it("refuses another scheme, port or host, sub- and look-alike domains", () => {
    expect(isAllowedOrigin("http://app.example.com", allowlist)).toBe(false);
    expect(isAllowedOrigin("https://app.example.com:8443", allowlist)).toBe(false);
    expect(isAllowedOrigin("http://localhost:8081", allowlist)).toBe(false);
    expect(isAllowedOrigin("http://localhost", allowlist)).toBe(false);
    expect(isAllowedOrigin("https://evil.app.example.com", allowlist)).toBe(false);
    expect(isAllowedOrigin("https://app.example.com.evil.com", allowlist)).toBe(false);
    expect(isAllowedOrigin("https://example.com", allowlist)).toBe(false);
  });

  it("refuses opaque origins and wildcards, even when the allowlist holds them", () => {
    expect(isAllowedOrigin("null", allowlist)).toBe(false);
    expect(isAllowedOrigin("null", ["null"])).toBe(false);
    expect(isAllowedOrigin("https://app.example.com", ["*"])).toBe(false);
    expect(isAllowedOrigin("*", ["*"])).toBe(false);
  });

  it("allows nothing with an empty allowlist", () => {
    expect(isAllowedOrigin("https://app.example.com", [])).toBe(false);
  });

  it("dedupes and drops invalid entries", () => {
    expect(normalizeAllowlist(["https://a.example/", "https://A.example", "*", "nope"])).toEqual([
      "https://a.example",
    ]);
  });
});

describe("targetOrigins", () => {
  const allowlist = ["https://app.example.com", "https://admin.example.com/"];

  it("posts to the parent alone when its origin is known and allowed", () => {
    expect(targetOrigins(allowlist, "https://admin.example.com")).toEqual([
      "https://admin.example.com",
    ]);
    expect(targetOrigins(allowlist, "HTTPS://ADMIN.example.com/")).toEqual([
      "https://admin.example.com",
    ]);
  });

  it("posts to no one when the parent is known and not allowed", () => {
    expect(targetOrigins(allowlist, "https://evil.example")).toEqual([]);
  });

  it("posts once per allowed origin when the parent is unknown", () => {
    expect(targetOrigins(allowlist, null)).toEqual([
      "https://app.example.com",
      "https://admin.example.com",
    ]);
  });

  it("never yields '*'", () => {
    expect(targetOrigins(["*"], null)).toEqual([]);
    expect(targetOrigins(["*", "https://app.example.com"], "*")).toEqual([]);
    expect(targetOrigins([], null)).toEqual([]);
  });
});

describe("reportedParentOrigin", () => {
  it("reads the first ancestor origin", () => {
    expect(reportedParentOrigin(ancestors("https://app.example.com", "https://top.example"))).toBe(
      "https://app.example.com",
    );
  });

  it("is null where the browser has no ancestorOrigins, none, or masks them", () => {
    expect(reportedParentOrigin({})).toBeNull();
    expect(reportedParentOrigin(ancestors())).toBeNull();
    // An iframe with referrerpolicy="no-referrer" shows its parent as "null".
    expect(reportedParentOrigin(ancestors("null"))).toBeNull();
  });
});

describe("hostCanListen", () => {
  const allowlist = ["https://app.example.com"];

  it("needs a frame and an allowlist", () => {
    expect(hostCanListen(true, allowlist, null)).toBe(true);
    expect(hostCanListen(false, allowlist, null)).toBe(false);
    expect(hostCanListen(true, [], null)).toBe(false);
  });

  it("is false when the browser says the parent is not on the allowlist", () => {
    expect(hostCanListen(true, allowlist, "https://app.example.com")).toBe(true);
    expect(hostCanListen(true, allowlist, "https://elsewhere.example")).toBe(false);
  });
});
