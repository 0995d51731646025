import { act, cleanup, renderHook } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  createThemeStore,
  initThemeStore,
  isThemePreference,
  pickPreference,
  resolveTheme,
  THEME_STORAGE_KEY,
  themeStore,
  useTheme,
  type ThemePreference,
} from "./theme-preference";

/** A `prefers-color-scheme: dark` query whose answer the test changes. */
function stubSystemTheme(dark: boolean) {
  const listeners = new Set<(event: MediaQueryListEvent) => void>();
  const queries: string[] = [];
  const list = {
    matches: dark,
    media: "(prefers-color-scheme: dark)",
    onchange: null,
    addEventListener: (_type: string, listener: (event: MediaQueryListEvent) => void) =>
      listeners.add(listener),
    removeEventListener: (_type: string, listener: (event: MediaQueryListEvent) => void) =>
      listeners.delete(listener),
    addListener: () => {},
    removeListener: () => {},
    dispatchEvent: () => true,
  };
  vi.stubGlobal(
    "matchMedia",
    vi.fn((query: string) => {
      queries.push(query);
      return list as unknown as MediaQueryList;
    }),
  );
  return {
    queries,
    setDark(next: boolean) {
      list.matches = next;
      listeners.forEach((listener) => listener({ matches: next } as MediaQueryListEvent));
    },
  };
}

const root = document.documentElement;

