/*
 * PortalEmbed: embeds the tenant portal in a page of the host product.
 * Plain ES2019, no dependencies, no build step.
 *
 *   const portal = PortalEmbed.mount(document.getElementById("portal"), {
 *     url: portalUrlFromYourBackend, // the redirect_url Outpost minted
 *     onSessionExpired: async () => (await fetch("/portal-url")).text(), // a new URL or token
 *   });
 *   portal.setTheme("dark");
 *   portal.setLocale("de"); // the host's language, live
 *
 * Messages are accepted only from the portal's origin and its iframe, and sent
 * to the portal's origin only. The portal must list this page's origin in
 * EMBED_ALLOWED_ORIGINS.
 */
(function (global) {
  "use strict";

  const THEMES = ["light", "dark", "system"];
  /** A BCP 47 language tag ("de", "pt-BR"); the portal falls back to its next choice for ones it lacks. */
  const LOCALE_TAG = /^[a-z]{2,3}([-_][a-z0-9]{1,8})*$/i;
  const DEFAULT_TITLE = "Event destinations";
  const INITIAL_HEIGHT = 480;
  const MAX_HEIGHT = 100000;
  /**
   * A session that ends again within RENEW_FAILED_MS of a renewal counts as a
   * failed renewal (a bad token from the host); failed renewals back off:
   * 5 s, 10 s, 20 s, 40 s, then once a minute, so a broken host cannot loop.
   */
  const RENEW_BACKOFF_MS = [0, 5000, 10000, 20000, 40000, 60000];
  const RENEW_FAILED_MS = 10000;

  function isRecord(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
  }

  /** A path inside the portal: one leading "/", no "//", "\" or control characters. */
  function isPortalPath(path) {
    return (
      typeof path === "string" &&
      path.length <= 2048 &&
      path.charAt(0) === "/" &&
      path.charAt(1) !== "/" &&
      path.indexOf("\\") === -1 &&
      // eslint-disable-next-line no-control-regex -- control characters are what is refused
      !/[\u0000-\u0020\u007f-\u009f]/.test(path)
    );
  }

  /** The token in what onSessionExpired returned: a portal URL with ?token=, or a bare token. */
  function tokenFrom(value) {
    if (typeof value !== "string") return null;
    const text = value.trim();
    if (text === "") return null;
    if (/^[\w-]+\.[\w-]+\.[\w-]*$/.test(text)) return text;
    try {
      return new URL(text, global.location.href).searchParams.get("token");
    } catch {
      return null;
    }
  }

  function report(error) {
    if (typeof global.reportError === "function") global.reportError(error);
    else if (global.console) global.console.error(error);
  }

  function call(callback, value) {
    if (typeof callback !== "function") return;
    try {
      callback(value);
    } catch (error) {
      report(error);
    }
  }

  /**
   * Creates the portal's iframe in `container`.
   * Options: url (required), title, theme ("light" | "dark" | "system"), locale ("de", "ar"…),
   * onSessionExpired (returns, or resolves to, a new portal URL or token),
   * onReady({ tenantId, theme }), onNavigate(path), onSessionExpiring(expiresAt).
   */
  function mount(container, options) {
    if (!container || typeof container.appendChild !== "function") {
      throw new TypeError("PortalEmbed.mount: container must be a DOM element");
    }
    const settings = options || {};
    const url = new URL(String(settings.url || ""), global.location.href);
    if (url.protocol !== "https:" && url.protocol !== "http:") {
      throw new TypeError("PortalEmbed.mount: url must be an http(s) URL");
    }
    if (settings.theme !== undefined) {
      if (THEMES.indexOf(settings.theme) === -1) {
        throw new TypeError('PortalEmbed.mount: theme must be "light", "dark" or "system"');
      }
      url.searchParams.set("theme", settings.theme);
    }
    if (settings.locale !== undefined) {
      if (typeof settings.locale !== "string" || !LOCALE_TAG.test(settings.locale)) {
        throw new TypeError('PortalEmbed.mount: locale must be a language tag such as "de"');
      }
      url.searchParams.set("locale", settings.locale);
    }
    const portalOrigin = url.origin;

    const iframe = global.document.createElement("iframe");
    iframe.title = settings.title || DEFAULT_TITLE;
    iframe.setAttribute("allow", "clipboard-write");
    iframe.setAttribute("referrerpolicy", "no-referrer");
    iframe.style.display = "block";
    iframe.style.width = "100%";
    iframe.style.border = "0";
    iframe.style.height = INITIAL_HEIGHT + "px";
    iframe.src = url.href;

    let ready = false;
    let destroyed = false;
    /** Messages sent before the portal is listening, last of each type. */
    let pending = [];
    let renewing = false;
    let renewTimer = null;
    let renewAttempts = 0;
    let lastRenewAt = 0;

    function post(message) {
      if (destroyed) return;
      if (!ready) {
        pending = pending.filter((queued) => queued.type !== message.type).concat([message]);
        return;
      }
      // The portal's origin, never "*": if the frame has navigated elsewhere the browser drops it.
      if (iframe.contentWindow) iframe.contentWindow.postMessage(message, portalOrigin);
    }

    function renew() {
      if (destroyed || renewing || renewTimer !== null) return;
      if (typeof settings.onSessionExpired !== "function") return;
      const now = Date.now();
      if (now - lastRenewAt > RENEW_FAILED_MS) renewAttempts = 0;
      const delay = RENEW_BACKOFF_MS[Math.min(renewAttempts, RENEW_BACKOFF_MS.length - 1)];
      const wait = lastRenewAt + delay - now;
      if (wait > 0) {
        renewTimer = global.setTimeout(() => {
          renewTimer = null;
          renew();
        }, wait);
        return;
      }
      renewing = true;
      renewAttempts += 1;
      lastRenewAt = now;
      Promise.resolve()
        .then(() => settings.onSessionExpired())
        .then((result) => {
          const token = tokenFrom(result);
          if (token) setToken(token);
          else if (result != null) report(new Error("PortalEmbed: onSessionExpired gave no token"));
        })
        .catch(report)
        .then(() => {
          renewing = false;
        });
    }

    function onMessage(event) {
      if (event.origin !== portalOrigin || event.source !== iframe.contentWindow) return;
      const data = event.data;
      if (!isRecord(data) || typeof data.type !== "string") return;
      switch (data.type) {
        case "portal:ready": {
          ready = true;
          const queued = pending;
          pending = [];
          queued.forEach(post);
          call(settings.onReady, {
            tenantId: typeof data.tenantId === "string" ? data.tenantId : null,
            theme: data.theme === "dark" ? "dark" : "light",
          });
          break;
        }
        case "portal:resize":
          if (typeof data.height === "number" && data.height >= 0 && data.height <= MAX_HEIGHT) {
            iframe.style.height = Math.ceil(data.height) + "px";
          }
          break;
        case "portal:navigate":
          if (isPortalPath(data.path)) call(settings.onNavigate, data.path);
          break;
        case "portal:session-expiring":
          if (typeof data.expiresAt === "number") call(settings.onSessionExpiring, data.expiresAt);
          break;
        case "portal:session-expired":
          renew();
          break;
        default:
        // Unknown messages are ignored.
      }
    }

    function setTheme(theme) {
      if (THEMES.indexOf(theme) === -1) {
        throw new TypeError('PortalEmbed: theme must be "light", "dark" or "system"');
      }
      post({ type: "portal:set-theme", theme: theme });
    }

    function setLocale(locale) {
      if (typeof locale !== "string" || !LOCALE_TAG.test(locale) || locale.length > 35) {
        throw new TypeError('PortalEmbed: locale must be a language tag such as "de"');
      }
      post({ type: "portal:set-locale", locale: locale });
    }

    function navigate(path) {
      if (!isPortalPath(path)) {
        throw new TypeError('PortalEmbed: path must start with a single "/"');
      }
      post({ type: "portal:navigate", path: path });
    }

    function setToken(token) {
      if (typeof token !== "string" || token.trim() === "") {
        throw new TypeError("PortalEmbed: token must be a non-empty string");
      }
      post({ type: "portal:set-token", token: token.trim() });
    }

    function destroy() {
      if (destroyed) return;
      destroyed = true;
      pending = [];
      global.removeEventListener("message", onMessage);
      if (renewTimer !== null) global.clearTimeout(renewTimer);
      if (iframe.parentNode) iframe.parentNode.removeChild(iframe);
    }

    global.addEventListener("message", onMessage);
    container.appendChild(iframe);

    return {
      iframe: iframe,
      origin: portalOrigin,
      setTheme: setTheme,
      setLocale: setLocale,
      navigate: navigate,
      setToken: setToken,
      destroy: destroy,
    };
  }

  global.PortalEmbed = { mount: mount };
})(window);
