import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { SecretInput } from "./secret-input";

afterEach(cleanup);

describe("SecretInput", () => {
  it("is masked by default, with secret-friendly attributes", () => {
    render(
      <>
        <label htmlFor="pw">Password</label>
        <SecretInput id="pw" defaultValue="hunter2" revealLabel="Show password" />
      </>,
    );
    const input = screen.getByLabelText("Password");
    expect(input).toHaveAttribute("type", "password");
    expect(input).toHaveAttribute("autocomplete", "off");
    expect(input).toHaveAttribute("spellcheck", "false");
    const toggle = screen.getByRole("button", { name: "Show password" });
    expect(toggle).toHaveAttribute("aria-pressed", "false");
    expect(toggle).toHaveAttribute("aria-controls", "pw");
    expect(toggle).toHaveTextContent("Show");
  });

  it("reveals and hides the value, reporting the state with aria-pressed", async () => {
    const user = userEvent.setup();
    render(
      <>
        <label htmlFor="pw">Password</label>
        <SecretInput id="pw" defaultValue="hunter2" />
      </>,
    );
    const input = screen.getByLabelText("Password");
    const toggle = screen.getByRole("button", { name: "Show" });
    await user.click(toggle);
    expect(input).toHaveAttribute("type", "text");
    expect(toggle).toHaveAttribute("aria-pressed", "true");
    expect(input).toHaveValue("hunter2");
    await user.click(toggle);
    expect(input).toHaveAttribute("type", "password");
    expect(toggle).toHaveAttribute("aria-pressed", "false");
  });

  it("disables the toggle with the input", () => {
    render(<SecretInput id="pw" aria-label="Password" disabled />);
    expect(screen.getByRole("button", { name: "Show" })).toBeDisabled();
  });
});
