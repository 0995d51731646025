import { describe, expect, it } from "vitest";
import { httpHref } from "./http-href";

describe("httpHref", () => {
  it("passes absolute http and https URLs", () => {
    expect(httpHref("https://console.aws.amazon.com/sqs?q=1")).toBe(
      "https://console.aws.amazon.com/sqs?q=1",
    );
    expect(httpHref("http://localhost:8080/x")).toBe("http://localhost:8080/x");
  });

  it.each([
    "data:text/html,<script>alert(1)</script>",
    "javascript:alert(1)",
    " JavaScript:alert(1)",
    "vbscript:x",
    "/relative/path",
    "//evil.example",
    "",
    null,
    42,
  ])("refuses %j", (value) => {
    expect(httpHref(value)).toBeNull();
  });
});
