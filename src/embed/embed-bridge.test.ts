import { act, render } from "@testing-library/react";
import { UnsecuredJWT } from "jose";
import { createElement } from "react";
import { MemoryRouter } from "react-router";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createRouterChannel, RouterChannelSync } from "./router-channel";
import { createSessionStore } from "@/session/session-store";
import { createTokenStorage } from "@/session/token-storage";
import type { Theme, ThemePreference } from "@/theme/theme-preference";
import { AUTOSIZE_ATTRIBUTE, startEmbedBridge, type EmbedBridge } from "./embed-bridge";
import type { PortalMessage } from "./embed-protocol";
import { isEmbedded, RELOAD_NEEDED_EVENT } from "./embedded";

const HOST = "https://host.example";
const OTHER_HOST = "https://admin.example";
const STRANGER = "https://evil.example";

function token(tenant: string, expiresInSeconds = 3600) {
  return new UnsecuredJWT({ sub: tenant })
    .setExpirationTime(Math.floor(Date.now() / 1000) + expiresInSeconds)
    .encode();
}

/** A window that is not this one: the frame's "parent", or a stranger. */
function otherWindow(): Window {
  const frame = document.createElement("iframe");
  document.body.appendChild(frame);
  return frame.contentWindow!;
}

/** A ResizeObserver the test triggers by hand. */
class FakeResizeObserver {
  static instances: FakeResizeObserver[] = [];
  observed: Element[] = [];
  constructor(readonly callback: ResizeObserverCallback) {
    FakeResizeObserver.instances.push(this);
  }
  observe(element: Element) {
    this.observed.push(element);
  }
  unobserve() {}
  disconnect() {
    this.observed = [];
  }
  static fire() {
    for (const instance of FakeResizeObserver.instances)
      instance.callback([], instance as unknown as ResizeObserver);
  }
}

interface Setup {
  allowedOrigins?: string[];
  parentOrigin?: string | null;
  /** Where the portal's router starts (below its base). */
  path?: string;
  rendered?: boolean;
  initialToken?: string | null;
}

let bridge: EmbedBridge | null = null;

function setup({
  allowedOrigins = [HOST, OTHER_HOST],
  parentOrigin = HOST,
  path = "/",
  rendered = true,
  initialToken = token("acme"),
}: Setup = {}) {
  const parent = otherWindow();
  const posted: { message: PortalMessage; targetOrigin: string }[] = [];
  const postMessage = vi
    .spyOn(parent, "postMessage")
    .mockImplementation((message: unknown, targetOrigin?: unknown) => {
      posted.push({ message: message as PortalMessage, targetOrigin: String(targetOrigin) });
    });
  const onTenantChange = vi.fn();
  const session = createSessionStore({
    storage: createTokenStorage(() => {
      throw new Error("no storage");
    }),
    onTenantChange,
  });
  session.start(initialToken);
  let themeState: { preference: ThemePreference; theme: Theme; forced: boolean } = {
    preference: "system",
    theme: "light",
    forced: false,
  };
  const theme = {
    get: () => themeState,
    setPreference: vi.fn((preference: ThemePreference) => {
      themeState = { ...themeState, preference, theme: preference === "dark" ? "dark" : "light" };
    }),
  };
  const locale = { set: vi.fn() };
  const root = document.createElement("div");
  root.id = "root";
  document.body.appendChild(root);
  let height = 480.4;
  root.getBoundingClientRect = () => ({ height }) as DOMRect;
  if (rendered) root.appendChild(document.createElement("main"));
  // The portal's real router, in memory: the bridge must see and move it, not `history`.
  const router = createRouterChannel();
  render(
    createElement(
      MemoryRouter,
      { initialEntries: [path] },
      createElement(RouterChannelSync, { channel: router }),
    ),
  );

  bridge = startEmbedBridge({
    allowedOrigins,
    session,
    theme,
    locale,
    parent,
    parentOrigin,
    router,
    root,
    ResizeObserver: FakeResizeObserver as unknown as typeof ResizeObserver,
  });

  /** A message event as the browser delivers it to the portal. */
  const receive = (data: unknown, origin = HOST, source: Window | null = parent) =>
    act(() => {
      window.dispatchEvent(new MessageEvent("message", { data, origin, source }));
    });
  /** The route the router shows now, below the base. */
  const route = () => router.current();
  /** Navigates inside the portal, as a link would. */
  const go = (to: string) => act(() => router.navigate(to));
  const types = () => posted.map((p) => p.message.type);
  const last = <T extends PortalMessage["type"]>(type: T) =>
    posted.filter((p) => p.message.type === type).at(-1)?.message as
      Extract<PortalMessage, { type: T }> | undefined;
  const setHeight = (next: number) => {
    height = next;
    FakeResizeObserver.fire();
  };
  return {
    parent,
    posted,
    postMessage,
    session,
    theme,
    locale,
    root,
    onTenantChange,
    receive,
    route,
    go,
    types,
    last,
    setHeight,
  };
}

beforeEach(() => {
  FakeResizeObserver.instances = [];
});

