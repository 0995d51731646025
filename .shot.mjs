import { chromium } from "@playwright/test";
// usage: node .shot.mjs <entryUrl> <outPrefix> <width> <scheme> <path1> <path2> ...
const [,, url, out, width = "1200", scheme = "light", ...paths] = process.argv;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu","--disable-quic","--no-first-run","--disable-background-networking","--disable-component-update","--disable-sync"] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme });
page.on("pageerror", e => console.log("pageerror:", e.message));
page.on("console", m => m.type() === "error" && console.log("console error:", m.text()));
await page.goto(url);
await page.waitForTimeout(1200);
let i = 0;
for (const p of paths) {
  await page.evaluate((p) => { history.pushState(null, "", p); dispatchEvent(new PopStateEvent("popstate")); }, p);
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `${out}-${i++}.png`, fullPage: true });
}
await browser.close();
