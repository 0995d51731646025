import { spawn, type ChildProcess } from "node:child_process";
import { expect, test } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT_BASE ?? 4310) + 89;
let child: ChildProcess | undefined;

test.afterAll(() => {
  child?.kill("SIGTERM");
});

/** Runs `npm start`'s script (on the already built dist/) and returns the links it prints. */
async function startAndReadLinks(): Promise<{ light: string; dark: string }> {
  child = spawn(process.execPath, ["scripts/start.mjs", "--no-build"], {
    env: { ...process.env, API_PORT: String(PORT) },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let output = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`npm start printed no links:\n${output}`)),
      25_000,
    );
    child!.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const light = /Open \(light\): (\S+)/.exec(output)?.[1];
      const dark = /Open \(dark\):\s+(\S+)/.exec(output)?.[1];
      if (light && dark) {
        clearTimeout(timer);
        resolve({ light, dark });
      }
    });
    child!.on("exit", (code) => reject(new Error(`npm start exited with ${code}:\n${output}`)));
  });
}

test("the link `npm start` prints opens the portal on the demo tenant", async ({ page }) => {
  const links = await startAndReadLinks();
  expect(new URL(links.light).searchParams.get("theme")).toBe("light");
  expect(new URL(links.dark).searchParams.get("theme")).toBe("dark");

  await page.goto(links.dark);
  await expect(page.getByRole("heading", { name: "Destinations", level: 1 })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await page.getByRole("link", { name: "Tenant", exact: true }).click();
  await expect(page.getByTestId("tenant-id")).toHaveText("acme");
});
