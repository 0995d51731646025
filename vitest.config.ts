import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [react()],
        test: {
          name: "portal",
          environment: "jsdom",
          include: ["src/**/*.test.{ts,tsx}"],
          setupFiles: ["./src/test/setup.ts"],
          restoreMocks: true,
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
