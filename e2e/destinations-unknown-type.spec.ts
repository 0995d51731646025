import type { Page, Route } from "@playwright/test";
import { expectNoA11yViolations } from "./support/a11y";
import { createDestination, type ApiDestination } from "./support/destinations";
import { expect, test } from "./support/fixtures";

/** What a newer Outpost could send: a type this portal has never heard of, with its own fields. */
function asUnknownType(destination: ApiDestination): ApiDestination {
  return {
    ...destination,
    type: "pagerduty",
    target: "PagerDuty service P1X2Y3",
    target_url: null,
    config: { service_id: "P1X2Y3", severity: "critical" },
    credentials: { routing_key: "R0ut****************" },
    surprise_field: { nested: true },
  } as ApiDestination;
}

async function rewriteDestinations(page: Page, id: string) {
  await page.route(
    /\/api\/v1\/tenants\/[^/]+\/destinations(\/[^/?]+)?(\?.*)?$/,
    async (route: Route) => {
      const response = await route.fetch();
      const body: unknown = await response.json();
      const patch = (d: ApiDestination) => (d.id === id ? asUnknownType(d) : d);
      await route.fulfill({
        response,
        json: Array.isArray(body) ? body.map(patch) : patch(body as ApiDestination),
      });
    },
  );
}

test("a destination of a type the portal doesn't know still shows its raw values", async ({
  page,
  plain,
}) => {
  const tenant = await plain.createTenant();
  const destination = await createDestination(plain, tenant.id, {
    type: "webhook",
    topics: "*",
    config: { url: "https://example.com/hook" },
  });
  await rewriteDestinations(page, destination.id);
  await page.goto(await plain.portalUrl(tenant.id, "dark"));

  const row = page.getByRole("link", { name: "PagerDuty service P1X2Y3" });
  await expect(row).toBeVisible();
  await expect(page.getByRole("listitem").filter({ has: row })).toContainText("pagerduty");
  await row.click();

  await expect(
    page.getByRole("heading", { name: "PagerDuty service P1X2Y3", level: 1 }),
  ).toBeVisible();
  await expect(page.getByRole("note")).toContainText("type (pagerduty) isn't known");
  const configuration = page
    .getByRole("region", { name: "Configuration" })
    .or(
      page.locator("section").filter({ has: page.getByRole("heading", { name: "Configuration" }) }),
    );
  await expect(configuration.first()).toContainText("service_id");
  await expect(configuration.first()).toContainText("P1X2Y3");
  await expect(configuration.first()).toContainText("critical");
  await expect(page.getByText("R0ut****************")).toBeVisible();
  await expectNoA11yViolations(page);

  await page.getByRole("link", { name: "Settings" }).click();
  await expect(page.getByText("doesn't know the “pagerduty” type")).toBeVisible();
  await expect(page.getByRole("button", { name: "Delete destination" })).toBeVisible();
});
