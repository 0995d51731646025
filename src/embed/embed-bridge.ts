// Types only from the first screen's modules: a runtime import would split them into extra
// chunks that every page downloads (see scripts/bundle-budget.mjs). boot.ts passes them in.
import type { SessionState, SessionStore } from "@/session/session-store";
import type { ThemeStore } from "@/theme/theme-preference";
import type { RouterChannel } from "./router-channel";
import { setLocale } from "@/i18n/set-locale";
import { RELOAD_NEEDED_EVENT } from "./embedded";
import {
  currentPortalPath,
  normalizePortalPath,
  parseHostMessage,
  portalUrlFor,
  type HostMessage,
  type PortalMessage,
} from "./embed-protocol";
import { isAllowedOrigin, reportedParentOrigin, targetOrigins } from "./host-origins";

/*
 * Loaded only when the portal is framed and EMBED_ALLOWED_ORIGINS is set
 * (see boot.ts): wires the session, theme and locale and the router to
 * postMessage, in both directions, with allowlisted origins only.
 */

/**
 * Applied while a host sizes the iframe to the content: screens that fill
 * the viewport (min-h-dvh) would otherwise never let the frame get smaller, since
 * the viewport is the frame. Unlayered, so it wins over Tailwind's layers.
 */
export const AUTOSIZE_ATTRIBUTE = "data-embedded";
const AUTOSIZE_CSS = `html[${AUTOSIZE_ATTRIBUTE}] body,html[${AUTOSIZE_ATTRIBUTE}] #root>*{min-height:0}`;

export interface EmbedBridgeOptions {
  /** EMBED_ALLOWED_ORIGINS. */
  allowedOrigins: readonly string[];
  session: SessionStore;
  theme: Pick<ThemeStore, "get" | "setPreference">;
  /** Switches the portal's language live (default: src/i18n's; unknown locales change nothing). */
  locale?: { set(locale: string): unknown };
  /** The host window; messages are accepted from it only. */
  parent?: Window;
  /** The window the portal runs in. */
  win?: Window;
  /** The parent's origin as the browser reports it (null: unknown). */
  parentOrigin?: string | null;
  /** The portal's router: the bridge navigates and observes routes through it only. */
  router: RouterChannel;
  /** The element whose height is the content height. */
  root?: HTMLElement | null;
  ResizeObserver?: typeof ResizeObserver;
}

/** Only for parsing portal paths; never requested. */
const PATH_ORIGIN = "http://portal.invalid";

export interface EmbedBridge {
  stop(): void;
}

