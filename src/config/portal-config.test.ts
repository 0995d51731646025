import { afterEach, describe, expect, it } from "vitest";
import {
  parseBoolean,
  parseList,
  parsePortalConfig,
  portalConfig,
  safeUrl,
  type PortalConfig,
} from "./portal-config";

const PAGE = "https://portal.example.com/portal/destinations?theme=dark";

const DEFAULTS: PortalConfig = {
  apiBaseUrl: "/api/v1",
  refererUrl: null,
  refreshUrl: null,
  organizationName: null,
  brandColor: null,
  logo: null,
  logoDark: null,
  faviconUrl: null,
  forceTheme: null,
  topics: [],
  topicsAllowWildcards: false,
  disableOutpostBranding: false,
  enableDestinationFilter: false,
  enableWebhookCustomHeaders: false,
  embedAllowedOrigins: [],
  readTimeoutMs: 15_000,
  writeTimeoutMs: 30_000,
  webhookSignatureMode: "default",
  defaultLocale: null,
};

describe("the default locale", () => {
  it("comes from the settings file only, trimmed; src/i18n checks the tag", () => {
    expect(parsePortalConfig({}, PAGE, { DEFAULT_LOCALE: " de-AT " }).defaultLocale).toBe("de-AT");
    expect(parsePortalConfig({}, PAGE, { DEFAULT_LOCALE: "" }).defaultLocale).toBeNull();
    expect(parsePortalConfig({ DEFAULT_LOCALE: "fr" }, PAGE).defaultLocale).toBeNull();
  });
});

describe("request deadlines", () => {
  it("come from the settings file, in whole milliseconds from 1 s to 10 min", () => {
    const read = (READ_TIMEOUT_MS: unknown, WRITE_TIMEOUT_MS: unknown) => {
      const config = parsePortalConfig({}, PAGE, { READ_TIMEOUT_MS, WRITE_TIMEOUT_MS });
      return [config.readTimeoutMs, config.writeTimeoutMs];
    };
    expect(read("3000", 4500)).toEqual([3000, 4500]);
    expect(read("0", "-5")).toEqual([15_000, 30_000]);
    expect(read("1.5", "abc")).toEqual([15_000, 30_000]);
    expect(read(999, 600_001)).toEqual([15_000, 30_000]);
    // Outpost's config never sets them.
    expect(parsePortalConfig({ READ_TIMEOUT_MS: "3000" }, PAGE).readTimeoutMs).toBe(15_000);
  });
});

describe("parseBoolean", () => {
  it.each([["true"], ["TRUE"], [" true "], ["True"], ["1"], ["yes"], ["YES"], ["on"], [true]])(
    "%j is true",
    (value) => {
      expect(parseBoolean(value)).toBe(true);
    },
  );

  it.each([
    ["false"],
    [""],
    ["0"],
    ["no"],
    ["off"],
    ["truthy"],
    ["t rue"],
    [undefined],
    [null],
    [1],
    [0],
    [false],
    [{}],
    [["true"]],
  ])("%j is false", (value) => {
    expect(parseBoolean(value)).toBe(false);
  });
});

describe("parseList", () => {
  it("splits a comma string, trimming and dropping empties and duplicates in order", () => {
    expect(parseList(" user.created, user.updated,,order.* , user.created,  ")).toEqual([
      "user.created",
      "user.updated",
      "order.*",
    ]);
  });

  it("reads arrays, skipping non-strings and blanks", () => {
    expect(parseList([" a ", 1, "b", null, "a", "", "  "])).toEqual(["a", "b"]);
  });

  it.each([[""], [undefined], [null], [42], [{ a: "b" }]])("gives [] for %j", (value) => {
    expect(parseList(value)).toEqual([]);
  });
});

describe("safeUrl", () => {
  it.each([
    ["/settings/webhooks", "https://portal.example.com/settings/webhooks"],
    ["../back", "https://portal.example.com/back"],
    ["logo.png", "https://portal.example.com/portal/logo.png"],
    ["https://dashboard.example.com/app?x=1#y", "https://dashboard.example.com/app?x=1#y"],
    ["http://localhost:3000", "http://localhost:3000/"],
    ["//cdn.example.com/logo.svg", "https://cdn.example.com/logo.svg"],
  ])("accepts %s as %s", (value, expected) => {
    expect(safeUrl(value, PAGE)).toBe(expected);
  });

  it.each([
    ["javascript:alert(1)"],
    ["JavaScript:alert(document.cookie)"],
    ["java\tscript:alert(1)"],
    ["data:text/html,<script>alert(1)</script>"],
    ["vbscript:msgbox(1)"],
    ["ftp://files.example.com/x"],
    ["file:///etc/passwd"],
    ["blob:https://portal.example.com/uuid"],
    ["http://[::1"],
  ])("refuses %s", (value) => {
    expect(safeUrl(value, PAGE)).toBeNull();
    expect(safeUrl(value, PAGE, { allowDataImage: true })).toBeNull();
  });

  it("accepts data:image only when allowed, unchanged", () => {
    const png = "data:image/png;base64,iVBORw0KGgo=";
    expect(safeUrl(png, PAGE)).toBeNull();
    expect(safeUrl(png, PAGE, { allowDataImage: true })).toBe(png);
    const svg = "data:image/svg+xml,%3Csvg%3E%3C/svg%3E";
    expect(safeUrl(svg, PAGE, { allowDataImage: true })).toBe(svg);
  });

  it("gives null for null and empty", () => {
    expect(safeUrl(null, PAGE)).toBeNull();
    expect(safeUrl("", PAGE)).toBeNull();
  });
});

