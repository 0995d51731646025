import { spawn, type ChildProcess } from "node:child_process";
import type { Frame, Page } from "@playwright/test";
import { expectNoA11yViolations } from "./support/a11y";
import { expect, serveConfig, test as base } from "./support/fixtures";
import { sandboxApi } from "./support/sandbox-api";
import { SERVERS } from "./support/servers";

const test = base.extend<{ embedding: ReturnType<typeof sandboxApi> }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern
  embedding: async ({}, use) => use(sandboxApi(SERVERS.embedding)),
});

/*
 * The portal (http://localhost:<port>) framed by a host page on another origin
 * (http://127.0.0.1:<port>, served by page.route): the postMessage protocol,
 * the waiting state and the /embed.js helper.
 */

const PORTAL_ORIGIN = SERVERS.embedding.origin;
const HOST_ORIGIN = `http://127.0.0.1:${SERVERS.embedding.port}`;
const EVIL_ORIGIN = "http://evil.test";

interface Received {
  origin: string;
  fromPortalFrame: boolean;
  data: { type: string; [key: string]: unknown };
}

declare global {
  interface Window {
    received: Received[];
    marker: string;
    PortalEmbed: {
      mount(
        container: Element,
        options: Record<string, unknown>,
      ): {
        iframe: HTMLIFrameElement;
        setTheme(theme: string): void;
        setLocale(locale: string): void;
        navigate(path: string): void;
        setToken(token: string): void;
        destroy(): void;
      };
    };
    portal: ReturnType<Window["PortalEmbed"]["mount"]>;
    callbacks: { ready: unknown[]; navigate: string[]; expired: number };
    freshPortalUrl(): Promise<string>;
  }
}

/** A host page: records every message it receives with its origin; `body` adds markup and scripts. */
function hostPage(title: string, body = "") {
  return `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>${title}</title></head>
  <body>
    <main>
      <h1>${title}</h1>
      <div id="portal"></div>
    </main>
    <script>
      window.marker = "host-" + Math.random();
      window.received = [];
      window.addEventListener("message", function (event) {
        var frame = document.querySelector("iframe#portal-frame, #portal iframe");
        window.received.push({
          origin: event.origin,
          fromPortalFrame: !!frame && event.source === frame.contentWindow,
          data: event.data,
        });
      });
    </script>
    ${body}
  </body>
</html>`;
}

async function serveHost(page: Page, url: string, html: string) {
  await page.route(url, (route) => route.fulfill({ contentType: "text/html", body: html }));
}

/** Where the host page lives: a real response from 127.0.0.1, so the browser counts it as local. */
const HOST_URL = `${HOST_ORIGIN}/api/v1/healthz`;

/**
 * Opens `html` as a page of the host origin. A page.route answer has no
 * address, so Chromium's Local Network Access would treat it as a public
 * page and block its frame of localhost; a document loaded from 127.0.0.1
 * and then rewritten keeps the local address space and the origin.
 */
async function openHost(page: Page, html: string) {
  await page.goto(HOST_URL);
  await page.setContent(html);
}

/**
 * Outpost's config of the portal inside the frame (page.route also serves the iframe's
 * requests). The allowlist is not in it: the sandbox's portal-settings.js carries it.
 */
async function servePortalConfig(page: Page, extra: Record<string, string> = {}) {
  await serveConfig(page, { ORGANIZATION_NAME: "Host Co", ...extra });
}

/** Replaces the portal's settings file, as another deployment would ship it (null: no file). */
async function serveSettings(page: Page, settings: Record<string, string> | null) {
  await page.route("**/portal-settings.js", (route) =>
    settings === null
      ? route.fulfill({ status: 404, contentType: "text/plain", body: "Not Found" })
      : route.fulfill({
          contentType: "application/javascript",
          body: `window.PORTAL_SETTINGS = ${JSON.stringify(settings)};`,
        }),
  );
}

