import { afterEach, describe, expect, it, vi } from "vitest";
import { claimExitRedirect, exitUrl, REDIRECT_GUARD_MS } from "./exit-redirect";

const T0 = Date.UTC(2030, 0, 1);

afterEach(() => {
  vi.restoreAllMocks();
  window.sessionStorage.clear();
});

describe("exitUrl", () => {
  it("prefers the refresh URL", () => {
    expect(
      exitUrl({ refreshUrl: "https://host.example/refresh", refererUrl: "https://host.example/" }),
    ).toBe("https://host.example/refresh");
  });

  it("falls back to the referer URL", () => {
    expect(exitUrl({ refreshUrl: null, refererUrl: "https://host.example/app" })).toBe(
      "https://host.example/app",
    );
  });

  it("is null when the host gave neither", () => {
    expect(exitUrl({ refreshUrl: null, refererUrl: null })).toBeNull();
  });
});

describe("claimExitRedirect", () => {
  it("allows the first redirect, refuses another within the guard window, allows after it", () => {
    const store = window.sessionStorage;
    expect(claimExitRedirect(T0, store)).toBe(true);
    expect(claimExitRedirect(T0 + 1, store)).toBe(false);
    expect(claimExitRedirect(T0 + REDIRECT_GUARD_MS - 1, store)).toBe(false);
    expect(claimExitRedirect(T0 + REDIRECT_GUARD_MS, store)).toBe(true);
    // That one was recorded: the window starts again from it.
    expect(claimExitRedirect(T0 + REDIRECT_GUARD_MS + 1000, store)).toBe(false);
  });

  it("does not record a refused redirect", () => {
    const store = window.sessionStorage;
    claimExitRedirect(T0, store);
    claimExitRedirect(T0 + 30_000, store);
    expect(claimExitRedirect(T0 + REDIRECT_GUARD_MS, store)).toBe(true);
  });

  it("uses window.sessionStorage and Date.now() by default", () => {
    vi.spyOn(Date, "now").mockReturnValue(T0);
    expect(claimExitRedirect()).toBe(true);
    expect(claimExitRedirect()).toBe(false);
    expect(claimExitRedirect(T0, window.sessionStorage)).toBe(false);
  });

  it("allows the redirect when storage throws", () => {
    const throwing = {
      getItem: () => {
        throw new DOMException("blocked", "SecurityError");
      },
      setItem: () => {
        throw new DOMException("blocked", "SecurityError");
      },
    } as unknown as Storage;
    expect(claimExitRedirect(T0, throwing)).toBe(true);
    expect(claimExitRedirect(T0 + 1, throwing)).toBe(true);
  });

  it("allows the redirect when only the write throws", () => {
    const readOnly = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException("full", "QuotaExceededError");
      },
    } as unknown as Storage;
    expect(claimExitRedirect(T0, readOnly)).toBe(true);
  });

  it("allows the redirect without any storage", () => {
    expect(claimExitRedirect(T0, null)).toBe(true);
    expect(claimExitRedirect(T0 + 1, null)).toBe(true);
  });

  it("allows the redirect when window.sessionStorage itself throws", () => {
    vi.spyOn(window, "sessionStorage", "get").mockImplementation(() => {
      throw new DOMException("blocked", "SecurityError");
    });
    expect(claimExitRedirect(T0)).toBe(true);
  });
});
