import { Hono } from "hono";
import { SignJWT } from "jose";
import type { AppEnv } from "./auth.ts";
import type { Ctx, SandboxDeps } from "./routes/context.ts";
import { DEMO_TENANT_ID } from "./seed.ts";

/*
 * A demo host product that embeds the portal with /embed.js, for trying the
 * embedding protocol by hand. SANDBOX ONLY: /embed-demo/portal-url mints
 * portal links WITHOUT authentication, which is why it is mounted only with
 * demo data and mints links for the demo tenant alone.
 *
 * The page must run on another origin than the portal, as a real host does:
 * it is served at http://127.0.0.1:<port>/embed-demo and embeds the portal
 * from http://localhost:<port>/ (same server, different origin).
 */

export const DEMO_PATH = "/embed-demo";
const MIN_TTL_SECONDS = 10;
const MAX_TTL_SECONDS = 24 * 60 * 60;

/** The portal's origin for a demo page served at `pageUrl`: 127.0.0.1 ↔ localhost, same port. */
export function portalOriginFor(pageUrl: string): string {
  const url = new URL(pageUrl);
  if (url.hostname === "127.0.0.1") url.hostname = "localhost";
  return url.origin;
}

function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch] ?? ch,
  );
}

/** A tenant JWT like Outpost's, with a chosen lifetime (short ones show renewal at work). */
async function signDemoToken(secret: string, tenantId: string, nowMs: number, ttl: number) {
  const iat = Math.floor(nowMs / 1000);
  return new SignJWT({})
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setIssuer("outpost")
    .setSubject(tenantId)
    .setIssuedAt(iat)
    .setExpirationTime(iat + ttl)
    .sign(new TextEncoder().encode(secret));
}

