import { act, cleanup, configure, fireEvent, render, screen } from "@testing-library/react";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { DestinationField } from "@/api/types";
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

// Role queries check every element's visibility through getComputedStyle, which
// on forms this big costs seconds in jsdom; nothing here is hidden by CSS.
beforeAll(() => configure({ defaultHidden: true }));
afterAll(() => configure({ defaultHidden: false }));

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

/*
 * These forms are big: events are fired directly rather than typed key by key,
 * so a test takes milliseconds even on a busy machine and nothing is left
 * pending for the next one. Each event runs inside act(), so React has
 * re-rendered before the next line looks.
 */
/** A form control by its label (cheaper than a role query, which computes every name). */
const control = (label: string) =>
  screen.getByLabelText(new RegExp(`^${label}\\b`), { selector: "input, select, textarea" });
const save = () => fireEvent.click(screen.getByRole("button", { name: "Save" }));
const change = (element: Element, value: string) =>
  fireEvent.change(element, { target: { value } });
const click = (element: Element) => fireEvent.click(element);
const blur = (element: HTMLElement) =>
  act(() => {
    element.focus();
    element.blur();
  });

describe("Kafka field table", () => {
  it("validates, focuses the first invalid field across both sections, and submits strings", () => {
    const onSubmit = vi.fn();
    render(
      <DestinationForm
        configFields={KAFKA_CONFIG_FIELDS}
        credentialFields={KAFKA_CREDENTIAL_FIELDS}
        onSubmit={onSubmit}
      />,
    );

    expect(control("TLS")).toBeChecked();
    const sasl = control("SASL Mechanism");
    expect(sasl).toHaveDisplayValue("Choose…");

    save();
    expect(onSubmit).not.toHaveBeenCalled();
    for (const [name, message] of [
      ["Brokers", "Brokers is required"],
      ["Topic", "Topic is required"],
      ["Username", "Username is required"],
    ] as const) {
      const input = control(name);
      expect(input).toHaveAttribute("aria-invalid", "true");
      expect(input).toHaveAccessibleDescription(message);
    }
    expect(sasl).toHaveAccessibleDescription("SASL Mechanism is required");
    expect(screen.getByLabelText(/^Password/)).toHaveAccessibleDescription("Password is required");
    expect(control("Partition Key Template")).not.toHaveAttribute("aria-invalid");
    expect(control("Brokers")).toHaveFocus();

    change(control("Brokers"), "b1:9092,b2:9092");
    change(control("Topic"), "events");
    click(control("TLS"));
    change(sasl, "scram-sha-512");
    save();
    // Config is fine now; the first invalid field is in the credentials section.
    expect(control("Username")).toHaveFocus();

    change(control("Username"), "svc");
    change(screen.getByLabelText(/^Password/), "pa55word!");
    save();
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

  it("edits an existing destination without resending the masked password", () => {
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
    change(control("Partition Key Template"), "");
    change(control("SASL Mechanism"), "scram-sha-256");
    save();
    expect(onSubmit).toHaveBeenLastCalledWith({
      config: { partition_key_template: null, sasl_mechanism: "scram-sha-256" },
      credentials: {},
    });

    click(screen.getByRole("button", { name: "Replace Password" }));
    change(screen.getByLabelText(/^Password/), "n3w-pass");
    save();
    expect(onSubmit).toHaveBeenLastCalledWith({
      config: { partition_key_template: null, sasl_mechanism: "scram-sha-256" },
      credentials: { password: "n3w-pass" },
    });
  });
});

describe("Webhook field table", () => {
  it("checks the URL pattern and sends custom headers as a JSON string", () => {
    const onSubmit = vi.fn();
    render(
      <DestinationForm
        configFields={WEBHOOK_CONFIG_FIELDS}
        credentialFields={WEBHOOK_CREDENTIAL_FIELDS}
        onSubmit={onSubmit}
      />,
    );
    expect(screen.queryByRole("group", { name: "Credentials" })).not.toBeInTheDocument();

    const url = control("Webhook URL");
    change(url, "example.com/hook");
    blur(url);
    expect(url).toHaveAccessibleDescription("Webhook URL doesn't have the expected format");

    change(url, "");
    change(url, "https://example.com/hook");
    expect(url).not.toHaveAttribute("aria-invalid");

    click(screen.getByRole("button", { name: "Add header" }));
    change(document.activeElement!, "X-Env");
    change(control("Header value 1"), "prod");
    save();
    expect(onSubmit).toHaveBeenCalledWith({
      config: { url: "https://example.com/hook", custom_headers: '{"X-Env":"prod"}' },
      credentials: {},
    });
  });

  it("edits headers of an existing webhook and leaves server-managed credentials alone", () => {
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
    click(screen.getByRole("button", { name: "Remove header X-Env" }));
    save();
    expect(onSubmit).toHaveBeenCalledWith({ config: { custom_headers: null }, credentials: {} });
  });
});