afterEach(() => {
  bridge?.stop();
  bridge = null;
  document.body.innerHTML = "";
});

describe("isEmbedded", () => {
  it("is false for a top-level page and true inside a frame", () => {
    expect(isEmbedded()).toBe(false);
    expect(isEmbedded(otherWindow())).toBe(true);
  });
});

describe("portal → host", () => {
  it("announces itself, then the route, the size and nothing with '*'", () => {
    const t = setup();
    expect(t.posted[0]).toEqual({
      message: { type: "portal:ready", tenantId: "acme", theme: "light" },
      targetOrigin: HOST,
    });
    expect(t.types()).toEqual(["portal:ready", "portal:navigate", "portal:resize"]);
    expect(t.last("portal:navigate")).toEqual({ type: "portal:navigate", path: "/" });
    expect(t.last("portal:resize")).toEqual({ type: "portal:resize", height: 481 });
    expect(t.posted.every((p) => p.targetOrigin === HOST)).toBe(true);
  });

  it("waits for the first render before announcing", () => {
    const t = setup({ rendered: false });
    expect(t.posted).toEqual([]);
    t.root.appendChild(document.createElement("main"));
    return vi.waitFor(() => expect(t.types()[0]).toBe("portal:ready"));
  });

  it("posts once per allowed origin while the parent's origin is unknown, then to the verified one", () => {
    const t = setup({ parentOrigin: null });
    const readies = t.posted.filter((p) => p.message.type === "portal:ready");
    expect(readies.map((p) => p.targetOrigin)).toEqual([HOST, OTHER_HOST]);

    t.receive({ type: "portal:set-theme", theme: "dark" }, OTHER_HOST);
    t.posted.length = 0;
    t.setHeight(700);
    expect(t.posted).toEqual([
      { message: { type: "portal:resize", height: 700 }, targetOrigin: OTHER_HOST },
    ]);
  });

  it("posts nothing when the browser reports a parent that is not allowed", () => {
    const t = setup({ parentOrigin: STRANGER });
    t.setHeight(900);
    t.session.end("unauthorized");
    expect(t.postMessage).not.toHaveBeenCalled();
  });

  it("reports content height changes as integers, once per change", () => {
    const t = setup();
    t.posted.length = 0;
    t.setHeight(612.2);
    t.setHeight(612.9);
    t.setHeight(300);
    expect(t.posted.map((p) => p.message)).toEqual([
      { type: "portal:resize", height: 613 },
      { type: "portal:resize", height: 300 },
    ]);
  });

  it("keeps the last height while a lazy screen is on its way (empty root)", () => {
    const t = setup();
    t.posted.length = 0;
    t.root.replaceChildren();
    t.setHeight(0);
    expect(t.posted).toEqual([]);
    t.root.appendChild(document.createElement("main"));
    t.setHeight(350);
    expect(t.posted.map((p) => p.message)).toEqual([{ type: "portal:resize", height: 350 }]);
  });

  it("lets full-viewport screens end at their content while it runs", () => {
    setup();
    expect(document.documentElement.hasAttribute(AUTOSIZE_ATTRIBUTE)).toBe(true);
    bridge?.stop();
    expect(document.documentElement.hasAttribute(AUTOSIZE_ATTRIBUTE)).toBe(false);
  });

  it("reports the router's route changes with the search, without theme", () => {
    const t = setup();
    t.posted.length = 0;
    t.go("/activity?status=failed");
    t.go("/activity?status=failed&theme=dark");
    t.go("/tenant");
    expect(t.posted.map((p) => p.message)).toEqual([
      { type: "portal:navigate", path: "/activity?status=failed" },
      { type: "portal:navigate", path: "/tenant" },
    ]);
  });

  it("asks the host to reload the frame when the portal's code was replaced", () => {
    const t = setup();
    window.dispatchEvent(new Event(RELOAD_NEEDED_EVENT));
    expect(t.last("portal:reload-needed")).toEqual({ type: "portal:reload-needed" });
  });

  it("warns before expiry and says when the session is gone", () => {
    const t = setup();
    const soon = token("acme", 60);
    t.session.start(soon);
    expect(t.last("portal:session-expiring")?.expiresAt).toBe(
      (Math.floor(Date.now() / 1000) + 60) * 1000,
    );
    t.session.end("unauthorized");
    expect(t.types().filter((type) => type === "portal:session-expired")).toHaveLength(1);
  });

  it("says at once when it starts without a session", () => {
    const t = setup({ initialToken: null });
    expect(t.types()).toContain("portal:session-expired");
    expect(t.posted[0]?.message).toEqual({ type: "portal:ready", tenantId: null, theme: "light" });
  });
});