function page(options: {
  portalOrigin: string;
  pageOrigin: string;
  embedJs: string;
  built: boolean;
}) {
  const { portalOrigin, pageOrigin, embedJs, built } = options;
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Embedding demo · Outpost sandbox</title>
    <link rel="stylesheet" href="${DEMO_PATH}/demo.css" />
    <script src="${escapeHtml(embedJs)}" defer></script>
    <script src="${DEMO_PATH}/demo.js" defer></script>
  </head>
  <body>
    <header class="demo-header">
      <h1>Example Co · Account settings</h1>
      <p>
        A demo host page on <code>${escapeHtml(pageOrigin)}</code> embedding the tenant portal
        from <code>${escapeHtml(portalOrigin)}</code> with <code>/embed.js</code>.
        Sandbox only: its links, for the demo tenant <code>${DEMO_TENANT_ID}</code>, are minted
        without authentication.
      </p>
      ${built ? "" : '<p class="demo-warning">No built portal is served: start the sandbox with <code>npm start</code>.</p>'}
    </header>
    <main class="demo-main">
      <section class="demo-controls" aria-labelledby="controls-title">
        <h2 id="controls-title">Host controls</h2>
        <p>
          <label for="demo-theme">Portal theme</label>
          <select id="demo-theme">
            <option value="system">System</option>
            <option value="light">Light</option>
            <option value="dark">Dark</option>
          </select>
        </p>
        <p>
          <label for="demo-locale">Portal language</label>
          <select id="demo-locale">
            <option value="en">English</option>
            <option value="de" lang="de">Deutsch</option>
            <option value="fr" lang="fr">Français</option>
            <option value="es" lang="es">Español</option>
            <option value="ja" lang="ja">日本語</option>
            <option value="ar" lang="ar">العربية</option>
          </select>
        </p>
        <p>
          <label for="demo-ttl">Session length of new links</label>
          <select id="demo-ttl">
            <option value="86400">24 hours</option>
            <option value="60">1 minute</option>
            <option value="20">20 seconds</option>
          </select>
        </p>
        <form id="demo-navigate">
          <label for="demo-path">Portal path</label>
          <input id="demo-path" name="path" value="/activity" autocomplete="off" spellcheck="false" />
          <button type="submit">Open in portal</button>
        </form>
        <p><button type="button" id="demo-renew">Hand over a new token now</button></p>
        <h2 id="log-title">Message log (newest first)</h2>
        <ol id="demo-log" class="demo-log" aria-labelledby="log-title" tabindex="0"></ol>
      </section>
      <section class="demo-portal" aria-label="Embedded portal">
        <div id="demo-portal"></div>
      </section>
    </main>
  </body>
</html>
`;
}

const DEMO_CSS = `
:root { color-scheme: light; font-family: system-ui, sans-serif; color: #1f2937; background: #eef1f5; }
body { margin: 0; }
code { font-size: 0.9em; }
.demo-header { padding: 16px 24px; background: #1e293b; color: #f8fafc; }
.demo-header h1 { margin: 0 0 4px; font-size: 1.25rem; }
.demo-header p { margin: 4px 0; }
.demo-warning { color: #fde68a; }
.demo-main { display: flex; flex-wrap: wrap; gap: 24px; padding: 24px; align-items: flex-start; }
.demo-controls { flex: 1 1 260px; max-width: 360px; background: #fff; border-radius: 8px; padding: 16px; }
.demo-controls h2 { font-size: 1rem; margin: 0 0 12px; }
.demo-controls h2 + * { margin-top: 0; }
.demo-controls label { display: block; font-weight: 600; margin-bottom: 4px; }
.demo-controls input, .demo-controls select, .demo-controls button { font: inherit; padding: 6px 8px; }
.demo-controls form { margin: 0 0 16px; }
.demo-log { font-family: ui-monospace, monospace; font-size: 12px; list-style: none; padding: 0; margin: 0; max-height: 320px; overflow: auto; overflow-wrap: anywhere; }
.demo-log li { padding: 2px 0; border-bottom: 1px solid #e5e7eb; }
.demo-portal { flex: 3 1 560px; background: #fff; border-radius: 8px; overflow: hidden; }
`;

// No inline handlers: the page's CSP allows scripts from this origin and the portal's only.
const DEMO_JS = `(function () {
  "use strict";
  var log = document.getElementById("demo-log");
  var themeSelect = document.getElementById("demo-theme");
  var localeSelect = document.getElementById("demo-locale");
  var ttlSelect = document.getElementById("demo-ttl");
  var form = document.getElementById("demo-navigate");
  var pathInput = document.getElementById("demo-path");
  var renewButton = document.getElementById("demo-renew");
  var portal = null;

  function addLog(text) {
    var item = document.createElement("li");
    item.textContent = new Date().toLocaleTimeString() + " " + text;
    log.insertBefore(item, log.firstChild);
    while (log.children.length > 100) log.removeChild(log.lastChild);
  }

  /** Asks "the host's backend" for a fresh portal link (a URL with ?token=). */
  function portalUrl() {
    var query = "?ttl=" + encodeURIComponent(ttlSelect.value);
    return fetch("${DEMO_PATH}/portal-url" + query, { cache: "no-store" })
      .then(function (response) {
        if (!response.ok) throw new Error("portal-url answered HTTP " + response.status);
        return response.json();
      })
      .then(function (body) {
        return body.url;
      });
  }

  window.addEventListener("message", function (event) {
    if (!portal || event.origin !== portal.origin || event.source !== portal.iframe.contentWindow) return;
    addLog("← " + JSON.stringify(event.data));
  });

  portalUrl()
    .then(function (url) {
      portal = window.PortalEmbed.mount(document.getElementById("demo-portal"), {
        url: url,
        title: "Event destinations",
        theme: themeSelect.value,
        onNavigate: function (path) {
          pathInput.value = path;
        },
        onSessionExpired: function () {
          addLog("session expired: fetching a new portal link");
          return portalUrl();
        },
      });
    })
    .catch(function (error) {
      addLog("could not embed the portal: " + error.message);
    });

  themeSelect.addEventListener("change", function () {
    if (!portal) return;
    portal.setTheme(themeSelect.value);
    addLog("→ portal:set-theme " + themeSelect.value);
  });

  localeSelect.addEventListener("change", function () {
    if (!portal) return;
    portal.setLocale(localeSelect.value);
    addLog("→ portal:set-locale " + localeSelect.value);
  });

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    if (!portal) return;
    try {
      portal.navigate(pathInput.value.trim());
      addLog("→ portal:navigate " + pathInput.value.trim());
    } catch (error) {
      addLog("not sent: " + error.message);
    }
  });

  renewButton.addEventListener("click", function () {
    if (!portal) return;
    portalUrl()
      .then(function (url) {
        portal.setToken(new URL(url).searchParams.get("token"));
        addLog("→ portal:set-token (new token)");
      })
      .catch(function (error) {
        addLog("renewal failed: " + error.message);
      });
  });
})();
`;

export function embedDemoRoutes(deps: SandboxDeps): Hono<AppEnv> {
  const { config, store } = deps;
  const app = new Hono<AppEnv>();

  app.get(DEMO_PATH, (c) => {
    const url = new URL(c.req.url);
    // Same origin as the portal would prove nothing: move to 127.0.0.1.
    if (url.hostname === "localhost") {
      url.hostname = "127.0.0.1";
      return c.redirect(url.href, 302);
    }
    const portalOrigin = portalOriginFor(url.href);
    c.header(
      "Content-Security-Policy",
      [
        "default-src 'none'",
        `script-src 'self' ${portalOrigin}`,
        "style-src 'self'",
        `frame-src ${portalOrigin}`,
        "connect-src 'self'",
        "img-src 'self' data:",
        "base-uri 'none'",
        "form-action 'none'",
        "frame-ancestors 'none'",
      ].join("; "),
    );
    c.header("Cache-Control", "no-store");
    return c.html(
      page({
        portalOrigin,
        pageOrigin: url.origin,
        embedJs: `${portalOrigin}${config.basePath}embed.js`,
        built: config.staticDir !== null,
      }),
    );
  });

  app.get(`${DEMO_PATH}/demo.js`, (c) =>
    c.body(DEMO_JS, 200, {
      "Content-Type": "text/javascript; charset=utf-8",
      "Cache-Control": "no-cache",
    }),
  );
  app.get(`${DEMO_PATH}/demo.css`, (c) =>
    c.body(DEMO_CSS, 200, {
      "Content-Type": "text/css; charset=utf-8",
      "Cache-Control": "no-cache",
    }),
  );

  /** Demo only, no auth: a fresh portal link for the demo tenant, as the host's backend would mint it. */
  app.get(`${DEMO_PATH}/portal-url`, async (c: Ctx) => {
    const url = new URL(c.req.url);
    const tenant = url.searchParams.get("tenant") ?? DEMO_TENANT_ID;
    if (tenant !== DEMO_TENANT_ID)
      return c.json(
        {
          status: 403,
          message: `the demo mints links for the demo tenant "${DEMO_TENANT_ID}" only`,
        },
        403,
      );
    if (!store.hasTenant(tenant)) return c.json({ status: 404, message: "tenant not found" }, 404);
    const ttlRaw = Number(url.searchParams.get("ttl") ?? MAX_TTL_SECONDS);
    const ttl = Number.isInteger(ttlRaw)
      ? Math.min(MAX_TTL_SECONDS, Math.max(MIN_TTL_SECONDS, ttlRaw))
      : MAX_TTL_SECONDS;
    const token = await signDemoToken(config.jwtSecret, tenant, deps.now(), ttl);
    const link = new URL(`${portalOriginFor(url.href)}${config.basePath}`);
    link.searchParams.set("token", token);
    c.header("Cache-Control", "no-store");
    return c.json({ url: link.href, tenant_id: tenant, expires_in: ttl });
  });

  return app;
}
