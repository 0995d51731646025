import { afterEach, describe, expect, it } from "vitest";
import { createTokenStorage, TOKEN_STORAGE_KEY } from "./token-storage";

/** A minimal in-memory Storage; `fail` makes chosen methods throw from now on. */
class MemoryStorage implements Storage {
  readonly data = new Map<string, string>();
  readonly fail = new Set<"getItem" | "setItem" | "removeItem">();
  private error(method: "getItem" | "setItem" | "removeItem") {
    if (!this.fail.has(method)) return;
    const name = method === "setItem" ? "QuotaExceededError" : "SecurityError";
    throw new DOMException(`${method} refused`, name);
  }
  get length() {
    return this.data.size;
  }
  key(index: number) {
    return [...this.data.keys()][index] ?? null;
  }
  getItem(key: string) {
    this.error("getItem");
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.error("setItem");
    this.data.set(key, String(value));
  }
  removeItem(key: string) {
    this.error("removeItem");
    this.data.delete(key);
  }
  clear() {
    this.data.clear();
  }
}

afterEach(() => {
  window.sessionStorage.clear();
});

describe("createTokenStorage with working storage", () => {
  it("uses the storage under portal:token and round-trips", () => {
    const backing = new MemoryStorage();
    const storage = createTokenStorage(() => backing);
    expect(storage.kind).toBe("session");
    expect(storage.read()).toBeNull();

    storage.write("tok-1");
    expect(backing.data.get(TOKEN_STORAGE_KEY)).toBe("tok-1");
    expect(storage.read()).toBe("tok-1");

    storage.clear();
    expect(backing.data.has(TOKEN_STORAGE_KEY)).toBe(false);
    expect(storage.read()).toBeNull();
  });

  it("leaves no probe key behind", () => {
    const backing = new MemoryStorage();
    createTokenStorage(() => backing);
    expect(backing.length).toBe(0);
  });

  it("reads a token a previous page load stored (a reload of the tab)", () => {
    const backing = new MemoryStorage();
    backing.setItem(TOKEN_STORAGE_KEY, "from-before-reload");
    expect(createTokenStorage(() => backing).read()).toBe("from-before-reload");
  });

  it("defaults to jsdom's window.sessionStorage", () => {
    const storage = createTokenStorage();
    expect(storage.kind).toBe("session");
    storage.write("jsdom-token");
    expect(window.sessionStorage.getItem(TOKEN_STORAGE_KEY)).toBe("jsdom-token");
    expect(createTokenStorage().read()).toBe("jsdom-token");
    storage.clear();
    expect(window.sessionStorage.getItem(TOKEN_STORAGE_KEY)).toBeNull();
  });
});

describe("createTokenStorage fallback to memory", () => {
  it("falls back when the storage getter throws (blocked in a cross-site iframe)", () => {
    const storage = createTokenStorage(() => {
      throw new DOMException("The operation is insecure.", "SecurityError");
    });
    expect(storage.kind).toBe("memory");
    expect(storage.read()).toBeNull();
    storage.write("mem-token");
    expect(storage.read()).toBe("mem-token");
    storage.clear();
    expect(storage.read()).toBeNull();
  });

  it("falls back when the storage object exists but every access throws (partitioned or blocked)", () => {
    const backing = new MemoryStorage();
    backing.fail.add("getItem").add("setItem").add("removeItem");
    const storage = createTokenStorage(() => backing);
    expect(storage.kind).toBe("memory");
    expect(() => storage.read()).not.toThrow();
    expect(storage.read()).toBeNull();
    storage.write("mem-token");
    expect(storage.read()).toBe("mem-token");
    storage.clear();
    expect(storage.read()).toBeNull();
    expect(backing.length).toBe(0);
  });

  it("keeps working when only reads throw (writes pass the probe)", () => {
    const backing = new MemoryStorage();
    backing.fail.add("getItem");
    const storage = createTokenStorage(() => backing);
    storage.write("live-token");
    expect(() => storage.read()).not.toThrow();
    expect(storage.read()).toBe("live-token");
    expect(storage.kind).toBe("memory");
  });

  it("falls back when the probe write fails", () => {
    const backing = new MemoryStorage();
    backing.fail.add("setItem");
    const storage = createTokenStorage(() => backing);
    expect(storage.kind).toBe("memory");
    storage.write("mem-token");
    expect(storage.read()).toBe("mem-token");
    expect(backing.length).toBe(0);
  });

  it("keeps the value in memory when setItem starts throwing QuotaExceededError later", () => {
    const backing = new MemoryStorage();
    const storage = createTokenStorage(() => backing);
    storage.write("first");
    expect(storage.kind).toBe("session");

    backing.fail.add("setItem");
    expect(() => storage.write("second")).not.toThrow();
    expect(storage.kind).toBe("memory");
    expect(storage.read()).toBe("second");
    // The stale token in storage is no longer consulted.
    expect(backing.data.get(TOKEN_STORAGE_KEY)).toBe("first");
  });

  it("falls back without throwing when getItem throws mid-session", () => {
    const backing = new MemoryStorage();
    const storage = createTokenStorage(() => backing);
    storage.write("live-token");

    backing.fail.add("getItem");
    expect(() => storage.read()).not.toThrow();
    expect(storage.kind).toBe("memory");
    expect(storage.read()).toBe("live-token");

    storage.write("next-token");
    expect(storage.read()).toBe("next-token");
  });

  it("falls back without throwing when removeItem throws, and the token is gone", () => {
    const backing = new MemoryStorage();
    const storage = createTokenStorage(() => backing);
    storage.write("live-token");

    backing.fail.add("removeItem");
    expect(() => storage.clear()).not.toThrow();
    expect(storage.kind).toBe("memory");
    expect(storage.read()).toBeNull();
  });
});
