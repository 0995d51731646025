// Layer rules of src/ (README "Architecture"): app may import anything; a
// feature may import the shared layers but no other feature and not app; the
// shared layers never import features or app; lib imports nothing of ours.
import { readdirSync } from "node:fs";
import importX from "eslint-plugin-import-x";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";

const features = readdirSync(new URL("./src/features", import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const SHARED = ["api", "config", "embed", "i18n", "session", "theme", "ui"];

const zones = [
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: "./src/features",
    except: [`./${feature}`],
    message: `features/${feature} may not import another feature: move what both need to a shared layer, or compose the two in src/app.`,
  })),
  {
    target: "./src/features",
    from: "./src/app",
    message: "A feature may not import src/app: app composes features, not the other way round.",
  },
  ...SHARED.map((layer) => ({
    target: `./src/${layer}`,
    from: ["./src/features", "./src/app"],
    message: `src/${layer} is a shared layer: it may not import features or app.`,
  })),
  {
    target: "./src/lib",
    from: "./src",
    except: ["./lib"],
    message: "src/lib holds pure helpers: it imports nothing of ours outside src/lib.",
  },
];

export const layerBoundaries = [
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { "import-x": importX },
    settings: {
      "import-x/resolver-next": [
        createTypeScriptImportResolver({ project: "./tsconfig.app.json" }),
      ],
    },
    rules: { "import-x/no-restricted-paths": ["error", { zones }] },
  },
];