/** Opens a host page that frames `portalUrl` itself, without the helper. */
async function openRawHost(page: Page, portalUrl: string) {
  const iframe = `<iframe id="portal-frame" title="Event destinations" src="${portalUrl}" style="width:100%;height:600px;border:0"></iframe>`;
  await openHost(page, hostPage("Host app").replace('<div id="portal"></div>', iframe));
  return portalFrame(page);
}

async function portalFrame(page: Page): Promise<Frame> {
  const handle = await page
    .locator("#portal iframe, iframe#portal-frame, #demo-portal iframe")
    .elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error("no portal frame");
  return frame;
}

const received = (page: Page) => page.evaluate(() => window.received);

async function waitForMessage(page: Page, type: string) {
  await expect
    .poll(async () => (await received(page)).filter((m) => m.data?.type === type).length)
    .toBeGreaterThan(0);
  return (await received(page)).filter((m) => m.data?.type === type);
}

/** What the host page sends to the portal frame, to the portal's origin only. */
async function postToPortal(page: Page, message: unknown) {
  await page.evaluate(
    ([data, origin]) => {
      const frame = document.querySelector<HTMLIFrameElement>("#portal iframe, #portal-frame");
      frame?.contentWindow?.postMessage(data, origin as string);
    },
    [message, PORTAL_ORIGIN] as const,
  );
}

/** Every document either frame loads (a reload or redirect anywhere adds one). */
function countAllDocumentLoads(page: Page) {
  const loads: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "document") loads.push(request.url());
  });
  return loads;
}

const themeOf = (frame: Frame) => frame.evaluate(() => document.documentElement.dataset.theme);

