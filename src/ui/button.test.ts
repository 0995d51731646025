import { describe, expect, it } from "vitest";
import { buttonClasses } from "./button";

describe("buttonClasses", () => {
  it("gives a caller's h-7 px-2 precedence over the small size's h-8 px-3", () => {
    const classes = buttonClasses({ size: "sm", className: "h-7 px-2" }).split(" ");
    expect(classes).toEqual(expect.arrayContaining(["h-7", "px-2", "text-sm", "gap-1.5"]));
    expect(classes).not.toContain("h-8");
    expect(classes).not.toContain("px-3");
  });

  it("keeps the variant's border colour next to the border width", () => {
    const classes = buttonClasses({ variant: "primary" }).split(" ");
    expect(classes).toEqual(expect.arrayContaining(["border", "border-transparent"]));
  });
});