describe("parsePortalConfig", () => {
  it("types Outpost's all-strings object", () => {
    const outpost: Record<string, string> = {
      PROXY_URL: "",
      REFERER_URL: "https://dashboard.example.com/settings/events",
      REFRESH_URL: "",
      FAVICON_URL: "/static/favicon.ico",
      BRAND_COLOR: "#6122E7",
      LOGO: "https://cdn.example.com/logo.svg",
      LOGO_DARK: "",
      ORGANIZATION_NAME: "Acme Inc.",
      FORCE_THEME: "",
      TOPICS: "user.created,user.updated,order.*",
      TOPICS_ALLOW_WILDCARDS: "true",
      DISABLE_OUTPOST_BRANDING: "false",
      DISABLE_TELEMETRY: "true",
      ENABLE_DESTINATION_FILTER: "true",
      ENABLE_WEBHOOK_CUSTOM_HEADERS: "false",
    };
    expect(parsePortalConfig(outpost, PAGE)).toEqual({
      ...DEFAULTS,
      refererUrl: "https://dashboard.example.com/settings/events",
      faviconUrl: "https://portal.example.com/static/favicon.ico",
      brandColor: "#6122E7",
      logo: "https://cdn.example.com/logo.svg",
      organizationName: "Acme Inc.",
      topics: ["user.created", "user.updated", "order.*"],
      topicsAllowWildcards: true,
      enableDestinationFilter: true,
    } satisfies PortalConfig);
  });

  it("reads the inverse booleans and the remaining keys", () => {
    const config = parsePortalConfig(
      {
        REFRESH_URL: "https://dashboard.example.com/portal-token",
        LOGO_DARK: "data:image/png;base64,AAAA",
        FORCE_THEME: "dark",
        TOPICS_ALLOW_WILDCARDS: "false",
        DISABLE_OUTPOST_BRANDING: "true",
        ENABLE_DESTINATION_FILTER: "false",
        ENABLE_WEBHOOK_CUSTOM_HEADERS: "true",
      },
      PAGE,
    );
    expect(config).toMatchObject({
      refreshUrl: "https://dashboard.example.com/portal-token",
      logoDark: "data:image/png;base64,AAAA",
      forceTheme: "dark",
      topicsAllowWildcards: false,
      disableOutpostBranding: true,
      enableDestinationFilter: false,
      enableWebhookCustomHeaders: true,
    });
  });

  it.each([
    ["undefined (no config script)", undefined],
    ["null", null],
    ["a string", "DISABLE_OUTPOST_BRANDING=true"],
    ["a number", 1],
    ["an array", ["true"]],
    ["an empty object", {}],
  ])("uses the defaults for %s", (_name, input) => {
    expect(parsePortalConfig(input, PAGE)).toEqual(DEFAULTS);
  });

  it("treats blank strings as unset", () => {
    expect(
      parsePortalConfig(
        {
          API_BASE_URL: "   ",
          ORGANIZATION_NAME: "  ",
          BRAND_COLOR: "",
          REFERER_URL: " ",
          TOPICS: " , ",
        },
        PAGE,
      ),
    ).toEqual(DEFAULTS);
  });

  it.each([
    ["https://api.example.com/v1", "https://api.example.com/v1"],
    ["https://api.example.com/v1/", "https://api.example.com/v1"],
    ["/outpost/api/v1///", "/outpost/api/v1"],
    [" /api/v2/ ", "/api/v2"],
  ])("API_BASE_URL %j becomes %j", (value, expected) => {
    expect(parsePortalConfig({}, PAGE, { API_BASE_URL: value }).apiBaseUrl).toBe(expected);
  });

  it.each([
    ["dark", "dark"],
    ["DARK", "dark"],
    [" Light ", "light"],
    ["System", "system"],
    ["auto", null],
    ["", null],
    ["true", null],
  ])("FORCE_THEME %j becomes %j", (value, expected) => {
    expect(parsePortalConfig({ FORCE_THEME: value }, PAGE).forceTheme).toBe(expected);
  });

  it("normalises EMBED_ALLOWED_ORIGINS to origins and drops what is not an http(s) origin", () => {
    const config = parsePortalConfig({}, PAGE, {
      EMBED_ALLOWED_ORIGINS:
        "https://app.example.com/settings/webhooks, http://localhost:3000/, *, javascript:alert(1), ftp://files.example.com, not a url, https://Admin.Example.com:8443/x?y=1, ,",
    });
    expect(config.embedAllowedOrigins).toEqual([
      "https://app.example.com",
      "http://localhost:3000",
      "https://admin.example.com:8443",
    ]);
  });

  it.each([["javascript:alert(1)"], [" javascript:alert(1) "], ["data:text/html,hi"]])(
    "drops REFERER_URL/REFRESH_URL/LOGO %j",
    (value) => {
      const config = parsePortalConfig(
        { REFERER_URL: value, REFRESH_URL: value, LOGO: value, FAVICON_URL: value },
        PAGE,
      );
      expect(config.refererUrl).toBeNull();
      expect(config.refreshUrl).toBeNull();
      expect(config.logo).toBeNull();
      expect(config.faviconUrl).toBeNull();
    },
  );

  it("resolves a relative REFERER_URL against the page", () => {
    expect(parsePortalConfig({ REFERER_URL: "/dashboard" }, PAGE).refererUrl).toBe(
      "https://portal.example.com/dashboard",
    );
  });

  it.each([["not-a-colour"], ["#12345"], ["rgb(300, 0, 0)"], ["#6122E7"]])(
    "keeps BRAND_COLOR %j as given (the palette validates it)",
    (value) => {
      expect(parsePortalConfig({ BRAND_COLOR: `  ${value} ` }, PAGE).brandColor).toBe(value);
    },
  );

  it("accepts real booleans, numbers and arrays as well as strings", () => {
    const config = parsePortalConfig(
      {
        ORGANIZATION_NAME: 42,
        DISABLE_OUTPOST_BRANDING: true,
        ENABLE_DESTINATION_FILTER: 1,
        TOPICS: ["a", " b ", "a"],
      },
      PAGE,
      { EMBED_ALLOWED_ORIGINS: ["https://x.example.com/path"], API_BASE_URL: 7 },
    );
    expect(config).toMatchObject({
      organizationName: "42",
      disableOutpostBranding: true,
      enableDestinationFilter: false,
      topics: ["a", "b"],
      embedAllowedOrigins: ["https://x.example.com"],
      apiBaseUrl: "7",
    });
  });

  it("reads the portal's own keys from its settings file only, never from Outpost's config", () => {
    const own = {
      API_BASE_URL: "https://api.example.com/v1",
      EMBED_ALLOWED_ORIGINS: "https://a.example",
    };
    expect(parsePortalConfig(own, PAGE)).toEqual(DEFAULTS);
    expect(parsePortalConfig({}, PAGE, own)).toEqual({
      ...DEFAULTS,
      apiBaseUrl: "https://api.example.com/v1",
      embedAllowedOrigins: ["https://a.example"],
    });
    // And Outpost's keys come from Outpost's config, not from the settings file.
    expect(parsePortalConfig({}, PAGE, { ORGANIZATION_NAME: "Acme", TOPICS: "a" })).toEqual(
      DEFAULTS,
    );
  });

  it.each([
    ["missing (no settings file)", undefined],
    ["null", null],
    ["a string", "EMBED_ALLOWED_ORIGINS=https://a.example"],
    ["an array", ["https://a.example"]],
    ["blank values", { API_BASE_URL: " ", EMBED_ALLOWED_ORIGINS: " , " }],
  ])("uses the defaults for a settings file that is %s", (_name, settings) => {
    expect(parsePortalConfig({}, PAGE, settings)).toEqual(DEFAULTS);
  });
});

