import { describe, expect, it } from "vitest";
import { toSearchParams } from "./search-params";

describe("toSearchParams", () => {
  it("is empty for no query", () => {
    expect(toSearchParams(undefined).toString()).toBe("");
    expect(toSearchParams({}).toString()).toBe("");
  });

  it("repeats array keys in order", () => {
    const params = toSearchParams({ topic: ["user.created", "order.*"], limit: 25 });
    expect(params.getAll("topic")).toEqual(["user.created", "order.*"]);
    expect(params.toString()).toBe("topic=user.created&topic=order.*&limit=25");
  });

  it("skips undefined, null and empty strings but keeps 0 and false", () => {
    const params = toSearchParams({
      a: undefined,
      b: null,
      c: "",
      zero: 0,
      off: false,
      on: true,
      text: "x",
    });
    expect(params.toString()).toBe("zero=0&off=false&on=true&text=x");
  });

  it("adds nothing for an empty array and stringifies numbers inside arrays", () => {
    const params = toSearchParams({ topic: [], id: [1, 2] });
    expect([...params]).toEqual([
      ["id", "1"],
      ["id", "2"],
    ]);
  });

  it("encodes reserved characters", () => {
    const params = toSearchParams({ q: "a b&c=d", "odd key": "ü/?#" });
    expect(params.toString()).toBe("q=a+b%26c%3Dd&odd+key=%C3%BC%2F%3F%23");
    expect(new URLSearchParams(params.toString()).get("q")).toBe("a b&c=d");
  });
});
