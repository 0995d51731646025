import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { WithBreaks } from "./with-breaks";

const breaksIn = (text: string) => {
  const { container } = render(<WithBreaks text={text} />);
  return { text: container.textContent, breaks: container.querySelectorAll("wbr").length };
};

describe("WithBreaks", () => {
  it("offers a break after each run of separators and keeps the text whole", () => {
    expect(breaksIn("https://legacy.acme-demo.example/fail/events")).toEqual({
      text: "https://legacy.acme-demo.example/fail/events",
      // https:// | legacy. | acme- | demo. | example/ | fail/ | events
      breaks: 6,
    });
  });

  it("adds nothing to a word without separators", () => {
    expect(breaksIn("acme")).toEqual({ text: "acme", breaks: 0 });
  });

  it("leaves very long values to wrap anywhere instead of making thousands of nodes", () => {
    const long = "a/".repeat(200);
    expect(breaksIn(long)).toEqual({ text: long, breaks: 0 });
  });
});
