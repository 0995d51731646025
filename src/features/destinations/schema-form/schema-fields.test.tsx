import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { DestinationField } from "@/api/types";
import { SchemaFields } from "./schema-fields";
import { SchemaFormHarness } from "./schema-form-harness.test-util";

afterEach(cleanup);

const ALL_KINDS: DestinationField[] = [
  {
    key: "url",
    type: "text",
    label: "Webhook URL",
    description: "Where requests go.",
    required: true,
    pattern: "^https?:\\/\\/[^\\s]+$",
    minlength: 8,
    maxlength: 200,
  },
  {
    key: "port",
    type: "text",
    label: "Port",
    description: "TCP port.",
    required: false,
    min: 1,
    max: 65535,
    step: 1,
  },
  {
    key: "token",
    type: "text",
    label: "Token",
    description: "Keep it secret.",
    required: true,
    sensitive: true,
  },
  {
    key: "tls",
    type: "checkbox",
    label: "TLS",
    description: "Encrypt.",
    required: false,
    default: "on",
  },
  {
    key: "sasl",
    type: "select",
    label: "SASL Mechanism",
    description: "How to authenticate.",
    required: true,
    options: [
      { label: "PLAIN", value: "plain" },
      { label: "SCRAM-SHA-512", value: "scram-sha-512" },
    ],
  },
  {
    key: "custom_headers",
    type: "key_value_map",
    label: "Custom Headers",
    description: "Added to every request.",
    required: false,
  },
  {
    key: "shade",
    type: "color_picker",
    label: "Shade",
    description: "From a newer server.",
    required: false,
  },
  {
    key: "region",
    type: "text",
    label: "Region",
    required: false,
    disabled: true,
    default: "eu-west-1",
  },
];

