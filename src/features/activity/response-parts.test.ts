import { describe, expect, it } from "vitest";
import { responseParts } from "./response-parts";

describe("responseParts", () => {
  it("parses a webhook body that is JSON text, as Outpost stores it", () => {
    expect(responseParts({ status: 500, body: '{"error":"down","retry":[1,2]}' })).toEqual({
      status: "500",
      body: { error: "down", retry: [1, 2] },
    });
    expect(responseParts({ status: 200, body: " [1] " })?.body).toEqual([1]);
  });

  it("keeps other text, broken JSON and non-string bodies as they are", () => {
    expect(responseParts({ status: 502, body: "Bad Gateway" })?.body).toBe("Bad Gateway");
    expect(responseParts({ status: 500, body: "{not json" })?.body).toBe("{not json");
    expect(responseParts({ status: 200, body: { ok: true } })?.body).toEqual({ ok: true });
    expect(responseParts({ status: 200, body: "" })?.body).toBe("");
  });

  it("shows other shapes whole, and nothing without data", () => {
    const sqs = { queue_url: "q", message_id: "m" };
    expect(responseParts(sqs)).toEqual({ status: null, body: sqs });
    expect(responseParts({ status_code: 404, body: "nope" })?.status).toBe("404");
    expect(responseParts(null)).toBeNull();
  });
});
