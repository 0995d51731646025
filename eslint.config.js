import js from "@eslint/js";
import globals from "globals";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";
import { layerBoundaries } from "./eslint.boundaries.js";
import { logicalClasses } from "./eslint.logical-classes.js";

export default tseslint.config(
  { ignores: ["dist", "node_modules", "test-results", "playwright-report", "bench-results"] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ["**/*.{ts,tsx,js,mjs}"],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "@typescript-eslint/consistent-type-imports": "error",
      "no-console": ["error", { allow: ["warn", "error"] }],
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    extends: [reactHooks.configs.flat.recommended],
    languageOptions: { globals: globals.browser },
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "react-router",
              importNames: ["Link", "NavLink", "Form"],
              message:
                "Use Link/NavLink from @/ui/link: React Router's framework-mode components cost ~4 KB gzip of the first screen.",
            },
            {
              name: "react-router",
              importNames: ["useSearchParams"],
              message:
                "View state in the URL goes through useUrlParams (@/lib/use-url-params): one way to set, clear and drop the cursor.",
            },
          ],
          patterns: [
            {
              group: ["../*"],
              message:
                "Import from another folder through @/ (e.g. @/ui/button); ./ is for files in the same folder.",
            },
          ],
        },
      ],
    },
  },
  {
    // The one place that touches React Router's search params.
    files: ["src/lib/use-url-params.ts"],
    rules: { "@typescript-eslint/no-restricted-imports": "off" },
  },
  ...layerBoundaries,
  ...logicalClasses,
  {
    // CLIs and the sandbox print to the terminal on purpose.
    files: ["sandbox/**", "scripts/**", "e2e/**"],
    rules: { "no-console": "off" },
  },
);