describe("host → portal", () => {
  it("applies a theme from the allowed parent", () => {
    const t = setup();
    t.receive({ type: "portal:set-theme", theme: "dark" });
    expect(t.theme.setPreference).toHaveBeenCalledWith("dark");
  });

  it("hands a locale from the allowed parent to the portal's i18n", () => {
    const t = setup();
    t.receive({ type: "portal:set-locale", locale: "de" });
    expect(t.locale.set).toHaveBeenCalledWith("de");
    t.receive({ type: "portal:set-locale", locale: "fr" }, "http://stranger.example");
    expect(t.locale.set).toHaveBeenCalledTimes(1);
  });

  it("replaces the token in place; another tenant's token drops the old tenant's data", () => {
    const t = setup();
    const fresh = token("acme", 7200);
    t.receive({ type: "portal:set-token", token: fresh });
    const state = t.session.get();
    expect(state.status === "active" && state.session.token).toBe(fresh);
    expect(t.onTenantChange).not.toHaveBeenCalled();

    t.receive({ type: "portal:set-token", token: token("globex") });
    expect(t.onTenantChange).toHaveBeenCalledWith("globex");
  });

  it("goes to the portal's home when the token is another tenant's, and stays put for the same tenant", () => {
    const t = setup({ path: "/destinations/des_1/deliveries?status=failed" });
    t.receive({ type: "portal:set-token", token: token("acme", 7200) });
    expect(t.route()).toBe("/destinations/des_1/deliveries?status=failed");

    t.receive({ type: "portal:set-token", token: token("globex") });
    expect(t.route()).toBe("/");
  });

  it("resumes an ended session", () => {
    const t = setup();
    t.session.end("expired");
    t.receive({ type: "portal:set-token", token: token("acme") });
    expect(t.session.get().status).toBe("active");
  });

  it("ends the session on a bad token and says so, also when it had already ended", () => {
    const t = setup();
    t.receive({ type: "portal:set-token", token: "not-a-jwt" });
    expect(t.session.get()).toEqual({ status: "ended", problem: "malformed" });
    t.receive({ type: "portal:set-token", token: "still-not-a-jwt" });
    expect(t.types().filter((type) => type === "portal:session-expired")).toHaveLength(2);
  });

  it("deep-links through the router, inside the portal only", () => {
    const t = setup();
    t.receive({ type: "portal:navigate", path: "/activity?status=failed" });
    expect(t.route()).toBe("/activity?status=failed");
    expect(t.last("portal:navigate")?.path).toBe("/activity?status=failed");

    for (const path of [
      "//evil.example/x",
      "https://evil.example/",
      "/../admin",
      "/a/./b",
      "javascript:1",
      "/.//evil.example/x",
      "/%2e//evil.example/x",
      "/%2E%2E//evil.example",
      "/a/%2e%2e/%2e%2e//evil.example",
    ])
      t.receive({ type: "portal:navigate", path });
    expect(t.route()).toBe("/activity?status=failed");

    // Doubled slashes collapse before the check, so they stay inside the portal.
    t.receive({ type: "portal:navigate", path: "//tenant" });
    expect(t.route()).toBe("/activity?status=failed");
    t.receive({ type: "portal:navigate", path: "/destinations//new" });
    expect(t.route()).toBe("/destinations/new");
  });

  it("ignores messages from origins not on the allowlist", () => {
    const t = setup();
    const before = t.session.get();
    t.receive({ type: "portal:set-theme", theme: "dark" }, STRANGER);
    t.receive({ type: "portal:set-token", token: token("evil") }, STRANGER);
    t.receive({ type: "portal:navigate", path: "/tenant" }, STRANGER);
    t.receive({ type: "portal:set-theme", theme: "dark" }, "null");
    t.receive({ type: "portal:set-theme", theme: "dark" }, "http://host.example");
    expect(t.theme.setPreference).not.toHaveBeenCalled();
    expect(t.session.get()).toBe(before);
    expect(t.route()).toBe("/");
  });

  it("ignores messages from other windows, even with an allowed origin", () => {
    const t = setup();
    const before = t.session.get();
    const stranger = otherWindow();
    t.receive({ type: "portal:set-theme", theme: "dark" }, HOST, stranger);
    t.receive({ type: "portal:set-token", token: token("evil") }, HOST, stranger);
    t.receive({ type: "portal:set-theme", theme: "dark" }, HOST, window);
    t.receive({ type: "portal:set-theme", theme: "dark" }, HOST, null);
    expect(t.theme.setPreference).not.toHaveBeenCalled();
    expect(t.session.get()).toBe(before);
  });

  it("ignores malformed and unknown messages silently", () => {
    const t = setup();
    const count = t.posted.length;
    for (const data of [
      null,
      "portal:set-theme",
      { type: "portal:set-theme", theme: "solarized" },
      { type: "portal:unknown" },
      { type: "portal:set-token" },
      { type: "portal:set-locale", locale: 42 },
    ])
      expect(() => t.receive(data)).not.toThrow();
    expect(t.theme.setPreference).not.toHaveBeenCalled();
    expect(t.locale.set).not.toHaveBeenCalled();
    expect(t.session.get().status).toBe("active");
    expect(t.posted.length).toBe(count);
  });

  it("stops listening when stopped", () => {
    const t = setup();
    bridge?.stop();
    t.receive({ type: "portal:set-theme", theme: "dark" });
    expect(t.theme.setPreference).not.toHaveBeenCalled();
  });
});