describe("SchemaFields rendering", () => {
  it("renders every field kind in order with its label and description", () => {
    render(<SchemaFormHarness fields={ALL_KINDS} legend="Configuration" />);
    const group = screen.getByRole("group", { name: "Configuration" });

    const url = within(group).getByRole("textbox", { name: "Webhook URL" });
    expect(url).toHaveAttribute("type", "text");
    expect(url).toHaveAccessibleDescription("Where requests go.");

    expect(within(group).getByRole("textbox", { name: "Port" })).toHaveAccessibleDescription(
      "TCP port.",
    );
    // A password input has no textbox role.
    const token = within(group).getByLabelText(/^Token/);
    expect(token).toHaveAttribute("type", "password");
    expect(token).toHaveAccessibleDescription("Keep it secret.");

    const tls = within(group).getByRole("checkbox", { name: "TLS" });
    expect(tls).toBeChecked();
    expect(tls).toHaveAccessibleDescription("Encrypt.");

    const sasl = within(group).getByRole("combobox", { name: "SASL Mechanism" });
    expect(sasl).toHaveAccessibleDescription("How to authenticate.");

    const headers = within(group).getByRole("group", { name: "Custom Headers" });
    expect(headers).toHaveAccessibleDescription("Added to every request.");
    expect(within(headers).getByText("No custom headers.")).toBeInTheDocument();

    expect(within(group).getByRole("textbox", { name: "Shade" })).toHaveAccessibleDescription(
      "From a newer server.",
    );

    const order = [...group.querySelectorAll("input, select, button")]
      .map((el) => el.id)
      .filter(Boolean);
    expect(order).toEqual([
      "cfg-url",
      "cfg-port",
      "cfg-token",
      "cfg-tls",
      "cfg-sasl",
      "cfg-custom_headers-add",
      "cfg-shade",
      "cfg-region",
    ]);
  });

  it("maps schema constraints onto the inputs", () => {
    render(<SchemaFormHarness fields={ALL_KINDS} />);
    const url = screen.getByRole("textbox", { name: "Webhook URL" });
    expect(url).toBeRequired();
    expect(url).toHaveAttribute("pattern", "^https?:\\/\\/[^\\s]+$");
    expect(url).toHaveAttribute("minlength", "8");
    expect(url).toHaveAttribute("maxlength", "200");

    const port = screen.getByRole("textbox", { name: "Port" });
    expect(port).not.toBeRequired();
    expect(port).toHaveAttribute("min", "1");
    expect(port).toHaveAttribute("max", "65535");
    expect(port).toHaveAttribute("inputmode", "numeric");

    expect(screen.getByRole("combobox", { name: "SASL Mechanism" })).toBeRequired();
  });

  it("marks required fields visibly", () => {
    render(<SchemaFormHarness fields={ALL_KINDS} />);
    expect(screen.getByText(/are required\.$/)).toBeInTheDocument();
    const urlLabel = document.querySelector('label[for="cfg-url"]');
    expect(urlLabel).toHaveTextContent("Webhook URL*");
    const portLabel = document.querySelector('label[for="cfg-port"]');
    expect(portLabel).toHaveTextContent(/^Port$/);
  });

  it("omits a pattern attribute the browser couldn't compile, without throwing", () => {
    render(
      <SchemaFormHarness
        fields={[{ key: "name", type: "text", label: "Name", required: false, pattern: "([oops" }]}
      />,
    );
    expect(screen.getByRole("textbox", { name: "Name" })).not.toHaveAttribute("pattern");
  });

  it("renders a disabled field disabled, showing its value", () => {
    render(<SchemaFormHarness fields={ALL_KINDS} />);
    const region = screen.getByRole("textbox", { name: "Region" });
    expect(region).toBeDisabled();
    expect(region).toHaveValue("eu-west-1");
  });

  it("offers Choose… on a select unless it is required with a default", () => {
    render(<SchemaFormHarness fields={ALL_KINDS} />);
    const sasl = screen.getByRole("combobox", { name: "SASL Mechanism" });
    expect(sasl).toHaveDisplayValue("Choose…");
    expect(
      within(sasl)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual(["Choose…", "PLAIN", "SCRAM-SHA-512"]);
    cleanup();

    const withDefault = { ...ALL_KINDS[4]!, default: "plain" };
    render(<SchemaFormHarness fields={[withDefault]} />);
    const select = screen.getByRole("combobox", { name: "SASL Mechanism" });
    expect(select).toHaveValue("plain");
    expect(within(select).queryByRole("option", { name: "Choose…" })).not.toBeInTheDocument();
  });

  it("renders without a fieldset when there is no legend", () => {
    render(
      <SchemaFields
        fields={[ALL_KINDS[0]!]}
        idPrefix="x"
        values={{}}
        errors={{}}
        onChange={() => {}}
      />,
    );
    expect(screen.queryByRole("group")).not.toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: "Webhook URL" })).toHaveValue("");
  });

  it("reports changes as strings per key", async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(
      <SchemaFields
        fields={ALL_KINDS}
        idPrefix="x"
        values={{ tls: "true", sasl: "" }}
        errors={{}}
        onChange={onChange}
      />,
    );
    await user.click(screen.getByRole("checkbox", { name: "TLS" }));
    expect(onChange).toHaveBeenLastCalledWith("tls", "false");
    await user.selectOptions(screen.getByRole("combobox", { name: "SASL Mechanism" }), "plain");
    expect(onChange).toHaveBeenLastCalledWith("sasl", "plain");
    await user.type(screen.getByRole("textbox", { name: "Shade" }), "r");
    expect(onChange).toHaveBeenLastCalledWith("shade", "r");
  });
});

describe("checkbox values", () => {
  const tls = (defaultValue?: string): DestinationField => ({
    key: "tls",
    type: "checkbox",
    label: "TLS",
    required: false,
    ...(defaultValue === undefined ? {} : { default: defaultValue }),
  });

  it.each([
    ["on", true],
    ["true", true],
    [undefined, false],
    ["false", false],
  ])("default %j starts checked=%s and is sent as true/false", async (defaultValue, checked) => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    render(<SchemaFormHarness fields={[tls(defaultValue)]} onSubmit={onSubmit} />);
    const box = screen.getByRole("checkbox", { name: "TLS" });
    expect(box).toHaveProperty("checked", checked);
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(onSubmit).toHaveBeenLastCalledWith({ tls: checked ? "true" : "false" });
    await user.click(box);
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(onSubmit).toHaveBeenLastCalledWith({ tls: checked ? "false" : "true" });
  });
});
