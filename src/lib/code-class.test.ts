import { describe, expect, it } from "vitest";
import { codeClassOf, isCodeClass, statusOfCodeClass } from "./code-class";

describe("codeClassOf", () => {
  it.each([
    ["200", "2xx"],
    ["204", "2xx"],
    ["404", "4xx"],
    ["429", "4xx"],
    ["500", "5xx"],
    ["503", "5xx"],
    ["timeout", "timeout"],
    ["ETIMEOUT", "timeout"],
    ["ERR", "other"],
    ["OK", "other"],
    ["302", "other"],
    ["5000", "other"],
    [undefined, "other"],
  ] as const)("%s → %s", (code, expected) => {
    expect(codeClassOf(code)).toBe(expected);
  });
});

describe("statusOfCodeClass and isCodeClass", () => {
  it("only 2xx is a success", () => {
    expect(statusOfCodeClass("2xx")).toBe("success");
    expect(statusOfCodeClass("5xx")).toBe("failed");
    expect(statusOfCodeClass("timeout")).toBe("failed");
  });
  it("accepts the known classes only", () => {
    expect(isCodeClass("4xx")).toBe(true);
    expect(isCodeClass("constructor")).toBe(false);
    expect(isCodeClass("")).toBe(false);
    expect(isCodeClass(null)).toBe(false);
  });
});
