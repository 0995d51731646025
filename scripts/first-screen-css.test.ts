// src/index.css generates the first screen's utilities from the files it names with
// @source. A module the first screen loads but index.css doesn't name would render
// without its classes until another screen's stylesheet arrives: this test walks the
// entry's static imports and fails, naming the file, when one isn't covered.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { describe, expect, it } from "vitest";

const root = new URL("..", import.meta.url).pathname;
const src = join(root, "src");

// Static, runtime imports and re-exports only: `import type` brings no classes, and
// `import()` is another chunk (it brings the screens' stylesheet with it).
const STATIC_IMPORT =
  /^\s*(?:import(?!\s+type\b)[^'"]*?from\s*|import\s*|export\s*(?!type\b)[^'"]*?from\s*)["']([^"']+)["']/gm;

function resolve(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/")
    ? join(src, specifier.slice(2))
    : specifier.startsWith(".")
      ? join(dirname(from), specifier)
      : null;
  if (!base) return null; // a package
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, "index.ts")]) {
    if (existsSync(candidate) && /\.(tsx?|css)$/.test(candidate)) return normalize(candidate);
  }
  return null;
}

function firstScreenModules(): string[] {
  const seen = new Set<string>();
  const stack = [join(src, "main.tsx")];
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file) || !/\.tsx?$/.test(file)) continue;
    seen.add(file);
    for (const [, specifier] of readFileSync(file, "utf8").matchAll(STATIC_IMPORT)) {
      const target = resolve(file, specifier!);
      if (target) stack.push(target);
    }
  }
  return [...seen].map((file) => relative(src, file)).sort();
}

function sources(): string[] {
  const css = readFileSync(join(src, "index.css"), "utf8");
  return [...css.matchAll(/@source\s+"\.\/([^"]*)"/g)].map(([, path]) => path!);
}

const covers = (source: string, file: string) =>
  source === file || file.startsWith(`${source.replace(/\/$/, "")}/`);

describe("the first screen's stylesheet", () => {
  it("names every module the first screen loads", () => {
    const modules = firstScreenModules();
    // The walk really follows the entry: the shell and the list are in it, lazy screens aren't.
    expect(modules).toEqual(
      expect.arrayContaining(["app/app-layout.tsx", "features/destinations/destinations-page.tsx"]),
    );
    expect(modules).not.toContain("features/activity/activity-page.tsx");
    const included = sources();
    const uncovered = modules.filter(
      (file) => file !== "main.tsx" && !included.some((source) => covers(source, file)),
    );
    expect(uncovered, "add these to src/index.css's @source list").toEqual([]);
  });

  it("names only files and folders that exist", () => {
    for (const source of sources()) expect(existsSync(join(src, source)), source).toBe(true);
  });
});