describe("portalConfig", () => {
  afterEach(() => {
    delete window.PORTAL_CONFIGS;
    delete window.PORTAL_SETTINGS;
  });

  it("parses window.PORTAL_CONFIGS against the page URL once per page load", () => {
    window.PORTAL_CONFIGS = { ORGANIZATION_NAME: "Acme", REFERER_URL: "/home" };
    window.PORTAL_SETTINGS = { EMBED_ALLOWED_ORIGINS: "https://host.example" };
    const first = portalConfig();
    expect(first.organizationName).toBe("Acme");
    expect(first.embedAllowedOrigins).toEqual(["https://host.example"]);
    expect(first.refererUrl).toBe(new URL("/home", window.location.href).href);

    window.PORTAL_CONFIGS = { ORGANIZATION_NAME: "Other" };
    expect(portalConfig()).toBe(first);
  });
});

describe("WEBHOOK_SIGNATURE_MODE (portal settings file)", () => {
  it.each([
    [{ WEBHOOK_SIGNATURE_MODE: "standard" }, "standard"],
    [{ WEBHOOK_SIGNATURE_MODE: " Standard " }, "standard"],
    [{ WEBHOOK_SIGNATURE_MODE: "default" }, "default"],
    [{ WEBHOOK_SIGNATURE_MODE: "svix" }, "default"],
    [{}, "default"],
  ])("%j → %s", (settings, mode) => {
    expect(parsePortalConfig({}, PAGE, settings).webhookSignatureMode).toBe(mode);
  });

  it("is not read from Outpost's config", () => {
    expect(
      parsePortalConfig({ WEBHOOK_SIGNATURE_MODE: "standard" }, PAGE).webhookSignatureMode,
    ).toBe("default");
  });
});
