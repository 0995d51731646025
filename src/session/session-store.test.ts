import { UnsecuredJWT } from "jose";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createSessionStore, DEFAULT_WARN_BEFORE_MS, type SessionState } from "./session-store";
import { createTokenStorage, TOKEN_STORAGE_KEY, type TokenStorage } from "./token-storage";

const NOW = Date.UTC(2030, 5, 1, 9, 0, 0);
const MINUTE = 60_000;

/** A token for `tenant` that expires `inMs` from the fake clock's start (whole seconds). */
function token(tenant: string, inMs?: number) {
  const jwt = new UnsecuredJWT({ sub: tenant });
  if (inMs !== undefined) jwt.setExpirationTime((NOW + inMs) / 1000);
  return jwt.encode();
}

function memoryStorage(): TokenStorage {
  return createTokenStorage(() => {
    throw new Error("no storage");
  });
}

function setup(options: { warnBeforeMs?: number; storage?: TokenStorage } = {}) {
  const storage = options.storage ?? memoryStorage();
  const onTenantChange = vi.fn<(tenantId: string) => void>();
  const store = createSessionStore({
    storage,
    now: () => Date.now(),
    warnBeforeMs: options.warnBeforeMs,
    onTenantChange,
  });
  const states: SessionState[] = [];
  store.subscribe(() => states.push(store.get()));
  return { store, storage, onTenantChange, states };
}

beforeEach(() => {
  vi.useFakeTimers({ now: NOW });
});
afterEach(() => {
  vi.useRealTimers();
  window.sessionStorage.clear();
});