beforeEach(() => {
  window.history.replaceState(null, "", "/");
  window.localStorage.clear();
  delete root.dataset.theme;
  root.style.colorScheme = "";
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe("isThemePreference", () => {
  it("accepts only the three preferences", () => {
    expect(["light", "dark", "system"].every(isThemePreference)).toBe(true);
    expect([null, undefined, "", "Dark", "auto", 1, {}].some(isThemePreference)).toBe(false);
  });
});

describe("pickPreference", () => {
  it.each([
    [{ forced: "dark", fromUrl: "light", stored: "system" }, "dark"],
    [{ forced: "system", fromUrl: "dark", stored: "light" }, "system"],
    [{ forced: null, fromUrl: "light", stored: "dark" }, "light"],
    [{ forced: null, fromUrl: null, stored: "dark" }, "dark"],
    [{ forced: null, fromUrl: null, stored: null }, "system"],
    [{ forced: "DARK", fromUrl: "blue", stored: "light" }, "light"],
    [{ forced: "", fromUrl: "", stored: "" }, "system"],
    [{ forced: undefined, fromUrl: "dark ", stored: 5 }, "system"],
    [{ forced: "nope", fromUrl: "system", stored: "dark" }, "system"],
  ] as const)("%j → %s", (sources, expected) => {
    expect(pickPreference(sources)).toBe(expected);
  });
});

describe("resolveTheme", () => {
  it.each([
    ["light", false, "light"],
    ["light", true, "light"],
    ["dark", false, "dark"],
    ["dark", true, "dark"],
    ["system", false, "light"],
    ["system", true, "dark"],
  ] as const)("%s with system dark=%s → %s", (preference, systemDark, expected) => {
    expect(resolveTheme(preference, systemDark)).toBe(expected);
  });
});

describe("createThemeStore", () => {
  it("follows the system by default and applies data-theme and color-scheme", () => {
    const system = stubSystemTheme(false);
    const store = createThemeStore(null);
    expect(system.queries).toEqual(["(prefers-color-scheme: dark)"]);
    expect(store.get()).toEqual({ preference: "system", theme: "light", forced: false });
    expect(root.dataset.theme).toBe("light");
    expect(root.style.colorScheme).toBe("light");
  });

  it("tracks a live system change under 'system' and notifies subscribers", () => {
    const system = stubSystemTheme(false);
    const store = createThemeStore(null);
    const listener = vi.fn();
    store.subscribe(listener);

    system.setDark(true);
    expect(store.get()).toEqual({ preference: "system", theme: "dark", forced: false });
    expect(root.dataset.theme).toBe("dark");
    expect(root.style.colorScheme).toBe("dark");
    expect(listener).toHaveBeenCalledTimes(1);

    system.setDark(true);
    expect(listener).toHaveBeenCalledTimes(1);

    system.setDark(false);
    expect(root.dataset.theme).toBe("light");
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it("ignores system changes under an explicit preference", () => {
    const system = stubSystemTheme(false);
    window.localStorage.setItem(THEME_STORAGE_KEY, "light");
    const store = createThemeStore(null);
    const listener = vi.fn();
    store.subscribe(listener);
    system.setDark(true);
    expect(store.get().theme).toBe("light");
    expect(root.dataset.theme).toBe("light");
    expect(listener).not.toHaveBeenCalled();
  });

  it("takes ?theme= over the stored choice and remembers it", () => {
    stubSystemTheme(false);
    window.localStorage.setItem(THEME_STORAGE_KEY, "light");
    window.history.replaceState(null, "", "/portal/?theme=dark");
    const store = createThemeStore(null);
    expect(store.get()).toEqual({ preference: "dark", theme: "dark", forced: false });
    expect(window.localStorage.getItem(THEME_STORAGE_KEY)).toBe("dark");
  });

  it("skips an invalid ?theme= and uses the stored choice", () => {
    stubSystemTheme(true);
    window.localStorage.setItem(THEME_STORAGE_KEY, "light");
    window.history.replaceState(null, "", "/?theme=blue");
    expect(createThemeStore(null).get()).toEqual({
      preference: "light",
      theme: "light",
      forced: false,
    });
  });

  it("setPreference persists, writes ?theme= with replaceState keeping the rest, and notifies", () => {
    stubSystemTheme(false);
    window.history.replaceState(
      { idx: 3 },
      "",
      "/portal/activity?status=failed&topic=a&topic=b#e1",
    );
    const store = createThemeStore(null);
    const listener = vi.fn();
    store.subscribe(listener);
    const push = vi.spyOn(window.history, "pushState");
    const replace = vi.spyOn(window.history, "replaceState");
    const length = window.history.length;

    store.setPreference("dark");

    expect(store.get()).toEqual({ preference: "dark", theme: "dark", forced: false });
    expect(root.dataset.theme).toBe("dark");
    expect(listener).toHaveBeenCalledTimes(1);
    expect(window.localStorage.getItem(THEME_STORAGE_KEY)).toBe("dark");
    expect(window.location.pathname).toBe("/portal/activity");
    expect(window.location.search).toBe("?status=failed&topic=a&topic=b&theme=dark");
    expect(window.location.hash).toBe("#e1");
    expect(window.history.state).toEqual({ idx: 3 });
    expect(replace).toHaveBeenCalledTimes(1);
    expect(push).not.toHaveBeenCalled();
    expect(window.history.length).toBe(length);

    store.setPreference("system");
    expect(new URLSearchParams(window.location.search).getAll("theme")).toEqual(["system"]);
    expect(window.location.search).toBe("?status=failed&topic=a&topic=b&theme=system");
    expect(window.localStorage.getItem(THEME_STORAGE_KEY)).toBe("system");
    expect(store.get().theme).toBe("light");
  });

  it("leaves the URL alone when ?theme= already says the choice", () => {
    stubSystemTheme(false);
    window.history.replaceState(null, "", "/?theme=dark");
    const store = createThemeStore(null);
    const replace = vi.spyOn(window.history, "replaceState");
    store.setPreference("dark");
    expect(replace).not.toHaveBeenCalled();
  });

  it("a forced theme ignores setPreference and leaves storage and URL alone", () => {
    const system = stubSystemTheme(false);
    window.localStorage.setItem(THEME_STORAGE_KEY, "light");
    window.history.replaceState(null, "", "/?theme=light&x=1");
    const store = createThemeStore("dark");
    const listener = vi.fn();
    store.subscribe(listener);
    expect(store.get()).toEqual({ preference: "dark", theme: "dark", forced: true });
    expect(root.dataset.theme).toBe("dark");

    store.setPreference("light");
    system.setDark(true);
    system.setDark(false);
    expect(store.get()).toEqual({ preference: "dark", theme: "dark", forced: true });
    expect(root.dataset.theme).toBe("dark");
    expect(listener).not.toHaveBeenCalled();
    expect(window.localStorage.getItem(THEME_STORAGE_KEY)).toBe("light");
    expect(window.location.search).toBe("?theme=light&x=1");
  });

  it("a forced 'system' still follows the system", () => {
    const system = stubSystemTheme(false);
    const store = createThemeStore("system");
    system.setDark(true);
    expect(store.get()).toEqual({ preference: "system", theme: "dark", forced: true });
    expect(root.dataset.theme).toBe("dark");
  });

  it("works when localStorage throws", () => {
    stubSystemTheme(true);
    vi.spyOn(window, "localStorage", "get").mockImplementation(() => {
      throw new DOMException("blocked", "SecurityError");
    });
    const store = createThemeStore(null);
    expect(store.get()).toEqual({ preference: "system", theme: "dark", forced: false });

    store.setPreference("light");
    expect(store.get()).toEqual({ preference: "light", theme: "light", forced: false });
    expect(root.dataset.theme).toBe("light");
    expect(window.location.search).toBe("?theme=light");
  });

  it("works when localStorage methods throw", () => {
    stubSystemTheme(false);
    vi.spyOn(Storage.prototype, "getItem").mockImplementation(() => {
      throw new DOMException("blocked", "SecurityError");
    });
    vi.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
      throw new DOMException("full", "QuotaExceededError");
    });
    const store = createThemeStore(null);
    expect(() => store.setPreference("dark")).not.toThrow();
    expect(store.get().theme).toBe("dark");
  });
});

describe("initThemeStore and useTheme", () => {
  it("exposes the store to components and re-renders on change", () => {
    stubSystemTheme(false);
    const store = initThemeStore(null);
    expect(themeStore()).toBe(store);

    const { result } = renderHook(() => useTheme());
    expect(result.current).toMatchObject({ preference: "system", theme: "light", forced: false });

    act(() => result.current.setPreference("dark" satisfies ThemePreference));
    expect(result.current).toMatchObject({ preference: "dark", theme: "dark" });
    expect(root.dataset.theme).toBe("dark");
  });
});
