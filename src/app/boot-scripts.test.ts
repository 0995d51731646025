import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
// The file on disk, as served: `?raw` reads it verbatim (index.html sits above src/, so @/ can't name it).
// eslint-disable-next-line @typescript-eslint/no-restricted-imports
import indexHtml from "../../index.html?raw";
import { parsePortalConfig } from "@/config/portal-config";
import { THEME_STORAGE_KEY, pickPreference, resolveTheme } from "@/theme/theme-preference";
import { routerBasename } from "./base-path";

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

describe("index.html", () => {
  const doc = new DOMParser().parseFromString(indexHtml, "text/html");

  it("runs BOOT:THEME after the config script it reads", () => {
    const order = [...doc.head.querySelectorAll("script")].map((script) =>
      script.src ? script.getAttribute("src") : script.textContent.match(/BOOT:\w+/)?.[0],
    );
    expect(order).toEqual(["inject-portal-config.js", "portal-settings.js", "BOOT:THEME"]);
  });

  it("declares its base before any URL, so no request depends on the route's path", () => {
    const base = doc.head.querySelector("base");
    expect(base?.getAttribute("href")).toBe("/");
    const withUrl = [...doc.querySelectorAll("[src], [href]")].filter((el) => el !== base);
    expect(withUrl.length).toBeGreaterThan(0);
    for (const el of withUrl) {
      expect(base!.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      // Relative to <base>, or root-relative only where Vite rewrites it (the entry module).
      const url = el.getAttribute("src") ?? el.getAttribute("href")!;
      expect(url.startsWith("/") ? url : "relative").toMatch(/^(relative|\/src\/main\.tsx)$/);
    }
  });
});

describe("routerBasename", () => {
  it.each([
    ["http://portal.test/", "/"],
    ["http://portal.test/portal/", "/portal/"],
    ["http://portal.test/a/b/", "/a/b/"],
  ])("reads the base %s as %j", (baseUri, expected) => {
    expect(routerBasename(baseUri)).toBe(expected);
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
