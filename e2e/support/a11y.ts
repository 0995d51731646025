import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/**
 * Fails with the list of WCAG 2.2 A/AA violations axe finds on the page as it is now
 * (target size included), plus skipped heading levels, which axe files as best practice.
 */
export async function expectNoA11yViolations(page: Page) {
  // options() replaces what withTags() set, so the rules come first and the tags after.
  const results = await new AxeBuilder({ page })
    .options({ rules: { "heading-order": { enabled: true }, "empty-heading": { enabled: true } } })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}
