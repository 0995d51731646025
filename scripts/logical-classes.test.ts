// Lints planted components with the real eslint.config.js: physical-side Tailwind classes
// (which don't mirror in Arabic) fail wherever classes are written, their logical twins and
// prose pass.
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const root = new URL("..", import.meta.url).pathname;
const eslint = new ESLint({ cwd: root });

/** The physical-class messages for `code` planted as `file` (under src/ unless told). */
async function reported(code: string, file = "src/ui/planted.tsx") {
  const [result] = await eslint.lintText(code, { filePath: file });
  // A planted file that doesn't parse would report nothing and pass the "pass" cases.
  expect(result!.messages.filter((message) => message.fatal)).toEqual([]);
  return result!.messages
    .filter((message) => message.ruleId === "portal/no-physical-classes")
    .map((message) => message.message);
}

const token = (message: string) => /^`([^`]+)`/.exec(message)?.[1];

describe("physical-side Tailwind classes in lint", () => {
  it("fail in className strings, naming the logical class to use", async () => {
    const messages = await reported(
      `export const A = () => <div className="flex pl-4 gap-2" />;\n`,
    );
    expect(messages).toEqual([
      expect.stringMatching(/^`pl-4` names a physical side .* use `ps-4`/),
    ]);
  });

  it("fail behind variants, negated, important or with arbitrary values", async () => {
    const messages = await reported(
      `export const A = () => <p className="sm:mr-2 hover:text-left -ml-1 pr-[3px]! [&_ul]:pl-5" />;\n`,
    );
    expect(messages.map(token)).toEqual([
      "sm:mr-2",
      "hover:text-left",
      "-ml-1",
      "pr-[3px]!",
      "[&_ul]:pl-5",
    ]);
    expect(messages[1]).toContain("use `hover:text-start`");
    expect(messages[2]).toContain("use `-ms-1`");
  });

  it("fail in cn(...) arguments, template literals and variant maps", async () => {
    const messages = await reported(
      [
        `import { cn } from "@/lib/cn";`,
        `const side = { start: "left-0 top-0", end: "right-2" };`,
        "export const a = (x: boolean) => cn(`absolute ${x ? 'border-l-2' : ''} rounded-tl-md`, side);",
        `export const b = cn("float-right", "border-r-border", "rounded-r", "scroll-ml-4");`,
      ].join("\n"),
      "src/features/destinations/planted.ts",
    );
    expect(messages.map(token)).toEqual([
      "left-0",
      "right-2",
      "border-l-2",
      "rounded-tl-md",
      "float-right",
      "border-r-border",
      "rounded-r",
      "scroll-ml-4",
    ]);
    expect(messages.map((message) => /use `([^`]+)`/.exec(message)?.[1])).toEqual([
      "start-0",
      "end-2",
      "border-s-2",
      "rounded-ss-md",
      "float-end",
      "border-e-border",
      "rounded-e",
      "scroll-ms-4",
    ]);
  });

  it("pass logical classes, symmetric ones and sides chosen under rtl: or ltr:", async () => {
    expect(
      await reported(
        `export const A = () => <div className="ps-4 pe-8 ms-auto -me-1 start-0 end-2 text-start border-s-2 rounded-ss-md px-3 mx-auto inset-x-0 rtl:left-0 ltr:right-0 rtl:-scale-x-100 md:rtl:pl-2" />;\n`,
      ),
    ).toEqual([]);
  });

  it("pass prose, labels and data that only look like a side", async () => {
    // A token must be a class from end to end (utility plus a value of Tailwind's shape),
    // so words that start with a side, or hold one in the middle, are not classes.
    expect(
      await reported(
        [
          `export const A = () => (`,
          `  <button aria-label="display-left-panel" title="left-over right-hand text-leftmost">`,
          `    {"Align text left, or right; margin-left: 4px"}`,
          `  </button>`,
          `);`,
          "export const url = `https://example.com/pl-dashboard?side=left`;",
          `export const topic = "order.left-behind";`,
        ].join("\n"),
      ),
    ).toEqual([]);
  });

  it("apply to src only: the sandbox and scripts may name sides", async () => {
    expect(await reported(`export const c = "pl-4";\n`, "sandbox/planted.ts")).toEqual([]);
  });
});
