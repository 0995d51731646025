import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import tailwindcss from "@tailwindcss/vite";

const sandbox = process.env.SANDBOX_URL ?? "http://localhost:3333";

export default defineConfig({
  // Relative asset URLs: one build serves any sub-path (index.html sets <base> at boot).
  base: "./",
  plugins: [react(), tailwindcss()],
  build: {
    manifest: true,
    target: "es2022",
  },
  server: {
    proxy: {
      "/api/v1": { target: sandbox },
      "/inject-portal-config.js": { target: sandbox },
    },
  },
});
