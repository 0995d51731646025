import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
// The file on disk, as served: `?raw` reads it verbatim.
import indexHtml from "../../index.html?raw";
import { parsePortalConfig } from "../config/portal-config";
import { THEME_STORAGE_KEY, pickPreference, resolveTheme } from "../theme/theme-preference";
import { routerBasename, TOP_LEVEL_SEGMENTS } from "./base-path";

/** The text of index.html's inline script whose comment carries `marker`. */
function bootScript(marker: string): string {
  const doc = new DOMParser().parseFromString(indexHtml, "text/html");
  const scripts = [...doc.querySelectorAll("script:not([src])")].filter((script) =>
    script.textContent.includes(marker),
  );
  expect(scripts, `exactly one inline script marked ${marker}`).toHaveLength(1);
  return scripts[0]!.textContent;
}

function run(script: string) {
  new Function(script)();
}

afterEach(() => {
  vi.restoreAllMocks();
  document.head.querySelectorAll("base").forEach((base) => base.remove());
  window.history.replaceState(null, "", "/");
  window.sessionStorage.clear();
});

describe("index.html", () => {
  it("runs BOOT:BASE before the config script and BOOT:THEME after it", () => {
    const doc = new DOMParser().parseFromString(indexHtml, "text/html");
    const order = [...doc.head.querySelectorAll("script")].map((script) =>
      script.src ? script.getAttribute("src") : script.textContent.match(/BOOT:\w+/)?.[0],
    );
    // The config script's src is relative: it resolves against the <base> BOOT:BASE sets.
    expect(order).toEqual([
      "BOOT:BASE",
      "inject-portal-config.js",
      "portal-settings.js",
      "BOOT:THEME",
    ]);
  });
});

describe("BOOT:BASE", () => {
  const script = bootScript("BOOT:BASE");

  it("cuts at the same route segments as base-path.ts", () => {
    const literal = script.match(/var routes = (\[[^\]]*\]);/)?.[1];
    expect(literal, "the route list literal in BOOT:BASE").toBeDefined();
    expect(JSON.parse(literal!)).toEqual([...TOP_LEVEL_SEGMENTS]);
  });

  /** Runs BOOT:BASE at `path`; returns the `<base href>` it appended. */
  function baseAt(path: string) {
    document.head.querySelectorAll("base").forEach((base) => base.remove());
    window.history.replaceState(null, "", path);
    run(script);
    const bases = document.head.querySelectorAll("base");
    expect(bases).toHaveLength(1);
    return bases[0]!.getAttribute("href");
  }

  it.each([
    ["/", "/", ""],
    ["/portal/", "/portal/", "/portal"],
    ["/portal/index.html", "/portal/", "/portal"],
    ["/portal/destinations/abc", "/portal/", "/portal"],
    ["/portal/tenant?theme=dark#top", "/portal/", "/portal"],
    ["/a/b/tenant", "/a/b/", "/a/b"],
    ["/a/b/activity/", "/a/b/", "/a/b"],
    ["/activity", "/", ""],
    ["/tenant", "/", ""],
    ["/destinations/x/y", "/", ""],
    ["/destinations-old/activity", "/destinations-old/", "/destinations-old"],
    ["/hooks/portal/", "/hooks/portal/", "/hooks/portal"],
  ])("at %s sets <base href=%s> and the router base %j", (path, base, router) => {
    expect(baseAt(path)).toBe(base);
    expect(document.baseURI).toBe(new URL(base, window.location.origin).href);
    expect(routerBasename(document.baseURI)).toBe(router);
    expect(routerBasename()).toBe(router);
    // The router sees the rest of the path, starting with "/".
    expect(window.location.pathname.startsWith(`${router}/`)).toBe(true);
  });

  it("keeps the base a route gave this tab for a later unknown path under it (a 404)", () => {
    expect(baseAt("/portal/destinations/abc")).toBe("/portal/");
    expect(baseAt("/portal/no/such/page")).toBe("/portal/");
    expect(routerBasename()).toBe("/portal");
  });

  it("uses the folder for an unknown path outside the remembered base", () => {
    expect(baseAt("/portal/tenant")).toBe("/portal/");
    expect(baseAt("/other/no/such/page")).toBe("/other/no/such/");
    expect(baseAt("/portal-old/page")).toBe("/portal-old/");
  });

  it("uses the folder for an unknown path when sessionStorage throws", () => {
    vi.spyOn(window, "sessionStorage", "get").mockImplementation(() => {
      throw new DOMException("blocked", "SecurityError");
    });
    expect(baseAt("/portal/destinations")).toBe("/portal/");
    expect(baseAt("/portal/no/such/page")).toBe("/portal/no/such/");
  });
});

describe("BOOT:THEME", () => {
  const script = bootScript("BOOT:THEME");
  const root = document.documentElement;
  let systemDark = false;

  beforeEach(() => {
    vi.stubGlobal(
      "matchMedia",
      vi.fn((query: string) => ({
        matches: query === "(prefers-color-scheme: dark)" && systemDark,
        media: query,
      })),
    );
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    delete window.PORTAL_CONFIGS;
    window.localStorage.clear();
    delete root.dataset.theme;
    root.style.colorScheme = "";
  });

  const FORCED = [undefined, "", "dark", "light", "system", "DARK", " Light ", "bogus"];
  const FROM_URL = [null, "dark", "light", "system", "blue"];
  const STORED = [null, "light", "dark", "garbage"];

  it.each(FORCED.map((forced) => [forced]))(
    "sets the same theme as the app for FORCE_THEME %j",
    (forced) => {
      const mismatches: string[] = [];
      for (const fromUrl of FROM_URL) {
        for (const stored of STORED) {
          for (const dark of [false, true]) {
            systemDark = dark;
            if (forced === undefined) delete window.PORTAL_CONFIGS;
            else window.PORTAL_CONFIGS = { FORCE_THEME: forced, BRAND_COLOR: "" };
            window.localStorage.clear();
            if (stored !== null) window.localStorage.setItem(THEME_STORAGE_KEY, stored);
            window.history.replaceState(null, "", fromUrl === null ? "/" : `/?theme=${fromUrl}`);
            delete root.dataset.theme;

            run(script);

            const config = parsePortalConfig(window.PORTAL_CONFIGS, window.location.href);
            const expected = resolveTheme(
              pickPreference({ forced: config.forceTheme, fromUrl, stored }),
              dark,
            );
            const got = `${root.dataset.theme}/${root.style.colorScheme}`;
            if (got !== `${expected}/${expected}`) {
              mismatches.push(
                `theme=${fromUrl} stored=${stored} systemDark=${dark}: boot ${got}, app ${expected}`,
              );
            }
          }
        }
      }
      expect(mismatches).toEqual([]);
    },
  );

  it("falls back to the system theme when localStorage throws", () => {
    systemDark = true;
    vi.spyOn(window, "localStorage", "get").mockImplementation(() => {
      throw new DOMException("blocked", "SecurityError");
    });
    expect(() => run(script)).not.toThrow();
    expect(root.dataset.theme).toBe("dark");
    expect(root.style.colorScheme).toBe("dark");
  });
});
