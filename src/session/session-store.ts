import { useSyncExternalStore } from "react";
import { checkToken, type Session, type SessionProblem, type TokenCheck } from "./token";
import type { TokenStorage } from "./token-storage";

export type SessionState =
  | { status: "active"; session: Session; expiring: boolean }
  | { status: "ended"; problem: SessionProblem };

export interface SessionStoreOptions {
  storage: TokenStorage;
  now?: () => number;
  /** How long before `exp` the user is warned. */
  warnBeforeMs?: number;
  /** Called when a token for another tenant replaces the session (drop its cached data). */
  onTenantChange?: (tenantId: string) => void;
}

export interface SessionStore {
  get(): SessionState;
  subscribe(listener: () => void): () => void;
  /** Starts (or replaces) the session with a token; refuses tokens that can't work. */
  start(token: string | null): TokenCheck;
  end(problem: SessionProblem): void;
  /** The tenant of the last session that started, even once it has ended. */
  lastTenantId(): string | null;
}

export const DEFAULT_WARN_BEFORE_MS = 5 * 60_000;
const MAX_TIMER_DELAY_MS = 2 ** 31 - 1;

export function createSessionStore({
  storage,
  now = Date.now,
  warnBeforeMs = DEFAULT_WARN_BEFORE_MS,
  onTenantChange,
}: SessionStoreOptions): SessionStore {
  const listeners = new Set<() => void>();
  let state: SessionState = { status: "ended", problem: "missing" };
  let timers: ReturnType<typeof setTimeout>[] = [];
  let lastTenantId: string | null = null;

  const set = (next: SessionState) => {
    state = next;
    listeners.forEach((listener) => listener());
  };
  const clearTimers = () => {
    timers.forEach(clearTimeout);
    timers = [];
  };
  /** Runs `run` at `time`; delays past setTimeout's limit (~24.8 days) would fire at once. */
  const at = (time: number, run: () => void) => {
    const wait = time - now();
    timers.push(
      wait > MAX_TIMER_DELAY_MS
        ? setTimeout(() => at(time, run), MAX_TIMER_DELAY_MS)
        : setTimeout(run, Math.max(0, wait)),
    );
  };
  const schedule = (session: Session) => {
    clearTimers();
    if (session.expiresAt === null) return;
    at(session.expiresAt - warnBeforeMs, () => {
      if (state.status === "active" && state.session === session) {
        set({ status: "active", session, expiring: true });
      }
    });
    at(session.expiresAt, () => {
      if (state.status === "active" && state.session === session) store.end("expired");
    });
  };

  const store: SessionStore = {
    get: () => state,
    lastTenantId: () => lastTenantId,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start(token) {
      const check = checkToken(token, now());
      if (!check.ok) {
        store.end(check.problem);
        return check;
      }
      storage.write(check.session.token);
      if (lastTenantId !== null && lastTenantId !== check.session.tenantId) {
        onTenantChange?.(check.session.tenantId);
      }
      lastTenantId = check.session.tenantId;
      const expiring =
        check.session.expiresAt !== null && check.session.expiresAt - now() <= warnBeforeMs;
      set({ status: "active", session: check.session, expiring });
      schedule(check.session);
      return check;
    },
    end(problem) {
      clearTimers();
      storage.clear();
      if (state.status === "ended" && state.problem === problem) return;
      set({ status: "ended", problem });
    },
  };
  return store;
}

let current: SessionStore | null = null;

export function setSessionStore(store: SessionStore) {
  current = store;
}

export function sessionStore(): SessionStore {
  if (!current) throw new Error("setSessionStore() must run before the app renders");
  return current;
}

export function useSessionState(): SessionState {
  const store = sessionStore();
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}

/** The tenant of the active session; only for components rendered inside the session gate. */
export function useTenantId(): string {
  const state = useSessionState();
  if (state.status !== "active") throw new Error("useTenantId() outside an active session");
  return state.session.tenantId;
}
