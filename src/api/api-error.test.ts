import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { laterMessages } from "@/i18n/i18n";
import { ApiError, parseRetryAfter } from "./api-error";
import { apiErrorFromResponse, fallbackMessage, splitValidationMessages } from "./error-body";

const NOW = Date.UTC(2030, 0, 1, 12, 0, 0);

function json(status: number, body: unknown, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json", ...headers },
  });
}

afterEach(() => {
  vi.useRealTimers();
});

describe("apiErrorFromResponse", () => {
  it("splits Outpost's 422 validation messages by field and keeps its message", async () => {
    const error = await apiErrorFromResponse(
      json(422, {
        status: 422,
        message: "validation error",
        data: ["url is required", "topics is required", "config.url does not match pattern"],
      }),
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("ApiError");
    expect(error.status).toBe(422);
    expect(error.message).toBe("validation error");
    expect(error.fieldErrors).toEqual({
      url: ["url is required"],
      topics: ["topics is required"],
      "config.url": ["config.url does not match pattern"],
    });
    expect(error.formErrors).toEqual([]);
    expect(error.code).toBeNull();
    expect(error.retryAfterMs).toBeNull();
    expect(error.isClientError).toBe(true);
    expect(error.isNetworkError).toBe(false);
  });

  it("reads data.error as the code and falls back to the status's message", async () => {
    const error = await apiErrorFromResponse(
      json(400, { data: { error: "destination_disabled" } }),
    );
    expect(error.status).toBe(400);
    expect(error.code).toBe("destination_disabled");
    expect(error.message).toBe("The request was not accepted.");
    expect(error.fieldErrors).toEqual({});
    expect(error.formErrors).toEqual([]);
  });

  it("reads a { field: message | [messages] } data object next to the code", async () => {
    const error = await apiErrorFromResponse(
      json(400, {
        message: "bad request",
        data: {
          error: "invalid_config",
          url: "is required",
          "config.url": ["config.url must use https", "must not be private"],
        },
      }),
    );
    expect(error.code).toBe("invalid_config");
    expect(error.message).toBe("bad request");
    expect(error.fieldErrors).toEqual({
      url: ["url is required"],
      "config.url": ["config.url must use https", "config.url must not be private"],
    });
  });

  it("reads a single string data as one message", async () => {
    const error = await apiErrorFromResponse(
      json(422, { message: "x", data: "topics is required" }),
    );
    expect(error.fieldErrors).toEqual({ topics: ["topics is required"] });
  });

  it.each([
    [401, "Your session has ended."],
    [403, "You don't have access to this."],
  ])("uses the fallback message for an empty-body %i", async (status, message) => {
    const error = await apiErrorFromResponse(new Response(null, { status }));
    expect(error.status).toBe(status);
    expect(error.message).toBe(message);
    expect(error.fieldErrors).toEqual({});
    expect(error.code).toBeNull();
  });

  it("uses the server-problem message for a non-JSON 502 body", async () => {
    const error = await apiErrorFromResponse(
      new Response("<html><body>Bad Gateway</body></html>", {
        status: 502,
        headers: { "Content-Type": "text/html" },
      }),
    );
    expect(error.status).toBe(502);
    expect(error.message).toBe("The server had a problem. Try again.");
    expect(error.isClientError).toBe(false);
  });

  it("ignores a blank or non-string message", async () => {
    expect((await apiErrorFromResponse(json(404, { message: "   " }))).message).toBe("Not found.");
    expect((await apiErrorFromResponse(json(409, { message: 7 }))).message).toBe(
      "This conflicts with the current state. Reload and try again.",
    );
    expect((await apiErrorFromResponse(json(500, ["not", "an object"]))).message).toBe(
      "The server had a problem. Try again.",
    );
  });

  it("reads Retry-After in seconds", async () => {
    const error = await apiErrorFromResponse(
      json(429, { message: "rate limited" }, { "Retry-After": "3" }),
    );
    expect(error.status).toBe(429);
    expect(error.retryAfterMs).toBe(3000);
    expect(error.message).toBe("rate limited");
  });

  it("reads Retry-After as an HTTP date", async () => {
    vi.useFakeTimers({ now: NOW });
    const error = await apiErrorFromResponse(
      new Response(null, {
        status: 503,
        headers: { "Retry-After": new Date(NOW + 7000).toUTCString() },
      }),
    );
    expect(error.retryAfterMs).toBe(7000);
    expect(error.message).toBe("The server had a problem. Try again.");
  });
});

describe("splitValidationMessages", () => {
  it("keys messages by their first word and groups repeats", () => {
    expect(
      splitValidationMessages([
        "url is required",
        "url must be https",
        "config.url: does not match pattern",
        "credentials.secret is too short",
        "headers[0] is invalid",
        "_meta is reserved",
      ]),
    ).toEqual({
      fieldErrors: {
        url: ["url is required", "url must be https"],
        "config.url": ["config.url: does not match pattern"],
        "credentials.secret": ["credentials.secret is too short"],
        "headers[0]": ["headers[0] is invalid"],
        _meta: ["_meta is reserved"],
      },
      formErrors: [],
    });
  });

  it("puts messages that name no field at form level", () => {
    expect(
      splitValidationMessages(["required", "", "  leading space", "1st is bad", "x:"]),
    ).toEqual({
      fieldErrors: {},
      formErrors: ["required", "", "  leading space", "1st is bad", "x:"],
    });
  });

  it("gives empty results for no messages", () => {
    expect(splitValidationMessages([])).toEqual({ fieldErrors: {}, formErrors: [] });
  });
});

describe("parseRetryAfter", () => {
  it.each([
    ["0", 0],
    ["3", 3000],
    ["120", 120_000],
    [" 5 ", 5000],
    ["1.5", 1500],
  ])("reads %j seconds as %i ms", (value, ms) => {
    expect(parseRetryAfter(value, NOW)).toBe(ms);
  });

  it("reads HTTP dates relative to now", () => {
    expect(parseRetryAfter(new Date(NOW + 30_000).toUTCString(), NOW)).toBe(30_000);
    expect(parseRetryAfter("Tue, 01 Jan 2030 12:01:00 GMT", NOW)).toBe(60_000);
  });

  it("gives 0 for a date in the past", () => {
    expect(parseRetryAfter(new Date(NOW - 60_000).toUTCString(), NOW)).toBe(0);
  });

  it.each([[null], [""], ["soon"], ["Infinity"], ["-1"], ["-5"], ["foo 1"], ["0x10"], ["1e3"]])(
    "gives null for %j",
    (value) => {
      expect(parseRetryAfter(value, NOW)).toBeNull();
    },
  );
});

describe("fallbackMessage", () => {
  beforeAll(laterMessages);

  it.each([
    [0, "Can't reach the server. Check your connection and try again."],
    [422, "Some values are not valid."],
    [429, "Too many requests. Wait a moment and try again."],
    [500, "The server had a problem. Try again."],
    [504, "The server had a problem. Try again."],
    [418, "Request failed (418)."],
  ])("%i → %s", (status, message) => {
    expect(fallbackMessage(status)).toBe(message);
  });
});

describe("ApiError", () => {
  it("defaults the optional fields and classifies the status", () => {
    const network = new ApiError({ status: 0, message: "offline" });
    expect(network).toMatchObject({
      status: 0,
      message: "offline",
      fieldErrors: {},
      formErrors: [],
      code: null,
      retryAfterMs: null,
    });
    expect(network.isNetworkError).toBe(true);
    expect(network.isClientError).toBe(false);
    expect(new ApiError({ status: 499, message: "" }).isClientError).toBe(true);
    expect(new ApiError({ status: 500, message: "" }).isClientError).toBe(false);
  });
});
