import { createApiClient, setApiClient } from "@/api/client";
import { createQueryClient } from "@/api/query-client";
import { portalConfig } from "@/config/portal-config";
import { isEmbedded } from "@/embed/embedded";
import { takeTokenFromUrl } from "@/session/entry";
import { returnPending } from "@/session/return-pending";
import { createSessionStore, setSessionStore, type SessionStore } from "@/session/session-store";
import { createTokenStorage } from "@/session/token-storage";
import { initThemeStore } from "@/theme/theme-preference";
import { initLocale } from "@/i18n/i18n";
import { enterBase, routerBasename } from "./base-path";
import { applyFavicon } from "./document-branding";
import { createRouterChannel } from "@/embed/router-channel";

/**
 * Everything that must happen before the first render, in order: config,
 * locale, branding and theme (no flash), then the session — the token leaves the
 * address bar here, before any other code can read or log it.
 */
export async function boot() {
  const config = portalConfig();
  // <html lang dir> now; another locale's catalogue downloads alongside the rest of boot.
  const localeReady = initLocale(config.defaultLocale);
  if (config.brandColor) {
    // Only branded deployments download the colour maths; render waits so the first paint is branded.
    const { applyBrandColor } = await import("@/theme/brand-palette");
    applyBrandColor(config.brandColor);
  }
  applyFavicon(config);
  const theme = initThemeStore(config.forceTheme);

  const queryClient = createQueryClient();
  const storage = createTokenStorage();
  const session: SessionStore = createSessionStore({
    storage,
    onTenantChange: () => queryClient.clear(),
  });
  setSessionStore(session);
  session.subscribe(() => {
    if (session.get().status === "ended") queryClient.clear();
  });

  setApiClient(
    createApiClient({
      baseUrl: config.apiBaseUrl,
      getToken: () => {
        const state = session.get();
        return state.status === "active" ? state.session.token : null;
      },
      // A late 401 for a token that was already replaced (portal:set-token, a new link) is old news.
      onUnauthorized: (token) => {
        const state = session.get();
        if (state.status === "active" && (token === null || state.session.token === token))
          session.end("unauthorized");
      },
      deadlines: { readMs: config.readTimeoutMs, writeMs: config.writeTimeoutMs },
    }),
  );

  enterBase();
  const router = createRouterChannel();
  const fromUrl = takeTokenFromUrl();
  const started = session.start(fromUrl ?? storage.read());
  // Downloaded only when a session of this tab ended on some screen.
  if (started.ok && fromUrl && returnPending()) {
    const { returnAfterRenewal } = await import("@/session/return-path");
    returnAfterRenewal(started.session.tenantId, routerBasename());
  }
  // Framed by an allowed host: talk to it. Only then is the bridge downloaded.
  if (isEmbedded() && config.embedAllowedOrigins.length > 0)
    void import("@/embed/embed-bridge").then((bridge) =>
      bridge.startEmbedBridge({
        allowedOrigins: config.embedAllowedOrigins,
        session,
        theme,
        router,
      }),
    );
  // The first paint is in the chosen language: at most one small catalogue request.
  await localeReady;
  return { queryClient, session, router };
}
