import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type * as PortalConfigModule from "@/config/portal-config";
import { parsePortalConfig, type PortalConfig } from "@/config/portal-config";

/*
 * The session-ended page inside a frame: it never leaves (no redirect), and
 * with a host that can listen it waits for a new token.
 */

const state = vi.hoisted(() => ({
  embedded: true,
  config: null as PortalConfig | null,
}));

vi.mock("@/embed/embedded", () => ({ isEmbedded: () => state.embedded }));
vi.mock("@/config/portal-config", async (importOriginal) => {
  const actual = await importOriginal<typeof PortalConfigModule>();
  return { ...actual, portalConfig: () => state.config! };
});

const { default: SessionEndedPage } = await import("./session-ended-page");

function configure(raw: Record<string, string>, settings: Record<string, string> = {}) {
  state.config = parsePortalConfig(raw, "https://portal.example/", settings);
}

let replace: ReturnType<typeof vi.fn>;

beforeEach(() => {
  replace = vi.fn();
  vi.spyOn(window, "location", "get").mockReturnValue({
    ...window.location,
    replace,
    ancestorOrigins: undefined,
  } as unknown as Location);
  window.sessionStorage.clear();
});

afterEach(() => {
  cleanup();
  state.embedded = true;
});

describe("SessionEndedPage in a frame", () => {
  it("waits for a listening host, with REFRESH_URL in a new tab, and never redirects", () => {
    configure(
      { ORGANIZATION_NAME: "Host Co", REFRESH_URL: "https://app.example.com/portal/refresh" },
      { EMBED_ALLOWED_ORIGINS: "https://app.example.com" },
    );
    render(<SessionEndedPage problem="expired" />);
    expect(screen.getByRole("heading", { name: "Your session has ended" })).toBeInTheDocument();
    // The host's name is isolated (<bdi>) inside the sentence, so it reads right in any direction.
    expect(screen.getByText("Host Co").tagName).toBe("BDI");
    expect(screen.getByText("Host Co").parentElement).toHaveTextContent(
      /^Waiting for Host Co to renew it\.$/,
    );
    const link = screen.getByRole("link", { name: "Renew in a new tab" });
    expect(link).toHaveAttribute("href", "https://app.example.com/portal/refresh");
    expect(link).toHaveAttribute("target", "_blank");
    expect(link).toHaveAttribute("rel", "noopener noreferrer");
    expect(replace).not.toHaveBeenCalled();
  });

  it("without an allowlist nobody listens: it explains, links out in a new tab, and stays", () => {
    configure({ ORGANIZATION_NAME: "Host Co", REFRESH_URL: "https://app.example.com/refresh" });
    render(<SessionEndedPage problem="unauthorized" />);
    expect(screen.queryByText(/Waiting for/)).not.toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Go to Host Co" })).toHaveAttribute("target", "_blank");
    expect(replace).not.toHaveBeenCalled();
  });

  it("still redirects once at the top level", () => {
    state.embedded = false;
    configure(
      { REFRESH_URL: "https://app.example.com/refresh" },
      { EMBED_ALLOWED_ORIGINS: "https://app.example.com" },
    );
    render(<SessionEndedPage problem="expired" />);
    expect(screen.getByRole("heading", { name: "Renewing your session…" })).toBeInTheDocument();
    expect(replace).toHaveBeenCalledWith("https://app.example.com/refresh");
  });
});
