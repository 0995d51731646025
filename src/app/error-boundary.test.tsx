import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ErrorBoundary } from "./error-boundary";

let shouldThrow = true;

function Flaky({ label = "child content" }: { label?: string }) {
  if (shouldThrow) throw new Error("render exploded");
  return <p>{label}</p>;
}

function fallback(error: unknown, reset: () => void) {
  return (
    <div role="alert">
      <p>Failed: {error instanceof Error ? error.message : String(error)}</p>
      <button type="button" onClick={reset}>
        Try again
      </button>
    </div>
  );
}

beforeEach(() => {
  shouldThrow = true;
  // React reports caught render errors on console.error; keep the output clean.
  vi.spyOn(console, "error").mockImplementation(() => {});
});
afterEach(() => {
  // No test globals in this project, so Testing Library can't unmount by itself.
  cleanup();
  vi.restoreAllMocks();
});

describe("ErrorBoundary", () => {
  it("renders its children when nothing throws", () => {
    shouldThrow = false;
    render(
      <ErrorBoundary fallback={fallback}>
        <Flaky />
      </ErrorBoundary>,
    );
    expect(screen.getByText("child content")).toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("renders the fallback with the thrown error", () => {
    render(
      <ErrorBoundary fallback={fallback}>
        <Flaky />
      </ErrorBoundary>,
    );
    expect(screen.getByRole("alert")).toHaveTextContent("Failed: render exploded");
    expect(screen.queryByText("child content")).not.toBeInTheDocument();
  });

  it("passes non-Error throws through unchanged", () => {
    const received: unknown[] = [];
    const thrown = { code: "weird" };
    function Throws(): never {
      throw thrown;
    }
    render(
      <ErrorBoundary
        fallback={(error) => {
          received.push(error);
          return <p>fallback</p>;
        }}
      >
        <Throws />
      </ErrorBoundary>,
    );
    expect(screen.getByText("fallback")).toBeInTheDocument();
    expect(received.at(-1)).toBe(thrown);
  });

  it("re-renders the children after reset", async () => {
    const user = userEvent.setup();
    render(
      <ErrorBoundary fallback={fallback}>
        <Flaky />
      </ErrorBoundary>,
    );
    expect(screen.getByRole("alert")).toBeInTheDocument();

    shouldThrow = false;
    await user.click(screen.getByRole("button", { name: "Try again" }));
    expect(screen.getByText("child content")).toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("shows the fallback again when the children still throw after reset", async () => {
    const user = userEvent.setup();
    render(
      <ErrorBoundary fallback={fallback}>
        <Flaky />
      </ErrorBoundary>,
    );
    await user.click(screen.getByRole("button", { name: "Try again" }));
    expect(screen.getByRole("alert")).toHaveTextContent("Failed: render exploded");
  });

  it("clears the error when resetKey changes", () => {
    const { rerender } = render(
      <ErrorBoundary fallback={fallback} resetKey="/destinations">
        <Flaky label="destinations" />
      </ErrorBoundary>,
    );
    expect(screen.getByRole("alert")).toBeInTheDocument();

    // Same key: the error stays even though the child would now render.
    shouldThrow = false;
    rerender(
      <ErrorBoundary fallback={fallback} resetKey="/destinations">
        <Flaky label="destinations" />
      </ErrorBoundary>,
    );
    expect(screen.getByRole("alert")).toBeInTheDocument();

    rerender(
      <ErrorBoundary fallback={fallback} resetKey="/activity">
        <Flaky label="activity" />
      </ErrorBoundary>,
    );
    expect(screen.getByText("activity")).toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("recovers when a parent changes resetKey through state (navigation)", async () => {
    const user = userEvent.setup();
    function Shell() {
      const [path, setPath] = useState("/broken");
      return (
        <>
          <button type="button" onClick={() => setPath("/activity")}>
            Go to activity
          </button>
          <ErrorBoundary fallback={fallback} resetKey={path}>
            {path === "/broken" ? <Flaky /> : <p>activity page</p>}
          </ErrorBoundary>
        </>
      );
    }
    render(<Shell />);
    expect(screen.getByRole("alert")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Go to activity" }));
    expect(screen.getByText("activity page")).toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });
});