describe("createSessionStore", () => {
  it("starts ended with problem missing", () => {
    const { store } = setup();
    expect(store.get()).toEqual({ status: "ended", problem: "missing" });
  });

  it("activates and stores a valid token", () => {
    const { store, storage, states } = setup();
    const t = token("tenant_a", 60 * MINUTE);
    const check = store.start(t);
    expect(check.ok).toBe(true);
    expect(store.get()).toEqual({
      status: "active",
      session: { token: t, tenantId: "tenant_a", expiresAt: NOW + 60 * MINUTE },
      expiring: false,
    });
    expect(storage.read()).toBe(t);
    expect(states).toHaveLength(1);
  });

  it("writes through to sessionStorage under portal:token", () => {
    const { store } = setup({ storage: createTokenStorage() });
    const t = token("tenant_a", 60 * MINUTE);
    store.start(t);
    expect(window.sessionStorage.getItem(TOKEN_STORAGE_KEY)).toBe(t);
    store.end("unauthorized");
    expect(window.sessionStorage.getItem(TOKEN_STORAGE_KEY)).toBeNull();
  });

  it.each([
    ["malformed", "garbage"],
    ["expired", token("tenant_a", -MINUTE)],
    ["missing", "  "],
  ] as const)("ends with %s for a token that can't work and clears storage", (problem, bad) => {
    const { store, storage } = setup();
    store.start(token("tenant_a", 60 * MINUTE));
    expect(storage.read()).not.toBeNull();

    expect(store.start(bad)).toEqual({ ok: false, problem });
    expect(store.get()).toEqual({ status: "ended", problem });
    expect(storage.read()).toBeNull();
  });

  it("clears a stale stored token when started with nothing", () => {
    const { store, storage } = setup();
    storage.write("left-over");
    store.start(null);
    expect(store.get()).toEqual({ status: "ended", problem: "missing" });
    expect(storage.read()).toBeNull();
  });

  it("flips expiring exactly at exp - warnBeforeMs and notifies", () => {
    const { store, states } = setup();
    store.start(token("tenant_a", 10 * MINUTE));
    vi.advanceTimersByTime(10 * MINUTE - DEFAULT_WARN_BEFORE_MS - 1);
    expect(store.get()).toMatchObject({ status: "active", expiring: false });

    vi.advanceTimersByTime(1);
    expect(store.get()).toMatchObject({ status: "active", expiring: true });
    expect(states.at(-1)).toMatchObject({ status: "active", expiring: true });
  });

  it("honours a custom warnBeforeMs", () => {
    const { store } = setup({ warnBeforeMs: 30_000 });
    store.start(token("tenant_a", 2 * MINUTE));
    expect(store.get()).toMatchObject({ expiring: false });
    vi.advanceTimersByTime(90_000 - 1);
    expect(store.get()).toMatchObject({ expiring: false });
    vi.advanceTimersByTime(1);
    expect(store.get()).toMatchObject({ expiring: true });
  });

  it("ends as expired at exp and clears storage", () => {
    const { store, storage, states } = setup();
    store.start(token("tenant_a", 10 * MINUTE));
    vi.advanceTimersByTime(10 * MINUTE - 1);
    expect(store.get().status).toBe("active");

    vi.advanceTimersByTime(1);
    expect(store.get()).toEqual({ status: "ended", problem: "expired" });
    expect(storage.read()).toBeNull();
    expect(states.map((s) => s.status)).toEqual(["active", "active", "ended"]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("starts expiring when the token is already inside the warning window", () => {
    const { store } = setup();
    store.start(token("tenant_a", 2 * MINUTE));
    expect(store.get()).toMatchObject({ status: "active", expiring: true });
    vi.advanceTimersByTime(2 * MINUTE);
    expect(store.get()).toEqual({ status: "ended", problem: "expired" });
  });

  it("sets no timers and never expires a token without exp", () => {
    const { store } = setup();
    store.start(token("tenant_a"));
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(365 * 24 * 60 * MINUTE);
    expect(store.get()).toMatchObject({ status: "active", expiring: false });
  });

  it("keeps a long-lived token (beyond setTimeout's 24.8-day limit) active until its exp", () => {
    const DAY = 24 * 60 * MINUTE;
    const { store } = setup();
    store.start(token("tenant_a", 30 * DAY));
    vi.advanceTimersByTime(1000);
    expect(store.get()).toMatchObject({ status: "active", expiring: false });

    vi.advanceTimersByTime(30 * DAY - DEFAULT_WARN_BEFORE_MS - 1000 - 1);
    expect(store.get()).toMatchObject({ status: "active", expiring: false });
    vi.advanceTimersByTime(1);
    expect(store.get()).toMatchObject({ status: "active", expiring: true });
    vi.advanceTimersByTime(DEFAULT_WARN_BEFORE_MS);
    expect(store.get()).toEqual({ status: "ended", problem: "expired" });
  });

  it("end() clears storage, notifies subscribers and stops the timers", () => {
    const { store, storage } = setup();
    store.start(token("tenant_a", 10 * MINUTE));
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);

    store.end("unauthorized");
    expect(store.get()).toEqual({ status: "ended", problem: "unauthorized" });
    expect(storage.read()).toBeNull();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);

    // The same end again changes nothing and does not notify.
    store.end("unauthorized");
    expect(listener).toHaveBeenCalledTimes(1);

    unsubscribe();
    store.start(token("tenant_a", 10 * MINUTE));
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it("reports a switch to another tenant, also with an ended session in between", () => {
    const { store, onTenantChange } = setup();
    store.start(token("tenant_a", 60 * MINUTE));
    expect(onTenantChange).not.toHaveBeenCalled();

    store.start(token("tenant_b", 60 * MINUTE));
    expect(onTenantChange).toHaveBeenCalledTimes(1);
    expect(onTenantChange).toHaveBeenLastCalledWith("tenant_b");

    store.end("unauthorized");
    store.start(token("tenant_c", 60 * MINUTE));
    expect(onTenantChange).toHaveBeenCalledTimes(2);
    expect(onTenantChange).toHaveBeenLastCalledWith("tenant_c");
  });

  it("does not report a new token for the same tenant", () => {
    const { store, onTenantChange } = setup();
    store.start(token("tenant_a", 30 * MINUTE));
    store.start(token("tenant_a", 60 * MINUTE));
    store.end("expired");
    store.start(token("tenant_a", 90 * MINUTE));
    expect(onTenantChange).not.toHaveBeenCalled();
  });

  it("cancels the old session's timers when a new token replaces it", () => {
    const { store } = setup();
    store.start(token("tenant_a", 10 * MINUTE));
    const fresh = token("tenant_a", 60 * MINUTE);
    store.start(fresh);

    // Past the old token's warning and expiry: the new session is untouched.
    vi.advanceTimersByTime(20 * MINUTE);
    expect(store.get()).toEqual({
      status: "active",
      session: { token: fresh, tenantId: "tenant_a", expiresAt: NOW + 60 * MINUTE },
      expiring: false,
    });
    expect(vi.getTimerCount()).toBe(2);

    vi.advanceTimersByTime(40 * MINUTE);
    expect(store.get()).toEqual({ status: "ended", problem: "expired" });
  });
});
