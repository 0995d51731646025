import { describe, expect, it } from "vitest";
import {
  currentPortalPath,
  isPortalPath,
  MAX_TOKEN_LENGTH,
  parseHostMessage,
  portalUrlFor,
} from "./embed-protocol";

describe("parseHostMessage", () => {
  it("accepts the four host messages", () => {
    expect(parseHostMessage({ type: "portal:set-locale", locale: "de-AT" })).toEqual({
      type: "portal:set-locale",
      locale: "de-AT",
    });
    expect(parseHostMessage({ type: "portal:set-theme", theme: "dark" })).toEqual({
      type: "portal:set-theme",
      theme: "dark",
    });
    expect(parseHostMessage({ type: "portal:set-token", token: "a.b.c" })).toEqual({
      type: "portal:set-token",
      token: "a.b.c",
    });
    expect(parseHostMessage({ type: "portal:navigate", path: "/activity?status=failed" })).toEqual({
      type: "portal:navigate",
      path: "/activity?status=failed",
    });
  });

  it("keeps only the known fields", () => {
    expect(
      parseHostMessage({ type: "portal:set-theme", theme: "light", extra: "<script>" }),
    ).toEqual({ type: "portal:set-theme", theme: "light" });
  });

  it.each([
    ["null", null],
    ["a string", "portal:set-theme"],
    ["JSON text", JSON.stringify({ type: "portal:set-theme", theme: "dark" })],
    ["an array", [{ type: "portal:set-theme", theme: "dark" }]],
    ["no type", { theme: "dark" }],
    ["an unknown type", { type: "portal:eval", code: "alert(1)" }],
    ["a portal→host type", { type: "portal:ready", tenantId: "t", theme: "dark" }],
    ["a bad theme", { type: "portal:set-theme", theme: "solarized" }],
    ["a theme of the wrong type", { type: "portal:set-theme", theme: ["dark"] }],
    ["an empty token", { type: "portal:set-token", token: "  " }],
    ["a token that is not a string", { type: "portal:set-token", token: { jwt: "a.b.c" } }],
    ["an oversized token", { type: "portal:set-token", token: "x".repeat(MAX_TOKEN_LENGTH + 1) }],
    ["an absolute URL", { type: "portal:navigate", path: "https://evil.example/" }],
    ["a protocol-relative URL", { type: "portal:navigate", path: "//evil.example/" }],
    ["a missing path", { type: "portal:navigate" }],
    ["a locale that is not a string", { type: "portal:set-locale", locale: ["de"] }],
    ["a locale that is not a language tag", { type: "portal:set-locale", locale: "de;<b>" }],
    ["an oversized locale", { type: "portal:set-locale", locale: `de-${"x".repeat(40)}` }],
  ])("ignores %s", (_name, data) => {
    expect(parseHostMessage(data)).toBeNull();
  });
});

describe("isPortalPath", () => {
  it.each(["/", "/activity", "/destinations/des_1/settings", "/activity?topic=order.paid#x"])(
    "accepts %s",
    (path) => {
      expect(isPortalPath(path)).toBe(true);
    },
  );

  it.each([
    "",
    "activity",
    "//evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "https://evil.example/",
    "javascript:alert(1)",
    " /activity",
    "/activity\n",
    "/a\u0000b",
    `/${"a".repeat(2048)}`,
  ])("refuses %j", (path) => {
    expect(isPortalPath(path)).toBe(false);
  });

  it("refuses values that are not strings", () => {
    expect(isPortalPath(undefined)).toBe(false);
    expect(isPortalPath({ toString: () => "/activity" })).toBe(false);
  });
});

describe("portalUrlFor", () => {
  const origin = "https://portal.example.com";

  it("puts the path under the router base", () => {
    expect(portalUrlFor("/activity?x=1", "", origin)).toBe("/activity?x=1");
    expect(portalUrlFor("/activity?x=1#top", "/portal", origin)).toBe("/portal/activity?x=1#top");
    expect(portalUrlFor("/", "/portal", origin)).toBe("/portal/");
  });

  it("refuses paths that climb out of the base, also percent-encoded", () => {
    expect(portalUrlFor("/../admin", "/portal", origin)).toBeNull();
    expect(portalUrlFor("/%2e%2e/admin", "/portal", origin)).toBeNull();
    expect(portalUrlFor("/./../x", "/portal", origin)).toBeNull();
  });

  it("refuses anything isPortalPath refuses", () => {
    expect(portalUrlFor("//evil.example/x", "", origin)).toBeNull();
    expect(portalUrlFor("https://evil.example/", "", origin)).toBeNull();
  });
});

describe("currentPortalPath", () => {
  it("is the path below the base with the search, without theme, locale or token", () => {
    expect(currentPortalPath({ pathname: "/activity", search: "" }, "")).toBe("/activity");
    expect(currentPortalPath({ pathname: "/portal/activity", search: "?a=1" }, "/portal")).toBe(
      "/activity?a=1",
    );
    expect(currentPortalPath({ pathname: "/portal/", search: "?theme=dark" }, "/portal")).toBe("/");
    expect(currentPortalPath({ pathname: "/portal", search: "" }, "/portal")).toBe("/");
    expect(
      currentPortalPath({ pathname: "/tenant", search: "?theme=light&view=compact" }, ""),
    ).toBe("/tenant?view=compact");
    expect(currentPortalPath({ pathname: "/", search: "?locale=de&q=x" }, "")).toBe("/?q=x");
  });
});
