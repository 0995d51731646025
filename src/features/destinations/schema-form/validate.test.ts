import { describe, expect, it } from "vitest";
import type { DestinationField } from "@/api/types";
import { laterMessages } from "@/i18n/i18n";
import { encodeKeyValueRows } from "./key-value-json";
import { keyValueProblems, validateField, validateFields } from "./validate";

// The messages come from the catalogue, as on a lazy screen.
await laterMessages();

const field = (extra: Partial<DestinationField>): DestinationField => ({
  key: "url",
  type: "text",
  label: "Webhook URL",
  required: false,
  ...extra,
});

const headers = field({ key: "custom_headers", type: "key_value_map", label: "Custom Headers" });
const rows = (...pairs: [string, string][]) =>
  encodeKeyValueRows(pairs.map(([key, value]) => ({ key, value })));

describe("validateField — text", () => {
  it("requires a value (whitespace doesn't count) and names the field", () => {
    const url = field({ required: true });
    expect(validateField(url, "")).toBe("Webhook URL is required");
    expect(validateField(url, "   ")).toBe("Webhook URL is required");
    expect(validateField(url, undefined)).toBe("Webhook URL is required");
    expect(validateField(url, "https://a.test")).toBeNull();
  });

  it("accepts an empty optional field whatever its other rules", () => {
    expect(validateField(field({ pattern: "^x$", minlength: 3, min: 1 }), "")).toBeNull();
  });

  it("checks the pattern like the server does", () => {
    const url = field({ pattern: "^https?:\\/\\/[^\\s]+$" });
    expect(validateField(url, "ftp://a")).toBe("Webhook URL doesn't have the expected format");
    expect(validateField(url, "https://a.test/path")).toBeNull();
  });

  it("never throws on a pattern the browser can't compile, and skips that check", () => {
    const broken = field({ pattern: "([unclosed" });
    expect(() => validateField(broken, "anything")).not.toThrow();
    expect(validateField(broken, "anything")).toBeNull();
    expect(validateField({ ...broken, required: true }, "")).toBe("Webhook URL is required");
  });

  it("checks minlength and maxlength in characters", () => {
    const name = field({ label: "Name", minlength: 3, maxlength: 5 });
    expect(validateField(name, "ab")).toBe("Name must be at least 3 characters");
    expect(validateField(name, "abcdef")).toBe("Name must be at most 5 characters");
    expect(validateField(name, "abc")).toBeNull();
    expect(validateField(name, "😀😀😀")).toBeNull();
  });

  it("checks min and max numerically", () => {
    const port = field({ label: "Port", min: 1, max: 65535 });
    expect(validateField(port, "0")).toBe("Port must be at least 1");
    expect(validateField(port, "70000")).toBe("Port must be at most 65535");
    expect(validateField(port, "abc")).toBe("Port must be a number");
    expect(validateField(port, "9")).toBeNull();
    expect(validateField(port, "10000")).toBeNull();
  });

  it("treats unknown kinds as text", () => {
    const future = field({ type: "color_picker", label: "Colour", required: true, pattern: "^#" });
    expect(validateField(future, "")).toBe("Colour is required");
    expect(validateField(future, "red")).toBe("Colour doesn't have the expected format");
  });

  it("skips a disabled field and honours skip", () => {
    expect(validateField(field({ required: true, disabled: true }), "")).toBeNull();
    expect(validateField(field({ required: true }), "", { skip: true })).toBeNull();
  });
});

describe("validateField — select and checkbox", () => {
  const sasl = field({
    key: "sasl_mechanism",
    type: "select",
    label: "SASL Mechanism",
    required: true,
    options: [
      { label: "PLAIN", value: "plain" },
      { label: "SCRAM-SHA-256", value: "scram-sha-256" },
    ],
  });

  it("requires a choice and only accepts listed values", () => {
    expect(validateField(sasl, "")).toBe("SASL Mechanism is required");
    expect(validateField(sasl, "gssapi")).toBe(
      "SASL Mechanism must be one of: PLAIN or SCRAM-SHA-256",
    );
    expect(validateField(sasl, "plain")).toBeNull();
    expect(validateField({ ...sasl, required: false }, "")).toBeNull();
  });

  it("never fails a checkbox", () => {
    expect(validateField(field({ type: "checkbox", required: true }), "false")).toBeNull();
  });
});

