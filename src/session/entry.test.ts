import { afterEach, describe, expect, it, vi } from "vitest";
import { takeTokenFromUrl } from "./entry";

function fakeWindow(href: string, state: unknown = null) {
  const history = {
    state,
    replaceState: vi.fn<History["replaceState"]>(),
    pushState: vi.fn<History["pushState"]>(),
  };
  const win = { location: { href } as Location, history: history as unknown as History };
  return { win, history };
}

describe("takeTokenFromUrl with a fake window", () => {
  it("removes only token, keeping path, other params (repeated too) and hash", () => {
    const { win, history } = fakeWindow(
      "https://host.example/portal/destinations?theme=dark&token=abc.def.ghi&topic=a&topic=b&status=failed#row-3",
      { from: "host" },
    );
    expect(takeTokenFromUrl(win)).toBe("abc.def.ghi");
    expect(history.replaceState).toHaveBeenCalledTimes(1);
    expect(history.replaceState).toHaveBeenCalledWith(
      { from: "host" },
      "",
      "/portal/destinations?theme=dark&topic=a&topic=b&status=failed#row-3",
    );
    expect(history.pushState).not.toHaveBeenCalled();
  });

  it("leaves no bare ? when token was the only parameter", () => {
    const { win, history } = fakeWindow("https://host.example/portal/?token=t1");
    expect(takeTokenFromUrl(win)).toBe("t1");
    expect(history.replaceState).toHaveBeenCalledWith(null, "", "/portal/");
  });

  it("returns null and leaves history alone when there is no token", () => {
    const { win, history } = fakeWindow("https://host.example/activity?theme=light#x");
    expect(takeTokenFromUrl(win)).toBeNull();
    expect(history.replaceState).not.toHaveBeenCalled();
    expect(history.pushState).not.toHaveBeenCalled();
  });

  it('returns "" for an empty ?token= and still removes it', () => {
    const { win, history } = fakeWindow("https://host.example/?token=&theme=dark");
    expect(takeTokenFromUrl(win)).toBe("");
    expect(history.replaceState).toHaveBeenCalledWith(null, "", "/?theme=dark");
  });

  it("keeps the values of encoded parameters", () => {
    const { win, history } = fakeWindow(
      "https://host.example/p/?q=a%20b&token=x&email=a%2Bb%40c.example&empty=&name=%C3%BC",
    );
    takeTokenFromUrl(win);
    const rewritten = new URL(
      history.replaceState.mock.calls[0]![2] as string,
      "https://h.example",
    );
    expect([...rewritten.searchParams]).toEqual([
      ["q", "a b"],
      ["email", "a+b@c.example"],
      ["empty", ""],
      ["name", "ü"],
    ]);
  });

  it("decodes a percent-encoded token", () => {
    const { win } = fakeWindow("https://host.example/?token=a%2Bb%3D");
    expect(takeTokenFromUrl(win)).toBe("a+b=");
  });
});

describe("takeTokenFromUrl with jsdom's window", () => {
  afterEach(() => {
    window.history.replaceState(null, "", "/");
  });

  it("rewrites the address bar in place without adding a history entry", () => {
    window.history.replaceState(
      { keep: 1 },
      "",
      "/portal/destinations/d_1?token=eyJ.x.y&theme=dark&f=1&f=2#events",
    );
    const length = window.history.length;
    const push = vi.spyOn(window.history, "pushState");
    const replace = vi.spyOn(window.history, "replaceState");

    expect(takeTokenFromUrl()).toBe("eyJ.x.y");

    expect(window.location.pathname).toBe("/portal/destinations/d_1");
    expect(window.location.search).toBe("?theme=dark&f=1&f=2");
    expect(window.location.hash).toBe("#events");
    expect(window.history.state).toEqual({ keep: 1 });
    expect(window.history.length).toBe(length);
    expect(replace).toHaveBeenCalledTimes(1);
    expect(push).not.toHaveBeenCalled();
  });

  it("returns null and keeps the URL when there is no token", () => {
    window.history.replaceState(null, "", "/activity?theme=light");
    const replace = vi.spyOn(window.history, "replaceState");
    expect(takeTokenFromUrl()).toBeNull();
    expect(replace).not.toHaveBeenCalled();
    expect(window.location.search).toBe("?theme=light");
  });
});
