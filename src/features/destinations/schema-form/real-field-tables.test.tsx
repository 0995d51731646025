import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { DestinationField } from "../../../api/types";
import type { FormMode } from "./form-values";
import {
  KAFKA_CONFIG_FIELDS,
  KAFKA_CREDENTIAL_FIELDS,
  WEBHOOK_CONFIG_FIELDS,
  WEBHOOK_CREDENTIAL_FIELDS,
} from "./real-field-tables.fixture";
import { SchemaFields } from "./schema-fields";
import { useSchemaForm } from "./use-schema-form";

afterEach(cleanup);

interface Submitted {
  config: Record<string, string | null>;
  credentials: Record<string, string | null>;
}

/** Config and credentials as a destination page would lay them out: two forms, one submit. */
function DestinationForm({
  configFields,
  credentialFields,
  mode = "create",
  config,
  credentials,
  onSubmit,
}: {
  configFields: DestinationField[];
  credentialFields: DestinationField[];
  mode?: FormMode;
  config?: Record<string, string>;
  credentials?: Record<string, string>;
  onSubmit: (values: Submitted) => void;
}) {
  const configForm = useSchemaForm(configFields, { mode, existing: config, idPrefix: "config" });
  const credentialsForm = useSchemaForm(credentialFields, {
    mode,
    existing: credentials,
    idPrefix: "credentials",
  });
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const configOk = configForm.validateAll();
        const credentialsOk = credentialsForm.validateAll({ focus: configOk });
        if (configOk && credentialsOk) {
          onSubmit({ config: configForm.apiValues(), credentials: credentialsForm.apiValues() });
        }
      }}
    >
      <SchemaFields {...configForm.fieldProps} legend="Configuration" />
      {credentialFields.length > 0 && (
        <SchemaFields {...credentialsForm.fieldProps} legend="Credentials" />
      )}
      <button type="submit">Save</button>
    </form>
  );
}

const save = () => screen.getByRole("button", { name: "Save" });

describe("Kafka field table", () => {
  it("validates, focuses the first invalid field across both sections, and submits strings", async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    render(
      <DestinationForm
        configFields={KAFKA_CONFIG_FIELDS}
        credentialFields={KAFKA_CREDENTIAL_FIELDS}
        onSubmit={onSubmit}
      />,
    );

    expect(screen.getByRole("checkbox", { name: "TLS" })).toBeChecked();
    const sasl = screen.getByRole("combobox", { name: "SASL Mechanism" });
    expect(sasl).toHaveDisplayValue("Choose…");

    await user.click(save());
    expect(onSubmit).not.toHaveBeenCalled();
    for (const [name, message] of [
      ["Brokers", "Brokers is required"],
      ["Topic", "Topic is required"],
      ["Username", "Username is required"],
    ] as const) {
      const input = screen.getByRole("textbox", { name });
      expect(input).toHaveAttribute("aria-invalid", "true");
      expect(input).toHaveAccessibleDescription(message);
    }
    expect(sasl).toHaveAccessibleDescription("SASL Mechanism is required");
    expect(screen.getByLabelText(/^Password/)).toHaveAccessibleDescription("Password is required");
    expect(screen.getByRole("textbox", { name: "Partition Key Template" })).not.toHaveAttribute(
      "aria-invalid",
    );
    expect(screen.getByRole("textbox", { name: "Brokers" })).toHaveFocus();

    await user.type(screen.getByRole("textbox", { name: "Brokers" }), "b1:9092,b2:9092");
    await user.type(screen.getByRole("textbox", { name: "Topic" }), "events");
    await user.click(screen.getByRole("checkbox", { name: "TLS" }));
    await user.selectOptions(sasl, "scram-sha-512");
    await user.click(save());
    // Config is fine now; the first invalid field is in the credentials section.
    expect(screen.getByRole("textbox", { name: "Username" })).toHaveFocus();

    await user.type(screen.getByRole("textbox", { name: "Username" }), "svc");
    await user.type(screen.getByLabelText(/^Password/), "pa55word!");
    await user.click(save());
    expect(onSubmit).toHaveBeenCalledWith({
      config: {
        brokers: "b1:9092,b2:9092",
        topic: "events",
        tls: "false",
        sasl_mechanism: "scram-sha-512",
      },
      credentials: { username: "svc", password: "pa55word!" },
    });
  });

  it("edits an existing destination without resending the masked password", async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    render(
      <DestinationForm
        mode="edit"
        configFields={KAFKA_CONFIG_FIELDS}
        credentialFields={KAFKA_CREDENTIAL_FIELDS}
        config={{
          brokers: "b1:9092",
          topic: "events",
          tls: "true",
          sasl_mechanism: "plain",
          partition_key_template: "data.id",
        }}
        credentials={{ username: "svc", password: "pa55*****" }}
        onSubmit={onSubmit}
      />,
    );
    expect(screen.getByText(/Stored securely/)).toHaveTextContent("pa55*****");
    await user.clear(screen.getByRole("textbox", { name: "Partition Key Template" }));
    await user.selectOptions(
      screen.getByRole("combobox", { name: "SASL Mechanism" }),
      "scram-sha-256",
    );
    await user.click(save());
    expect(onSubmit).toHaveBeenLastCalledWith({
      config: { partition_key_template: null, sasl_mechanism: "scram-sha-256" },
      credentials: {},
    });

    await user.click(screen.getByRole("button", { name: "Replace Password" }));
    await user.type(screen.getByLabelText(/^Password/), "n3w-pass");
    await user.click(save());
    expect(onSubmit).toHaveBeenLastCalledWith({
      config: { partition_key_template: null, sasl_mechanism: "scram-sha-256" },
      credentials: { password: "n3w-pass" },
    });
  });
});

describe("Webhook field table", () => {
  it("checks the URL pattern and sends custom headers as a JSON string", async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    render(
      <DestinationForm
        configFields={WEBHOOK_CONFIG_FIELDS}
        credentialFields={WEBHOOK_CREDENTIAL_FIELDS}
        onSubmit={onSubmit}
      />,
    );
    expect(screen.queryByRole("group", { name: "Credentials" })).not.toBeInTheDocument();

    const url = screen.getByRole("textbox", { name: "Webhook URL" });
    await user.type(url, "example.com/hook");
    await user.tab();
    expect(url).toHaveAccessibleDescription("Webhook URL doesn't have the expected format");

    await user.clear(url);
    await user.type(url, "https://example.com/hook");
    expect(url).not.toHaveAttribute("aria-invalid");

    await user.click(screen.getByRole("button", { name: "Add header" }));
    await user.keyboard("X-Env");
    await user.type(screen.getByRole("textbox", { name: "Header value 1" }), "prod");
    await user.click(save());
    expect(onSubmit).toHaveBeenCalledWith({
      config: { url: "https://example.com/hook", custom_headers: '{"X-Env":"prod"}' },
      credentials: {},
    });
  });

  it("edits headers of an existing webhook and leaves server-managed credentials alone", async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    render(
      <DestinationForm
        mode="edit"
        configFields={WEBHOOK_CONFIG_FIELDS}
        credentialFields={WEBHOOK_CREDENTIAL_FIELDS}
        config={{ url: "https://example.com/hook", custom_headers: '{"X-Env":"prod"}' }}
        credentials={{ secret: "whse**********" }}
        onSubmit={onSubmit}
      />,
    );
    await user.click(screen.getByRole("button", { name: "Remove header X-Env" }));
    await user.click(save());
    expect(onSubmit).toHaveBeenCalledWith({ config: { custom_headers: null }, credentials: {} });
  });
});