describe("validateField — key_value_map", () => {
  it("flags a value without a key", () => {
    expect(validateField(headers, rows(["X-A", "1"], ["", "orphan"]))).toBe(
      "Custom Headers: header 2 has a value but no name",
    );
  });

  it("ignores fully empty rows", () => {
    expect(validateField(headers, rows(["", ""], ["X-A", "1"]))).toBeNull();
  });

  it("flags duplicate header names, case-insensitively", () => {
    expect(validateField(headers, rows(["X-Env", "a"], ["x-env", "b"]))).toBe(
      'Custom Headers lists "X-Env" more than once',
    );
  });

  it("compares keys of other maps case-sensitively", () => {
    const tags = { ...headers, key: "tags", label: "Tags" };
    expect(validateField(tags, rows(["a", "1"], ["A", "2"]))).toBeNull();
    expect(validateField(tags, rows(["a", "1"], [" a ", "2"]))).toBe(
      'Tags lists "a" more than once',
    );
  });

  it("flags header names Outpost doesn't allow, as the server's rule does", () => {
    for (const name of ["X Env", "-x", "_x", "x.y", "x:y", "é"])
      expect(validateField(headers, rows([name, "a"])), name).toBe(
        `Custom Headers: "${name}" isn't a valid header name (letters, digits, "-" and "_", starting with a letter or digit)`,
      );
    for (const name of ["x", "X-Api_Key", "9lives", "Authorization"])
      expect(validateField(headers, rows([name, "a"])), name).toBeNull();
  });

  it("flags the headers Outpost sets itself, in any case", () => {
    for (const name of ["content-type", "Content-Length", "HOST", "Connection", "user-agent"])
      expect(validateField(headers, rows([name, "a"])), name).toBe(
        `Custom Headers: "${name}" is set by Outpost and can't be changed`,
      );
  });

  it("requires at least one keyed row when required", () => {
    const required = { ...headers, required: true };
    expect(validateField(required, "")).toBe("Custom Headers is required");
    expect(validateField(required, rows(["", ""]))).toBe("Custom Headers is required");
    expect(validateField(required, rows(["X-A", ""]))).toBeNull();
  });

  it("validates an Outpost JSON value as well", () => {
    expect(validateField(headers, '{"X-A":"1"}')).toBeNull();
  });

  it("reports the rows at fault", () => {
    expect(
      keyValueProblems(headers, [
        { key: "A", value: "1" },
        { key: "", value: "x" },
        { key: "a", value: "2" },
      ]).map((p) => p.index),
    ).toEqual([1, 2]);
  });
});

describe("validateFields", () => {
  const fields: DestinationField[] = [
    field({ required: true }),
    field({ key: "password", label: "Password", required: true, sensitive: true }),
  ];

  it("returns an error per failing field", () => {
    expect(validateFields(fields, {})).toEqual({
      url: "Webhook URL is required",
      password: "Password is required",
    });
  });

  it("in edit mode skips a stored secret unless it is being replaced", () => {
    const original = { url: "https://a.test", password: "abcd******" };
    const values = { url: "https://a.test", password: "abcd******" };
    expect(validateFields(fields, values, { mode: "edit", original })).toEqual({});
    expect(
      validateFields(
        fields,
        { ...values, password: "" },
        {
          mode: "edit",
          original,
          replacing: new Set(["password"]),
        },
      ),
    ).toEqual({ password: "Password is required" });
  });

  it("in edit mode validates a sensitive field with nothing stored", () => {
    expect(
      validateFields(fields, { url: "https://a.test" }, { mode: "edit", original: { url: "x" } }),
    ).toEqual({ password: "Password is required" });
  });
});
