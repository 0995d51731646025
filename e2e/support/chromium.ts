import { existsSync } from "node:fs";

/**
 * A system Chromium when there is one (CI installs Debian's), with the flags a
 * sandboxed machine without network needs; otherwise Playwright's own browser.
 */
export function chromiumLaunchOptions(): { executablePath?: string; args?: string[] } {
  const path = [process.env.CHROMIUM_PATH, "/usr/bin/chromium"].find(
    (p): p is string => !!p && existsSync(p),
  );
  if (!path) return {};
  return {
    executablePath: path,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  };
}
