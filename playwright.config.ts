import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { SERVERS } from "./e2e/support/servers";

// A system Chromium when there is one (CI installs Debian's); else Playwright's own browser.
const chromium = [process.env.CHROMIUM_PATH, "/usr/bin/chromium"].find(
  (path): path is string => !!path && existsSync(path),
);

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 30_000,
  expect: { timeout: 7_000 },
  use: {
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: chromium
          ? {
              executablePath: chromium,
              args: [
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
              ],
            }
          : {},
      },
    },
  ],
  webServer: Object.values(SERVERS).map((server) => ({
    command: "node --import tsx sandbox/main.ts",
    url: `${server.origin}/api/v1/healthz`,
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: "ignore" as const,
    env: {
      SANDBOX_SEED: "0",
      SANDBOX_STATIC_DIR: "dist",
      API_KEY: server.apiKey,
      API_JWT_SECRET: server.jwtSecret,
      API_PORT: String(server.port),
      ...server.env,
    },
  })),
});