test.describe("embedded in a host page on another origin", () => {
  test("announces ready, size and route to the allowed host, from the portal's origin", async ({
    page,
    embedding,
  }) => {
    await servePortalConfig(page);
    const tenant = await embedding.createTenant({ name: "Framed Co" });
    const frame = await openRawHost(page, await embedding.portalUrl(tenant.id, "light"));
    await expect(frame.getByRole("heading", { name: "Destinations", level: 1 })).toBeVisible();

    const [ready] = await waitForMessage(page, "portal:ready");
    expect(ready).toEqual({
      origin: PORTAL_ORIGIN,
      fromPortalFrame: true,
      data: { type: "portal:ready", tenantId: tenant.id, theme: "light" },
    });
    const resizes = await waitForMessage(page, "portal:resize");
    for (const message of resizes) {
      expect(message.origin).toBe(PORTAL_ORIGIN);
      expect(Number.isInteger(message.data.height)).toBe(true);
      expect(message.data.height).toBeGreaterThan(100);
    }
    const navigations = await waitForMessage(page, "portal:navigate");
    expect(navigations.at(-1)?.data).toEqual({ type: "portal:navigate", path: "/" });

    // Route changes inside the portal are reported, with the search.
    await frame.getByRole("link", { name: "Activity" }).click();
    await expect
      .poll(
        async () =>
          (await received(page)).filter((m) => m.data.type === "portal:navigate").at(-1)?.data,
      )
      .toMatchObject({ type: "portal:navigate", path: expect.stringMatching(/^\/activity/) });

    // The host deep-links back; the router picks it up without a reload.
    await postToPortal(page, { type: "portal:navigate", path: "/tenant" });
    await expect(frame.getByTestId("tenant-id")).toHaveText(tenant.id);
    expect(new URL(frame.url()).pathname).toBe("/tenant");

    // Every message the host got came from the portal frame and its origin.
    for (const message of await received(page)) {
      expect(message).toMatchObject({ origin: PORTAL_ORIGIN, fromPortalFrame: true });
    }
    await expectNoA11yViolations(page);
  });

  test("portal:set-theme switches the theme live", async ({ page, embedding }) => {
    await servePortalConfig(page);
    const tenant = await embedding.createTenant();
    const frame = await openRawHost(page, await embedding.portalUrl(tenant.id, "light"));
    await waitForMessage(page, "portal:ready");
    expect(await themeOf(frame)).toBe("light");

    await postToPortal(page, { type: "portal:set-theme", theme: "dark" });
    await expect.poll(() => themeOf(frame)).toBe("dark");
    await expect(frame.getByRole("radio", { name: "Dark" })).toBeChecked();
    await postToPortal(page, { type: "portal:set-theme", theme: "light" });
    await expect.poll(() => themeOf(frame)).toBe("light");
    // Junk is ignored silently.
    await postToPortal(page, { type: "portal:set-theme", theme: "neon" });
    await postToPortal(page, "portal:set-theme");
    await page.waitForTimeout(300);
    expect(await themeOf(frame)).toBe("light");
  });

  test("portal:set-locale switches the language live, and an unknown one changes nothing", async ({
    page,
    embedding,
  }) => {
    await servePortalConfig(page);
    const tenant = await embedding.createTenant();
    const loads = countAllDocumentLoads(page);
    const frame = await openRawHost(page, await embedding.portalUrl(tenant.id));
    await waitForMessage(page, "portal:ready");
    await expect(frame.getByRole("heading", { name: "Destinations", level: 1 })).toBeVisible();

    await postToPortal(page, { type: "portal:set-locale", locale: "de-DE" });
    await expect(frame.getByRole("heading", { name: "Ziele", level: 1 })).toBeVisible();
    await expect(frame.getByRole("navigation", { name: "Portal" })).toContainText(
      "Zustellprotokoll",
    );
    expect(await frame.evaluate(() => document.documentElement.lang)).toBe("de");

    await postToPortal(page, { type: "portal:set-locale", locale: "ar" });
    await expect(frame.getByRole("heading", { name: "الوجهات", level: 1 })).toBeVisible();
    expect(await frame.evaluate(() => document.documentElement.dir)).toBe("rtl");
    // The locale is the host's to report, not part of the route it is told about.
    expect(
      (await received(page)).filter((m) => m.data.type === "portal:navigate").at(-1)?.data,
    ).toEqual({ type: "portal:navigate", path: "/" });

    // Junk and locales the portal lacks are ignored silently.
    await postToPortal(page, { type: "portal:set-locale", locale: "tlh" });
    await postToPortal(page, { type: "portal:set-locale", locale: "<img src=x>" });
    await postToPortal(page, { type: "portal:set-locale" });
    await page.waitForTimeout(300);
    await expect(frame.getByRole("heading", { name: "الوجهات", level: 1 })).toBeVisible();
    await expectNoA11yViolations(page);
    expect(loads).toHaveLength(2);
  });

  test("an expired session waits for the host; a new token resumes in place, without reloads", async ({
    page,
    embedding,
  }) => {
    await servePortalConfig(page, { REFRESH_URL: "https://host.example/portal/refresh" });
    const tenant = await embedding.createTenant({ name: "Short Lived" });
    const shortLived = await embedding.signToken({ sub: tenant.id, expiresInSeconds: 5 });
    const loads = countAllDocumentLoads(page);
    const frame = await openRawHost(page, embedding.portalPageUrl(shortLived));
    await expect(frame.getByRole("heading", { name: "Destinations", level: 1 })).toBeVisible();
    await frame.evaluate(() => {
      window.marker = "portal-frame";
    });
    const hostMarker = await page.evaluate(() => window.marker);

    const [expiring] = await waitForMessage(page, "portal:session-expiring");
    expect(expiring?.data.expiresAt).toEqual(expect.any(Number));

    const [expired] = await waitForMessage(page, "portal:session-expired");
    expect(expired).toMatchObject({ origin: PORTAL_ORIGIN, fromPortalFrame: true });
    await expect(frame.getByRole("heading", { name: "Your session has ended" })).toBeVisible();
    await expect(frame.getByText("Waiting for Host Co to renew it.")).toBeVisible();
    const renew = frame.getByRole("link", { name: "Renew in a new tab" });
    await expect(renew).toHaveAttribute("href", "https://host.example/portal/refresh");
    await expect(renew).toHaveAttribute("target", "_blank");
    await page.waitForTimeout(500);
    expect(new URL(frame.url()).origin).toBe(PORTAL_ORIGIN);
    await expectNoA11yViolations(page);

    await postToPortal(page, { type: "portal:set-token", token: await embedding.token(tenant.id) });
    await expect(frame.getByRole("heading", { name: "Destinations", level: 1 })).toBeVisible();
    await expect(frame.getByRole("banner")).toContainText("Short Lived");

    expect(await frame.evaluate(() => window.marker)).toBe("portal-frame");
    expect(await page.evaluate(() => window.marker)).toBe(hostMarker);
    expect(loads).toHaveLength(2);
    expect(page.url()).toBe(HOST_URL);
  });

  test("a 401 while embedded tells the host and does not leave", async ({ page, embedding }) => {
    await servePortalConfig(page, { REFRESH_URL: "https://host.example/portal/refresh" });
    const tenant = await embedding.createTenant();
    const loads = countAllDocumentLoads(page);
    const frame = await openRawHost(page, await embedding.portalUrl(tenant.id));
    await waitForMessage(page, "portal:ready");

    // Deleting the tenant makes the API answer 401 to its token; the next screen's request gets it.
    await embedding.request("DELETE", `/tenants/${tenant.id}`);
    await postToPortal(page, { type: "portal:navigate", path: "/activity" });
    await waitForMessage(page, "portal:session-expired");
    await expect(frame.getByText("Waiting for Host Co to renew it.")).toBeVisible();
    await page.waitForTimeout(500);
    expect(loads).toHaveLength(2);
    expect(new URL(frame.url()).origin).toBe(PORTAL_ORIGIN);
  });

  test("pages not on the allowlist can neither swap the token nor the theme", async ({
    page,
    embedding,
  }) => {
    await servePortalConfig(page);
    const tenant = await embedding.createTenant({ name: "Victim Co" });
    const mallory = await embedding.createTenant({ name: "Mallory Inc" });
    const malloryToken = await embedding.token(mallory.id);
    // A frame of another origin inside the host page, and a same-origin one (srcdoc) that is not the parent.
    await serveHost(
      page,
      `${EVIL_ORIGIN}/attacker.html`,
      `<!doctype html><html lang="en"><title>Ad</title><script>
        window.addEventListener("message", function (event) {
          if (event.data !== "attack") return;
          var portal = parent.frames[0];
          portal.postMessage({ type: "portal:set-theme", theme: "dark" }, "*");
          portal.postMessage({ type: "portal:set-token", token: ${JSON.stringify(malloryToken)} }, "*");
          portal.postMessage({ type: "portal:navigate", path: "/tenant" }, "*");
        });
      </script></html>`,
    );
    const frame = await openRawHost(page, await embedding.portalUrl(tenant.id, "light"));
    await page.evaluate(
      ([evil, token]) => {
        const ad = document.createElement("iframe");
        ad.title = "Advertisement";
        ad.src = `${evil}/attacker.html`;
        document.body.appendChild(ad);
        const sibling = document.createElement("iframe");
        sibling.title = "Widget";
        // Same origin as the host (srcdoc), but not the portal's parent.
        sibling.srcdoc = `<script>addEventListener("message", function (event) {
            if (event.data !== "attack") return;
            parent.frames[0].postMessage({ type: "portal:set-token", token: ${JSON.stringify(token)} }, "*");
            parent.frames[0].postMessage({ type: "portal:set-theme", theme: "dark" }, "*");
          });</script>`;
        document.body.appendChild(sibling);
        return Promise.all(
          [ad, sibling].map(
            (frame) => new Promise((resolve) => frame.addEventListener("load", resolve)),
          ),
        );
      },
      [EVIL_ORIGIN, malloryToken] as const,
    );
    await waitForMessage(page, "portal:ready");
    await page.evaluate(() => {
      for (const title of ["Advertisement", "Widget"])
        document
          .querySelector<HTMLIFrameElement>(`iframe[title="${title}"]`)
          ?.contentWindow?.postMessage("attack", "*");
    });
    await page.waitForTimeout(800);
    expect(await themeOf(frame)).toBe("light");
    await expect(frame.getByRole("banner")).toContainText("Victim Co");
    expect(new URL(frame.url()).pathname).toBe("/");

    // The allowed parent still can.
    await postToPortal(page, { type: "portal:set-theme", theme: "dark" });
    await expect.poll(() => themeOf(frame)).toBe("dark");
  });

  test("a host page not on the allowlist gets no messages and cannot drive the portal", async ({
    page,
    embedding,
  }) => {
    await servePortalConfig(page);
    await serveSettings(page, { EMBED_ALLOWED_ORIGINS: "http://127.0.0.1:1" });
    const tenant = await embedding.createTenant({ name: "Victim Co" });
    const other = await embedding.createTenant({ name: "Other Co" });
    const frame = await openRawHost(page, await embedding.portalUrl(tenant.id, "light"));
    await expect(frame.getByRole("heading", { name: "Destinations", level: 1 })).toBeVisible();
    await postToPortal(page, { type: "portal:set-theme", theme: "dark" });
    await postToPortal(page, { type: "portal:set-token", token: await embedding.token(other.id) });
    await page.waitForTimeout(800);
    expect(await themeOf(frame)).toBe("light");
    await expect(frame.getByRole("banner")).toContainText("Victim Co");
    expect(await received(page)).toEqual([]);
  });
});

