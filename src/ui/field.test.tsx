import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Checkbox } from "./checkbox";
import { Field, FieldGroup } from "./field";
import { Select } from "./select";
import { TextInput } from "./text-input";

afterEach(cleanup);

describe("Field", () => {
  it("labels the control and links description and error", () => {
    render(
      <Field
        id="name"
        label="Name"
        description="What we call it."
        error="Name is required"
        required
      >
        {(control) => <TextInput {...control} required />}
      </Field>,
    );
    const input = screen.getByRole("textbox", { name: "Name" });
    expect(input).toBeRequired();
    expect(input).toHaveAttribute("aria-invalid", "true");
    expect(input).toHaveAccessibleDescription("What we call it. Name is required");
    expect(screen.getByText("Name is required").closest("p")).toHaveClass("text-danger");
  });

  it("has no description or invalid state when there is none", () => {
    render(
      <Field id="name" label="Name">
        {(control) => <TextInput {...control} />}
      </Field>,
    );
    const input = screen.getByRole("textbox", { name: "Name" });
    expect(input).not.toHaveAttribute("aria-describedby");
    expect(input).not.toHaveAttribute("aria-invalid");
  });
});

describe("FieldGroup", () => {
  it("is a named group that says it is required", () => {
    render(
      <FieldGroup id="g" label="Headers" description="Extra headers." error="Bad" required>
        {({ describedBy }) => <input aria-label="inner" aria-describedby={describedBy} />}
      </FieldGroup>,
    );
    const group = screen.getByRole("group", { name: "Headers (required)" });
    expect(group).toHaveAccessibleDescription("Extra headers. Bad");
    expect(screen.getByLabelText("inner")).toHaveAccessibleDescription("Extra headers. Bad");
  });
});

describe("Checkbox", () => {
  it("toggles through its label and reports the checked state", async () => {
    const user = userEvent.setup();
    const onCheckedChange = vi.fn();
    render(
      <Checkbox
        id="tls"
        label="TLS"
        description="Encrypt the connection."
        checked={false}
        onCheckedChange={onCheckedChange}
      />,
    );
    const box = screen.getByRole("checkbox", { name: "TLS" });
    expect(box).toHaveAccessibleDescription("Encrypt the connection.");
    await user.click(screen.getByText("TLS"));
    expect(onCheckedChange).toHaveBeenCalledWith(true);
  });
});

describe("Select", () => {
  const options = [
    { label: "PLAIN", value: "plain" },
    { label: "SCRAM-SHA-256", value: "scram-sha-256" },
  ];

  it("offers a placeholder and the options", () => {
    render(
      <Select
        aria-label="Mechanism"
        options={options}
        value=""
        placeholder="Choose…"
        onChange={() => {}}
      />,
    );
    const select = screen.getByRole("combobox", { name: "Mechanism" });
    expect(select).toHaveDisplayValue("Choose…");
    expect(screen.getAllByRole("option").map((o) => o.textContent)).toEqual([
      "Choose…",
      "PLAIN",
      "SCRAM-SHA-256",
    ]);
  });

  it("keeps a current value that isn't an option instead of showing another", () => {
    render(<Select aria-label="Mechanism" options={options} value="gssapi" onChange={() => {}} />);
    expect(screen.getByRole("combobox", { name: "Mechanism" })).toHaveValue("gssapi");
  });
});
