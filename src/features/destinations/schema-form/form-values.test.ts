import { describe, expect, it } from "vitest";
import type { DestinationField } from "@/api/types";
import { initialValues, parseKeyValueMap, serializeKeyValueMap, toApiValues } from "./form-values";
import { decodeKeyValueRows, encodeKeyValueRows } from "./key-value-json";

const text = (key: string, extra: Partial<DestinationField> = {}): DestinationField => ({
  key,
  type: "text",
  label: key,
  required: false,
  ...extra,
});

const FIELDS: DestinationField[] = [
  text("url", { required: true }),
  text("storage_class", { default: "STANDARD" }),
  { key: "tls_on", type: "checkbox", label: "TLS", required: false, default: "on" },
  { key: "tls_true", type: "checkbox", label: "TLS", required: false, default: "true" },
  { key: "tls_none", type: "checkbox", label: "TLS", required: false },
  {
    key: "mode",
    type: "select",
    label: "Mode",
    required: false,
    options: [{ label: "A", value: "a" }],
  },
  { key: "headers", type: "key_value_map", label: "Headers", required: false },
  text("token", { sensitive: true }),
  { key: "future", type: "color_picker", label: "Future", required: false },
];

describe("initialValues", () => {
  it("uses defaults: checkbox on/true → true, absent → false, select/text default or empty", () => {
    expect(initialValues(FIELDS)).toEqual({
      url: "",
      storage_class: "STANDARD",
      tls_on: "true",
      tls_true: "true",
      tls_none: "false",
      mode: "",
      headers: "",
      token: "",
      future: "",
    });
  });

  it("prefers existing values over defaults", () => {
    const values = initialValues(FIELDS, {
      url: "https://a.test",
      storage_class: "GLACIER",
      tls_on: "false",
      tls_none: "on",
      headers: '{"X-Env":"prod"}',
      token: "abcd******",
    });
    expect(values).toMatchObject({
      url: "https://a.test",
      storage_class: "GLACIER",
      tls_on: "false",
      tls_none: "true",
      token: "abcd******",
    });
    expect(decodeKeyValueRows(values.headers ?? "")).toEqual([{ key: "X-Env", value: "prod" }]);
  });

  it("restores values of this form saved earlier (a draft) unchanged, key/value rows included", () => {
    const draft = {
      ...initialValues(FIELDS),
      url: "https://a.test",
      tls_on: "false",
      headers: encodeKeyValueRows([
        { key: "X-A", value: "1" },
        { key: "", value: "half-typed" },
      ]),
    };
    expect(initialValues(FIELDS, draft)).toEqual(draft);
  });
});

describe("parseKeyValueMap", () => {
  it("reads a JSON object string into rows in order", () => {
    expect(parseKeyValueMap('{"X-Env":"prod","Authorization":"Bearer x"}')).toEqual([
      { key: "X-Env", value: "prod" },
      { key: "Authorization", value: "Bearer x" },
    ]);
  });

  it.each(["", "not json", "[1,2]", '"text"', "null", "42", "{"])(
    "gives no rows for %j",
    (json) => {
      expect(parseKeyValueMap(json)).toEqual([]);
    },
  );

  it("stringifies non-string values", () => {
    expect(parseKeyValueMap('{"a":1,"b":true,"c":null,"d":{"x":1}}')).toEqual([
      { key: "a", value: "1" },
      { key: "b", value: "true" },
      { key: "c", value: "" },
      { key: "d", value: '{"x":1}' },
    ]);
  });
});

describe("serializeKeyValueMap", () => {
  it("writes the JSON object string Outpost expects", () => {
    expect(
      serializeKeyValueMap([
        { key: "X-Env", value: "prod" },
        { key: "X-Team", value: 'a "b"' },
      ]),
    ).toBe('{"X-Env":"prod","X-Team":"a \\"b\\""}');
  });

  it("drops rows without a key and gives an empty string when none are left", () => {
    expect(
      serializeKeyValueMap([
        { key: " ", value: "v" },
        { key: "", value: "" },
      ]),
    ).toBe("");
    expect(serializeKeyValueMap([])).toBe("");
    expect(
      serializeKeyValueMap([
        { key: " X-A ", value: "1" },
        { key: "", value: "2" },
      ]),
    ).toBe('{"X-A":"1"}');
  });

  it("round-trips through parseKeyValueMap", () => {
    const rows = [
      { key: "a", value: "1" },
      { key: "b", value: "" },
    ];
    expect(parseKeyValueMap(serializeKeyValueMap(rows))).toEqual(rows);
  });
});