test.describe("the allowlist lives in the portal's settings file", () => {
  /** Frames the portal with a token it refuses, so it shows its session-ended page. */
  const openRefusedSession = (page: Page, portalUrl: string) => openRawHost(page, portalUrl);

  test("with the sandbox's settings file the framed portal waits for the allowed host", async ({
    page,
    embedding,
  }) => {
    await servePortalConfig(page, { REFRESH_URL: "https://host.example/refresh" });
    const frame = await openRefusedSession(page, embedding.portalPageUrl("not-a-token"));
    await expect(frame.getByRole("heading", { name: "Your session has ended" })).toBeVisible();
    await expect(frame.getByText("Waiting for Host Co to renew it.")).toBeVisible();
    await waitForMessage(page, "portal:session-expired");
  });

  test("EMBED_ALLOWED_ORIGINS in Outpost's config does nothing: without the file nobody is allowed", async ({
    page,
    embedding,
  }) => {
    await servePortalConfig(page, {
      EMBED_ALLOWED_ORIGINS: HOST_ORIGIN,
      REFRESH_URL: "https://host.example/refresh",
    });
    await serveSettings(page, null);
    const frame = await openRefusedSession(page, embedding.portalPageUrl("not-a-token"));
    // The page for a frame that no host listens to: explain and link out.
    await expect(frame.getByRole("heading", { name: "This link is not valid" })).toBeVisible();
    await expect(frame.getByRole("link", { name: "Go to Host Co" })).toBeVisible();
    await expect(frame.getByText(/Waiting for/)).toHaveCount(0);
    expect(await received(page)).toEqual([]);
  });

  test("the HTML's frame-ancestors follows it: a site not on the list cannot frame the portal", async ({
    page,
    embedding,
  }) => {
    const tenant = await embedding.createTenant();
    const portalUrl = await embedding.portalUrl(tenant.id);
    const csp = (await page.request.get(portalUrl)).headers()["content-security-policy"] ?? "";
    expect(csp).toContain(`frame-ancestors 'self' ${HOST_ORIGIN}`);

    // A page of another local origin (the plain sandbox's 127.0.0.1) is refused by the browser.
    await page.goto(`http://127.0.0.1:${SERVERS.plain.port}/api/v1/healthz`);
    await page.setContent(
      hostPage("Not allowed").replace(
        '<div id="portal"></div>',
        `<iframe id="portal-frame" title="Event destinations" src="${portalUrl}"></iframe>`,
      ),
    );
    const frame = await portalFrame(page);
    await expect.poll(() => frame.url()).toMatch(/^chrome-error:/);
    expect(await received(page)).toEqual([]);
  });
});

