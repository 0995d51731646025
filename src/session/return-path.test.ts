import { describe, expect, it } from "vitest";
import { RETURN_WINDOW_MS, rememberReturnPath, returnAfterRenewal } from "./return-path";

function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (key) => map.get(key) ?? null,
    key: (index) => [...map.keys()][index] ?? null,
    removeItem: (key) => void map.delete(key),
    setItem: (key, value) => void map.set(key, value),
  };
}

function fakeWindow(path: string) {
  const url = new URL(path, "https://portal.example.com");
  const win = {
    location: { pathname: url.pathname, search: url.search, hash: url.hash },
    history: {
      state: null,
      replaceState: (_state: unknown, _title: string, to: string) => {
        const next = new URL(to, "https://portal.example.com");
        Object.assign(win.location, {
          pathname: next.pathname,
          search: next.search,
          hash: next.hash,
        });
      },
    },
  };
  return win as unknown as Window;
}

describe("return after renewal", () => {
  const ended = fakeWindow("/portal/destinations/new?type=webhook&step=configure");

  it("takes a renewed session of the same tenant back to the screen it ended on, once", () => {
    const store = memoryStorage();
    rememberReturnPath("t1", ended, 1000, store);
    const home = fakeWindow("/portal/");
    expect(returnAfterRenewal("t1", "/portal/", home, 2000, store)).toBe(
      "/portal/destinations/new?type=webhook&step=configure",
    );
    expect(home.location.pathname).toBe("/portal/destinations/new");
    expect(home.location.search).toBe("?type=webhook&step=configure");
    expect(returnAfterRenewal("t1", "/portal/", fakeWindow("/portal/"), 2000, store)).toBeNull();
  });

  it("never shows the path to another tenant, a deep link, or after the window", () => {
    for (const [tenant, at, path] of [
      ["t2", 2000, "/portal/"],
      ["t1", 2000, "/portal/tenant"],
      ["t1", 1000 + RETURN_WINDOW_MS + 1, "/portal/"],
    ] as const) {
      const store = memoryStorage();
      rememberReturnPath("t1", ended, 1000, store);
      const win = fakeWindow(path);
      expect(returnAfterRenewal(tenant, "/portal/", win, at, store)).toBeNull();
      expect(win.location.pathname).toBe(path);
    }
  });
});