describe("form-state rows encoding", () => {
  it("keeps empty and duplicate rows, and accepts an Outpost object string too", () => {
    const rows = [
      { key: "", value: "" },
      { key: "A", value: "1" },
      { key: "A", value: "2" },
    ];
    expect(decodeKeyValueRows(encodeKeyValueRows(rows))).toEqual(rows);
    expect(encodeKeyValueRows([])).toBe("");
    expect(decodeKeyValueRows('{"A":"1"}')).toEqual([{ key: "A", value: "1" }]);
    expect(decodeKeyValueRows("garbage")).toEqual([]);
  });
});

describe("toApiValues — create", () => {
  it("sends non-empty values, checkboxes always, key/value maps as JSON strings", () => {
    const values = {
      ...initialValues(FIELDS),
      url: "https://a.test",
      headers: encodeKeyValueRows([
        { key: "X-Env", value: "prod" },
        { key: "", value: "" },
      ]),
      token: "secret-token",
    };
    expect(toApiValues(FIELDS, values, { mode: "create" })).toEqual({
      url: "https://a.test",
      storage_class: "STANDARD",
      tls_on: "true",
      tls_true: "true",
      tls_none: "false",
      headers: '{"X-Env":"prod"}',
      token: "secret-token",
    });
  });

  it("omits an empty key/value map and ignores keys that aren't fields", () => {
    const values = {
      ...initialValues(FIELDS),
      headers: encodeKeyValueRows([{ key: "", value: "" }]),
      secret: "x",
    };
    const result = toApiValues(FIELDS, values, { mode: "create" });
    expect(result).not.toHaveProperty("headers");
    expect(result).not.toHaveProperty("secret");
  });
});

describe("toApiValues — edit", () => {
  const original = {
    url: "https://old.test",
    storage_class: "GLACIER",
    tls_on: "true",
    headers: '{"X-Env":"prod"}',
    token: "abcd********",
  };

  it("sends nothing when nothing changed", () => {
    const values = initialValues(FIELDS, original);
    expect(toApiValues(FIELDS, values, { mode: "edit", original })).toEqual({});
  });

  it("sends only changed keys, cleared ones as null", () => {
    const values = {
      ...initialValues(FIELDS, original),
      url: "https://new.test",
      storage_class: "",
      tls_on: "false",
    };
    expect(toApiValues(FIELDS, values, { mode: "edit", original })).toEqual({
      url: "https://new.test",
      storage_class: null,
      tls_on: "false",
    });
  });

  it("compares key/value maps by content, and removes an emptied one with null", () => {
    const same = {
      ...initialValues(FIELDS, original),
      headers: encodeKeyValueRows([
        { key: "X-Env", value: "prod" },
        { key: "", value: "" },
      ]),
    };
    expect(toApiValues(FIELDS, same, { mode: "edit", original })).toEqual({});

    const changed = { ...same, headers: encodeKeyValueRows([{ key: "X-Env", value: "dev" }]) };
    expect(toApiValues(FIELDS, changed, { mode: "edit", original })).toEqual({
      headers: '{"X-Env":"dev"}',
    });

    const emptied = { ...same, headers: "" };
    expect(toApiValues(FIELDS, emptied, { mode: "edit", original })).toEqual({ headers: null });
  });

  it("never sends a stored secret unless it is being replaced", () => {
    const values = { ...initialValues(FIELDS, original), token: "typed-but-not-replacing" };
    expect(toApiValues(FIELDS, values, { mode: "edit", original })).toEqual({});
    expect(
      toApiValues(FIELDS, values, { mode: "edit", original, replacing: new Set(["token"]) }),
    ).toEqual({ token: "typed-but-not-replacing" });
  });

  it("removes an optional stored secret replaced with nothing", () => {
    const values = { ...initialValues(FIELDS, original), token: "" };
    expect(
      toApiValues(FIELDS, values, { mode: "edit", original, replacing: new Set(["token"]) }),
    ).toEqual({ token: null });
  });

  it("sends a sensitive value typed where nothing was stored", () => {
    const withoutToken = { url: "https://old.test" };
    const values = { ...initialValues(FIELDS, withoutToken), token: "fresh-token" };
    expect(toApiValues(FIELDS, values, { mode: "edit", original: withoutToken })).toEqual({
      token: "fresh-token",
    });
  });

  it("doesn't send a default the destination never stored unless the user changed it", () => {
    const sparse = { url: "https://old.test" };
    const values = initialValues(FIELDS, sparse);
    expect(values.storage_class).toBe("STANDARD");
    expect(toApiValues(FIELDS, values, { mode: "edit", original: sparse })).toEqual({});
  });
});
