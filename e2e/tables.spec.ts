import { expect, test } from "./support/fixtures";
import { tenantScenario } from "./support/scenario";

/* A table's column headers start at their column's inline start, as the cells' text does, in either direction. */
for (const [locale, dir] of [
  ["en", "ltr"],
  ["ar", "rtl"],
] as const) {
  test(`deliveries table headers align with their cells (${dir})`, async ({ page, plain }) => {
    await page.setViewportSize({ width: 1024, height: 800 });
    const scene = await tenantScenario(plain);
    const hook = await scene.failingWebhook();
    await scene.publish({ topic: "order.created", data: {} });
    await scene.open(page, `/destinations/${hook.id}/deliveries?locale=${locale}`);
    await expect(page.locator("html")).toHaveAttribute("dir", dir);
    const table = page.getByRole("table");
    await expect(table.getByRole("row")).toHaveCount(2);
    const edges = await table.evaluate((element, rtl) => {
      const textEdge = (cell: Element) => {
        const range = document.createRange();
        range.selectNodeContents(cell);
        const box = range.getBoundingClientRect();
        return Math.round(rtl ? box.right : box.left);
      };
      const padded = (cell: Element) => {
        const box = cell.getBoundingClientRect();
        const style = getComputedStyle(cell);
        return Math.round(
          rtl
            ? box.right - parseFloat(style.paddingRight)
            : box.left + parseFloat(style.paddingLeft),
        );
      };
      const headers = [...element.querySelectorAll("thead th")];
      return headers.slice(0, 4).map((header) => textEdge(header) - padded(header));
    }, dir === "rtl");
    // Each header's text begins at its cell's content edge, not centred over the column.
    for (const offset of edges) expect(Math.abs(offset)).toBeLessThanOrEqual(1);
  });
}