export function startEmbedBridge(options: EmbedBridgeOptions): EmbedBridge {
  const win = options.win ?? window;
  const parent = options.parent ?? win.parent;
  const doc = win.document;
  const { allowedOrigins, session, theme, router } = options;
  const locale = options.locale ?? { set: setLocale };
  const root = options.root ?? doc.getElementById("root") ?? doc.body;
  const Observer =
    options.ResizeObserver ?? (typeof ResizeObserver === "function" ? ResizeObserver : null);
  /** Becomes the verified origin of the first accepted host message. */
  let parentOrigin =
    options.parentOrigin !== undefined ? options.parentOrigin : reportedParentOrigin(win.location);
  const cleanups: (() => void)[] = [];
  /** Nothing but `portal:ready` goes out before it; then the current route, size and session follow. */
  let ready = false;

  const post = (message: PortalMessage) => {
    for (const origin of targetOrigins(allowedOrigins, parentOrigin)) {
      // targetOrigins() only ever yields allowlisted origins, never "*".
      parent.postMessage(message, origin);
    }
  };

  // Session: warn the host before expiry, tell it when the session is gone.
  let lastState: SessionState = session.get();
  let warnedFor: unknown = null;
  const reportSession = (state: SessionState, previous: SessionState | null) => {
    if (state.status === "active") {
      if (state.expiring && state.session.expiresAt !== null && warnedFor !== state.session) {
        warnedFor = state.session;
        post({ type: "portal:session-expiring", expiresAt: state.session.expiresAt });
      }
      return;
    }
    if (previous === null || previous.status === "active" || previous.problem !== state.problem) {
      post({ type: "portal:session-expired" });
    }
  };
  cleanups.push(
    session.subscribe(() => {
      const state = session.get();
      if (state === lastState) return;
      const previous = lastState;
      lastState = state;
      if (ready) reportSession(state, previous);
    }),
  );

  // Routes: report every change of path or query.
  let lastPath: string | null = null;
  const reportRoute = () => {
    const current = router.current();
    if (!ready || current === null) return;
    const path = currentPortalPath(new URL(current, PATH_ORIGIN), "");
    if (path === lastPath) return;
    lastPath = path;
    post({ type: "portal:navigate", path });
  };
  cleanups.push(router.subscribe(reportRoute));

  // A deploy replaced the portal's code: the host owns the frame, so it reloads it.
  const reloadNeeded = () => {
    if (ready) post({ type: "portal:reload-needed" });
  };
  win.addEventListener(RELOAD_NEEDED_EVENT, reloadNeeded);
  cleanups.push(() => win.removeEventListener(RELOAD_NEEDED_EVENT, reloadNeeded));

  // Size: the content's height, never the viewport's, so resizing the frame feeds nothing back.
  const html = doc.documentElement;
  const style = doc.createElement("style");
  style.textContent = AUTOSIZE_CSS;
  doc.head.appendChild(style);
  html.setAttribute(AUTOSIZE_ATTRIBUTE, "");
  cleanups.push(() => {
    style.remove();
    html.removeAttribute(AUTOSIZE_ATTRIBUTE);
  });
  let lastHeight = -1;
  const reportSize = () => {
    // An empty root is a screen between lazy chunks (Suspense fallback): keep the last height.
    if (!ready || root.childElementCount === 0) return;
    const height = Math.ceil(Math.max(root.scrollHeight, root.getBoundingClientRect().height));
    if (height === lastHeight) return;
    lastHeight = height;
    post({ type: "portal:resize", height });
  };
  if (Observer) {
    const observer = new Observer(reportSize);
    observer.observe(root);
    observer.observe(doc.body);
    cleanups.push(() => observer.disconnect());
  }

  // Host → portal.
  const apply = (message: HostMessage) => {
    switch (message.type) {
      case "portal:set-theme":
        // Ignored by the store when FORCE_THEME is set.
        theme.setPreference(message.theme);
        return;
      case "portal:set-locale":
        locale.set(message.locale);
        return;
      case "portal:set-token": {
        const before = session.get();
        const previousTenant = before.status === "active" ? before.session.tenantId : null;
        const check = session.start(message.token);
        // Another tenant's pages (a destination id, an attempt) don't exist for the new one: go home.
        if (check.ok && previousTenant !== null && check.session.tenantId !== previousTenant) {
          router.navigate("/");
        }
        // A refused token that changes nothing (already ended the same way) still gets an answer.
        if (!check.ok && ready && session.get() === before)
          post({ type: "portal:session-expired" });
        return;
      }
      case "portal:navigate": {
        // Normalised first, then checked: the router keeps every path below the base.
        const path = normalizePortalPath(message.path);
        const target = path === null ? null : portalUrlFor(path, "", PATH_ORIGIN);
        if (target === null || target === router.current()) return;
        try {
          router.navigate(target);
        } catch {
          // A path the browser still refuses (SecurityError) changes nothing.
        }
        return;
      }
    }
  };
  const onMessage = (event: MessageEvent) => {
    if (event.source !== parent || event.source === win) return;
    if (!isAllowedOrigin(event.origin, allowedOrigins)) return;
    const message = parseHostMessage(event.data);
    if (!message) return;
    // Verified: from now on, post to this origin alone.
    parentOrigin = event.origin;
    apply(message);
  };
  win.addEventListener("message", onMessage);
  cleanups.push(() => win.removeEventListener("message", onMessage));

  // Ready once something has rendered (the session-ended page arrives lazily).
  const announce = () => {
    if (ready || root.childElementCount === 0) return;
    ready = true;
    const state = session.get();
    lastState = state;
    post({
      type: "portal:ready",
      tenantId: state.status === "active" ? state.session.tenantId : null,
      theme: theme.get().theme,
    });
    reportRoute();
    reportSize();
    reportSession(state, null);
    mutations?.disconnect();
  };
  const mutations = typeof MutationObserver === "function" ? new MutationObserver(announce) : null;
  mutations?.observe(root, { childList: true });
  cleanups.push(() => mutations?.disconnect());
  announce();

  return {
    stop() {
      cleanups.splice(0).forEach((cleanup) => cleanup());
    },
  };
}