test("a top-level page never downloads the embed bridge", async ({ page, embedding }) => {
  await servePortalConfig(page);
  const scripts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
  });
  const tenant = await embedding.createTenant();
  await page.goto(await embedding.portalUrl(tenant.id));
  await expect(page.getByRole("heading", { name: "Destinations", level: 1 })).toBeVisible();
  await page.getByRole("link", { name: "Activity" }).click();
  await expect(page.getByRole("heading", { name: "Activity", level: 1 })).toBeVisible();
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((path) => /embed-bridge|host-origins/.test(path))).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.hasAttribute("data-embedded"))).toBe(
    false,
  );
});

test.describe("the /embed.js helper", () => {
  test("mounts an accessible iframe, sizes it to the content and renews the session", async ({
    page,
    embedding,
  }) => {
    await servePortalConfig(page);
    const tenant = await embedding.createTenant({ name: "Helper Co" });
    await page.exposeFunction("freshPortalUrl", () => embedding.portalUrl(tenant.id));
    const shortLived = await embedding.signToken({ sub: tenant.id, expiresInSeconds: 4 });
    const loads = countAllDocumentLoads(page);
    await openHost(
      page,
      hostPage(
        "Host with helper",
        `<script src="${PORTAL_ORIGIN}/embed.js"></script>
        <script>
          window.callbacks = { ready: [], navigate: [], expired: 0 };
          window.portal = PortalEmbed.mount(document.getElementById("portal"), {
            url: ${JSON.stringify(embedding.portalPageUrl(shortLived))},
            title: "Event destinations",
            theme: "dark",
            onReady: function (info) { window.callbacks.ready.push(info); },
            onNavigate: function (path) { window.callbacks.navigate.push(path); },
            onSessionExpired: function () { window.callbacks.expired += 1; return window.freshPortalUrl(); },
          });
        </script>`,
      ),
    );
    const iframe = page.locator("#portal iframe");
    await expect(iframe).toHaveAttribute("allow", "clipboard-write");
    await expect(iframe).toHaveAttribute("referrerpolicy", "no-referrer");
    await expect(iframe).toHaveAttribute("title", "Event destinations");
    const frame = await portalFrame(page);
    await expect(frame.getByRole("heading", { name: "Destinations", level: 1 })).toBeVisible();
    expect(await themeOf(frame)).toBe("dark");
    await expect
      .poll(() => page.evaluate(() => window.callbacks.ready))
      .toEqual([{ tenantId: tenant.id, theme: "dark" }]);

    // The short-lived token runs out: the helper asks the host for a new link and hands it over.
    await expect.poll(() => page.evaluate(() => window.callbacks.expired)).toBe(1);
    await expect(frame.getByRole("heading", { name: "Destinations", level: 1 })).toBeVisible();
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => window.callbacks.expired)).toBe(1);

    /** The frame's height and the height of the portal's content. */
    const heights = async () => ({
      frame: Math.round((await iframe.boundingBox())?.height ?? 0),
      content: await frame.evaluate(() =>
        Math.ceil(document.getElementById("root")!.getBoundingClientRect().height),
      ),
    });
    const expectSized = async () => {
      await expect
        .poll(async () => {
          const { frame: frameHeight, content } = await heights();
          return Math.abs(frameHeight - content);
        })
        .toBeLessThanOrEqual(1);
      // Sized to the content, so the portal never scrolls inside the frame.
      expect(
        await frame.evaluate(
          () => document.documentElement.scrollHeight - document.documentElement.clientHeight,
        ),
      ).toBeLessThanOrEqual(1);
    };
    await expectSized();
    const before = (await heights()).frame;

    // Another screen, another height; the helper follows, both ways.
    await page.evaluate(() => window.portal.navigate("/tenant"));
    await expect(frame.getByTestId("tenant-id")).toHaveText(tenant.id);
    await expectSized();
    await expect.poll(() => page.evaluate(() => window.callbacks.navigate.at(-1))).toBe("/tenant");
    await page.setViewportSize({ width: 420, height: 800 });
    await expectSized();
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.evaluate(() => window.portal.navigate("/"));
    await expect(frame.getByRole("heading", { name: "Destinations", level: 1 })).toBeVisible();
    await expectSized();
    expect(Math.abs((await heights()).frame - before)).toBeLessThanOrEqual(1);

    // The helper's theme and language switches.
    await page.evaluate(() => window.portal.setTheme("light"));
    await expect.poll(() => themeOf(frame)).toBe("light");
    await page.evaluate(() => window.portal.setLocale("es"));
    await expect(frame.getByRole("heading", { name: "Destinos", level: 1 })).toBeVisible();
    expect(
      await page.evaluate(() => {
        try {
          window.portal.setLocale("<b>");
          return "accepted";
        } catch (error) {
          return (error as Error).name;
        }
      }),
    ).toBe("TypeError");
    await page.evaluate(() => window.portal.setLocale("en"));
    await expect(frame.getByRole("heading", { name: "Destinations", level: 1 })).toBeVisible();
    await expectNoA11yViolations(page);

    expect(loads).toHaveLength(2);
  });
});

