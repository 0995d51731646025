import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { SaveButton } from "./save-button";

afterEach(cleanup);

function Form({ onSubmit, ...props }: Parameters<typeof SaveButton>[0] & { onSubmit: () => void }) {
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <SaveButton {...props} />
    </form>
  );
}

describe("SaveButton", () => {
  it("with nothing changed: focusable, aria-disabled, described by a visible hint; a click submits nothing", async () => {
    const submit = vi.fn();
    render(<Form label="Save topics" dirty={false} onSubmit={submit} />);
    const save = screen.getByRole("button", { name: "Save topics" });
    expect(save).toHaveAttribute("aria-disabled", "true");
    expect(save).not.toBeDisabled();
    expect(save).toHaveAccessibleDescription("No changes to save");
    expect(screen.getByText("No changes to save")).toBeVisible();
    await userEvent.click(save);
    expect(save).toHaveFocus();
    expect(submit).not.toHaveBeenCalled();
  });

  it("with a change: available, no hint", async () => {
    const submit = vi.fn();
    render(<Form label="Save topics" dirty onSubmit={submit} />);
    const save = screen.getByRole("button", { name: "Save topics" });
    expect(save).not.toHaveAttribute("aria-disabled");
    expect(screen.queryByText("No changes to save")).toBeNull();
    await userEvent.click(save);
    expect(submit).toHaveBeenCalledOnce();
  });

  it("while saving or blocked: aria-disabled without the hint", () => {
    const { rerender } = render(<Form label="Save" dirty pending onSubmit={() => {}} />);
    expect(screen.getByRole("button", { name: "Saving…" })).toHaveAttribute(
      "aria-disabled",
      "true",
    );
    rerender(<Form label="Save" dirty blocked onSubmit={() => {}} />);
    expect(screen.getByRole("button", { name: "Save" })).toHaveAttribute("aria-disabled", "true");
    expect(screen.queryByText("No changes to save")).toBeNull();
  });
});
