import { defineConfig, devices } from "@playwright/test";
import { chromiumLaunchOptions } from "./e2e/support/chromium";

/**
 * The portal's main journeys against a real Outpost (`npm run test:outpost`), serving the
 * built portal through PORTAL_PROXY_URL. Not part of `npm test`.
 */
export default defineConfig({
  testDir: "e2e-outpost",
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 1,
  reporter: process.env.CI
    ? [["list"]]
    : [["list"], ["html", { open: "never", outputFolder: "playwright-report/outpost" }]],
  outputDir: "test-results/outpost",
  timeout: 120_000,
  // Deliveries reach the log store in batches of about a second.
  expect: { timeout: 20_000 },
  globalSetup: "./e2e-outpost/global-setup.ts",
  use: {
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "outpost",
      use: { ...devices["Desktop Chrome"], launchOptions: chromiumLaunchOptions() },
    },
  ],
});