test.describe("the sandbox's demo host page", () => {
  const port = Number(process.env.E2E_PORT_BASE ?? 4310) + 88;
  const children: ChildProcess[] = [];
  test.afterAll(() => {
    for (const child of children) child.kill("SIGTERM");
  });

  /** Runs `npm start`'s script on the built dist/ and returns the demo address it prints. */
  function startAndReadDemoUrl(apiPort = port): Promise<string> {
    const started = spawn(process.execPath, ["scripts/start.mjs", "--no-build"], {
      env: { ...process.env, API_PORT: String(apiPort), PORTAL_EMBED_ALLOWED_ORIGINS: undefined },
      stdio: ["ignore", "pipe", "inherit"],
    });
    children.push(started);
    let output = "";
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no demo address:\n${output}`)), 25_000);
      started.stdout?.on("data", (chunk: Buffer) => {
        output += chunk.toString();
        const url = /Embedded:\s+(\S+)/.exec(output)?.[1];
        if (url) {
          clearTimeout(timer);
          resolve(url);
        }
      });
      started.on("exit", (code) => reject(new Error(`npm start exited with ${code}:\n${output}`)));
    });
  }

  test("`npm start` prints a demo host on 127.0.0.1 that embeds the portal from localhost", async ({
    page,
  }) => {
    const demoUrl = await startAndReadDemoUrl();
    expect(demoUrl).toBe(`http://127.0.0.1:${port}/embed-demo`);
    await page.goto(demoUrl);
    const frame = await portalFrame(page);
    await expect(frame.getByRole("heading", { name: "Destinations", level: 1 })).toBeVisible();
    expect(new URL(frame.url()).origin).toBe(`http://localhost:${port}`);
    await expect(page.locator("#demo-log")).toContainText('"type":"portal:ready"');

    await page.getByLabel("Portal theme").selectOption("dark");
    await expect.poll(() => themeOf(frame)).toBe("dark");
    await page.getByLabel("Portal language").selectOption("fr");
    await expect(frame.getByRole("heading", { name: "Destinations", level: 1 })).toBeVisible();
    await expect(frame.getByRole("link", { name: "Ajouter une destination" })).toBeVisible();
    await expect(page.locator("#demo-log")).toContainText("portal:set-locale fr");
    await page.getByLabel("Portal language").selectOption("en");
    await expect(frame.getByRole("link", { name: "Add destination" })).toBeVisible();
    await page.getByLabel("Portal path").fill("/tenant");
    await page.getByRole("button", { name: "Open in portal" }).click();
    await expect(frame.getByTestId("tenant-id")).toHaveText("acme");
    await expectNoA11yViolations(page);
  });

  test("switching the demo to Arabic flips the framed portal to right-to-left in place, keeping the route and a draft; an unknown locale changes nothing", async ({
    page,
  }) => {
    // A server of its own (the test above has one on `port`): tests may run in parallel.
    const demoUrl = await startAndReadDemoUrl(port - 1);
    const problems: string[] = [];
    page.on("pageerror", (error) => problems.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(message.text());
    });
    await page.goto(demoUrl);
    const frame = await portalFrame(page);
    await expect(frame.getByRole("heading", { name: "Destinations", level: 1 })).toBeVisible();
    const html = () =>
      frame.evaluate(() => ({
        lang: document.documentElement.lang,
        dir: document.documentElement.dir,
      }));
    const portalPath = () => {
      const url = new URL(frame.url());
      url.searchParams.delete("locale");
      return `${url.pathname}${url.search}`;
    };

    // A half-filled form on the create flow's last step.
    const route = "/destinations/new?type=webhook&step=configure&topics=*";
    await page.getByLabel("Portal path").fill(route);
    await page.getByRole("button", { name: "Open in portal" }).click();
    await expect(
      frame.getByRole("heading", { name: "Configure your Webhook destination" }),
    ).toBeVisible();
    const endpoint = frame.locator("#config-url");
    await endpoint.fill("https://draft.example.com/hook");
    expect(portalPath()).toBe(`/destinations/new?${new URLSearchParams(route.split("?")[1])}`);
    const before = portalPath();

    await page.getByLabel("Portal language").selectOption("ar");
    await expect(frame.getByRole("heading", { name: "إضافة وجهة", level: 1 })).toBeVisible();
    await expect(frame.getByRole("heading", { name: "إعداد وجهة Webhook" })).toBeVisible();
    expect(await html()).toEqual({ lang: "ar", dir: "rtl" });
    expect(portalPath()).toBe(before);
    await expect(endpoint).toHaveValue("https://draft.example.com/hook");
    await expect(frame.getByRole("navigation", { name: "البوابة" })).toBeVisible();
    await expect.poll(() => frame.title()).toMatch(/^إضافة وجهة: الإعداد · /);
    await expect(page.locator("#demo-log")).toContainText("portal:set-locale ar");

    await page.getByLabel("Portal language").selectOption("en");
    await expect(frame.getByRole("heading", { name: "Add a destination", level: 1 })).toBeVisible();
    expect(await html()).toEqual({ lang: "en", dir: "ltr" });
    expect(portalPath()).toBe(before);
    await expect(endpoint).toHaveValue("https://draft.example.com/hook");

    // A locale the portal doesn't ship, straight from the host window: nothing changes. The
    // theme message after it is handled after it, so once the theme shows, "xx" was read.
    await page.evaluate((origin) => {
      const portal = document.querySelector<HTMLIFrameElement>("#demo-portal iframe");
      portal?.contentWindow?.postMessage({ type: "portal:set-locale", locale: "xx" }, origin);
      portal?.contentWindow?.postMessage({ type: "portal:set-theme", theme: "dark" }, origin);
    }, new URL(frame.url()).origin);
    await expect.poll(() => themeOf(frame)).toBe("dark");
    expect(await html()).toEqual({ lang: "en", dir: "ltr" });
    await expect(frame.getByRole("heading", { name: "Add a destination", level: 1 })).toBeVisible();
    expect(new URL(frame.url()).searchParams.get("locale")).toBe("en");
    await expect(endpoint).toHaveValue("https://draft.example.com/hook");
    expect(problems).toEqual([]);
  });
});
