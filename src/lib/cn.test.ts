import { describe, expect, it } from "vitest";
import { cn } from "./cn";

describe("cn", () => {
  it("lets a caller's size and padding win over a primitive's", () => {
    expect(cn("inline-flex h-8 items-center px-3 text-sm", "h-7 px-2")).toBe(
      "inline-flex items-center text-sm h-7 px-2",
    );
  });

  it("resolves shorthand against longhand in the order given", () => {
    expect(cn("px-3 py-1", "p-0")).toBe("p-0");
    expect(cn("p-4", "ps-6")).toBe("p-4 ps-6");
    expect(cn("size-5", "w-full")).toBe("size-5 w-full");
    expect(cn("w-4 h-4", "size-6")).toBe("size-6");
  });

  it("tells a text size from a text colour and a border width from a border colour", () => {
    expect(cn("text-sm text-fg", "text-fg-muted")).toBe("text-sm text-fg-muted");
    expect(cn("text-sm text-fg", "text-xs")).toBe("text-fg text-xs");
    expect(cn("border border-border", "border-danger")).toBe("border border-danger");
    // A side's width is not a colour: the current tab keeps its underline.
    expect(cn("border-b-2 px-1", "border-brand-outline")).toBe(
      "border-b-2 px-1 border-brand-outline",
    );
    expect(cn("border-2 border-current border-t-transparent")).toBe(
      "border-2 border-current border-t-transparent",
    );
    expect(cn("border-b-2", "border-b-0")).toBe("border-b-0");
    expect(cn("border-b-2", "border-2")).toBe("border-2");
    expect(cn("border-2", "border-b-0")).toBe("border-2 border-b-0");
    expect(cn("border-t-transparent", "border-danger")).toBe("border-danger");
  });

  it("tells a text alignment from a text colour", () => {
    expect(cn("text-start text-fg", "text-fg-muted")).toBe("text-start text-fg-muted");
    expect(cn("text-start", "text-center")).toBe("text-center");
  });

  it("keeps variants apart and skips falsy values", () => {
    expect(cn("bg-surface hover:bg-surface-muted", false, null, undefined, "bg-brand")).toBe(
      "hover:bg-surface-muted bg-brand",
    );
    expect(cn("sm:p-5 p-4", { "p-2": true, "p-9": false })).toBe("sm:p-5 p-2");
  });

  it("keeps classes it has no group for, as a plain join would", () => {
    expect(cn("truncate animate-pulse", "truncate")).toBe("truncate animate-pulse truncate");
  });
});

describe("cn with logical sides and variants", () => {
  it("treats start/end padding, margin and borders as sides", () => {
    expect(cn("ps-8 sm:ps-0", "ps-4")).toBe("sm:ps-0 ps-4");
    expect(cn("ps-2 pe-3", "px-0")).toBe("px-0");
    expect(cn("px-4", "ps-2")).toBe("px-4 ps-2");
    expect(cn("ms-1 me-1", "m-0")).toBe("m-0");
    expect(cn("border-s-2", "border-s-0")).toBe("border-s-0");
    expect(cn("border-e-transparent", "border-danger")).toBe("border-danger");
  });

  it("reads variants with brackets, important and negative values", () => {
    expect(cn("has-[a:focus-visible]:p-2", "has-[a:focus-visible]:p-3", "p-1")).toBe(
      "has-[a:focus-visible]:p-3 p-1",
    );
    expect(cn("!p-2", "p-3")).toBe("!p-2 p-3");
    expect(cn("-mt-2", "mt-1")).toBe("mt-1");
    expect(cn("h-[3px]", "h-2", "max-w-6xl", "max-w-md")).toBe("h-2 max-w-md");
  });
});
