import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import tailwindcss from "@tailwindcss/vite";

const FIRST_SCREEN_LIBS =
  /node_modules\/(react|react-dom|scheduler|wouter|regexparam|@tanstack\/(react-query|query-core)|jose)\//;

const sandbox = process.env.SANDBOX_URL ?? "http://localhost:3333";

export default defineConfig({
  // Relative asset URLs: one build serves any sub-path (index.html sets <base> at boot).
  base: "./",
  plugins: [react(), tailwindcss()],
  resolve: {
    alias: {
      "use-sync-external-store/shim/index.js": fileURLToPath(
        new URL("./src/lib/use-sync-external-store-shim.ts", import.meta.url),
      ),
    },
  },
  build: {
    manifest: true,
    target: "es2022",
    // Every supported browser preloads modules natively.
    modulePreload: { polyfill: false },
    rollupOptions: {
      output: {
        // The libraries of the first screen in one long-cached chunk: fewer requests, better gzip.
        // Libraries only lazy screens use stay in their chunks.
        manualChunks: (id: string) => (FIRST_SCREEN_LIBS.test(id) ? "vendor" : undefined),
      },
    },
  },
  server: {
    proxy: {
      "/api/v1": { target: sandbox },
      "/inject-portal-config.js": { target: sandbox },
    },
  },
});
