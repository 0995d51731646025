import { defineConfig, devices } from "@playwright/test";
import { chromiumLaunchOptions } from "./e2e/support/chromium";
import { SERVERS } from "./e2e/support/servers";

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
        launchOptions: chromiumLaunchOptions(),
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
