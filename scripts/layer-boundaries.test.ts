// Plants imports that break the layer rules into virtual files and lints them
// with the real eslint.config.js: each must fail, naming the rule and the layer.
import { readdirSync } from "node:fs";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const root = new URL("..", import.meta.url).pathname;
const eslint = new ESLint({ cwd: root });

/** `src/<dir>/<some module>` without extension: a real file, whatever phase 2 moves. */
function someModule(dir: string) {
  const file = readdirSync(`${root}src/${dir}`, { recursive: true, encoding: "utf8" }).find(
    (name) => /\.tsx?$/.test(name) && !/\.test(-util)?\.tsx?$|\.fixture\.ts$/.test(name),
  );
  if (!file) throw new Error(`no module in src/${dir}`);
  return `src/${dir}/${file.replace(/\.tsx?$/, "")}`;
}

/** The boundary messages for a planted file `from` that imports module `to` (both under src/). */
async function boundaryErrors(from: string, to: string, style: "relative" | "alias" = "relative") {
  const depth = from.split("/").length - 2;
  const specifier =
    style === "alias"
      ? to.replace(/^src\//, "@/")
      : `${"../".repeat(depth) || "./"}${to.replace(/^src\//, "")}`;
  const [result] = await eslint.lintText(`export * from "${specifier}";\n`, { filePath: from });
  return result!.messages
    .filter((message) => message.ruleId === "import-x/no-restricted-paths")
    .map((message) => message.message);
}

describe("layer boundaries in lint", () => {
  it("refuse a feature importing another feature", async () => {
    expect(
      await boundaryErrors("src/features/metrics/planted.ts", someModule("features/destinations")),
    ).toEqual([expect.stringContaining("features/metrics may not import another feature")]);
  });

  it("refuse the same import written with the @/ alias", async () => {
    expect(
      await boundaryErrors(
        "src/features/metrics/planted.ts",
        someModule("features/destinations"),
        "alias",
      ),
    ).toEqual([expect.stringContaining("features/metrics may not import another feature")]);
  });

  it("refuse a shared layer importing a feature", async () => {
    expect(await boundaryErrors("src/ui/planted.ts", someModule("features/activity"))).toEqual([
      expect.stringContaining("src/ui is a shared layer: it may not import features or app"),
    ]);
  });

  it("keep src/i18n a shared layer: features and app may use it, it may use neither", async () => {
    expect(
      await boundaryErrors("src/i18n/planted.ts", someModule("features/destinations")),
    ).toEqual([
      expect.stringContaining("src/i18n is a shared layer: it may not import features or app"),
    ]);
    expect(await boundaryErrors("src/i18n/planted.ts", someModule("app"))).toEqual([
      expect.stringContaining("src/i18n is a shared layer"),
    ]);
    expect(
      await boundaryErrors("src/features/destinations/planted.ts", someModule("i18n"), "alias"),
    ).toEqual([]);
    expect(await boundaryErrors("src/lib/planted.ts", someModule("i18n"))).toEqual([
      expect.stringContaining("src/lib holds pure helpers"),
    ]);
  });

  it("refuse a feature importing app, and lib importing another layer", async () => {
    expect(await boundaryErrors("src/features/tenant/planted.ts", someModule("app"))).toEqual([
      expect.stringContaining("A feature may not import src/app"),
    ]);
    expect(await boundaryErrors("src/lib/planted.ts", someModule("ui"))).toEqual([
      expect.stringContaining("src/lib holds pure helpers"),
    ]);
  });

  it("hold for every file of the tree: none is exempt", async () => {
    const files = readdirSync(`${root}src`, { recursive: true, encoding: "utf8" }).filter((name) =>
      /\.tsx?$/.test(name),
    );
    for (const file of files) {
      const config = await eslint.calculateConfigForFile(`src/${file}`);
      expect(config.rules["import-x/no-restricted-paths"]?.[0], file).toBe(2);
    }
  });

  it("refuse an import that climbs out of its folder with ../", async () => {
    const [result] = await eslint.lintText('export * from "../../lib/cn";\n', {
      filePath: "src/features/activity/planted.ts",
    });
    expect(
      result!.messages
        .filter((message) => message.ruleId === "@typescript-eslint/no-restricted-imports")
        .map((message) => message.message),
    ).toEqual([expect.stringContaining("through @/")]);
  });

  it("allow imports that follow the layers", async () => {
    for (const to of [someModule("lib"), someModule("ui"), someModule("api")]) {
      expect(await boundaryErrors("src/features/activity/planted.ts", to)).toEqual([]);
    }
    expect(await boundaryErrors("src/app/planted.ts", someModule("features/activity"))).toEqual([]);
  });
});
