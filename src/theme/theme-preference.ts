import { useSyncExternalStore } from "react";
import { isThemePreference, type Theme, type ThemePreference } from "./theme-values";

export { isThemePreference, type Theme, type ThemePreference };

export const THEME_STORAGE_KEY = "portal:theme";

/**
 * Forced theme beats the link's `?theme=`, which beats the user's last choice.
 * index.html runs the same rule before first paint (BOOT:THEME); a test keeps them equal.
 */
export function pickPreference(sources: {
  forced: unknown;
  fromUrl: unknown;
  stored: unknown;
}): ThemePreference {
  if (isThemePreference(sources.forced)) return sources.forced;
  if (isThemePreference(sources.fromUrl)) return sources.fromUrl;
  if (isThemePreference(sources.stored)) return sources.stored;
  return "system";
}

export function resolveTheme(preference: ThemePreference, systemDark: boolean): Theme {
  if (preference === "system") return systemDark ? "dark" : "light";
  return preference;
}

interface ThemeState {
  preference: ThemePreference;
  theme: Theme;
  forced: boolean;
}

type Listener = () => void;

export interface ThemeStore {
  get(): ThemeState;
  subscribe(listener: Listener): () => void;
  setPreference(preference: ThemePreference): void;
}

function readStored(): string | null {
  try {
    return window.localStorage.getItem(THEME_STORAGE_KEY);
  } catch {
    return null;
  }
}

function writeStored(preference: ThemePreference) {
  try {
    window.localStorage.setItem(THEME_STORAGE_KEY, preference);
  } catch {
    // Storage can be blocked in third-party iframes; the choice then lasts for this page only.
  }
}

/** Keeps `?theme=` in the address bar equal to the choice, so a reload shows the same theme. */
function writeUrl(preference: ThemePreference) {
  const url = new URL(window.location.href);
  if (url.searchParams.get("theme") === preference) return;
  url.searchParams.set("theme", preference);
  window.history.replaceState(window.history.state, "", url);
}

export function createThemeStore(forcedTheme: ThemePreference | null): ThemeStore {
  const media = window.matchMedia("(prefers-color-scheme: dark)");
  const listeners = new Set<Listener>();
  const forced = forcedTheme !== null;
  let preference = pickPreference({
    forced: forcedTheme,
    fromUrl: new URLSearchParams(window.location.search).get("theme"),
    stored: readStored(),
  });
  let state: ThemeState = { preference, theme: resolveTheme(preference, media.matches), forced };

  const apply = () => {
    const theme = resolveTheme(preference, media.matches);
    const root = document.documentElement;
    root.dataset.theme = theme;
    root.style.colorScheme = theme;
    if (state.theme !== theme || state.preference !== preference) {
      state = { preference, theme, forced };
      listeners.forEach((listener) => listener());
    }
  };

  media.addEventListener("change", apply);
  apply();
  if (!forced) writeStored(preference);

  return {
    get: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setPreference(next) {
      if (forced) return;
      preference = next;
      writeStored(next);
      writeUrl(next);
      apply();
    },
  };
}

let store: ThemeStore | null = null;

export function initThemeStore(forcedTheme: ThemePreference | null): ThemeStore {
  store = createThemeStore(forcedTheme);
  return store;
}

export function themeStore(): ThemeStore {
  if (!store) throw new Error("initThemeStore() must run before the app renders");
  return store;
}

export function useTheme() {
  const current = themeStore();
  const state = useSyncExternalStore(current.subscribe, current.get, current.get);
  return { ...state, setPreference: current.setPreference };
}
