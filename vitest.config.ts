import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";

const alias = { "@": fileURLToPath(new URL("./src", import.meta.url)) };

/** `.test.ts` files that need a DOM (document, window, localStorage…); all other `.test.ts` run in node. */
const DOM_TESTS = [
  "src/app/boot-scripts.test.ts",
  "src/config/portal-config.test.ts",
  "src/embed/embed-bridge.test.ts",
  "src/session/entry.test.ts",
  "src/session/exit-redirect.test.ts",
  "src/session/session-store.test.ts",
  "src/session/token-storage.test.ts",
  "src/theme/brand-palette.test.ts",
  "src/theme/theme-preference.test.ts",
];

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        plugins: [react()],
        resolve: { alias },
        test: {
          name: "portal-dom",
          environment: "jsdom",
          include: ["src/**/*.test.tsx", ...DOM_TESTS],
          setupFiles: ["./src/test/setup.ts"],
          restoreMocks: true,
          // A screen's first test pays for jsdom and its lazy imports; on a loaded 2-core machine that passes 5 s.
          testTimeout: 15_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "portal-node",
          environment: "node",
          include: ["src/**/*.test.ts"],
          exclude: DOM_TESTS,
          restoreMocks: true,
        },
      },
      {
        test: {
          name: "tooling",
          environment: "node",
          include: ["scripts/**/*.test.ts"],
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: "sandbox",
          environment: "node",
          include: ["sandbox/**/*.test.ts"],
          testTimeout: 20_000,
        },
      },
    ],
  },
});
