import { createDestination } from "./support/destinations";
import { catalogue } from "./support/catalogue";
import { openAt } from "./support/activity";
import { expect, test } from "./support/fixtures";
import { untranslatedText } from "./support/untranslated";

/*
 * A destination type's field labels come from the server in English; where the
 * catalogues translate them (Outpost's own types), the overview and the settings
 * show them in the tenant's language, like the create flow.
 */

const RABBITMQ = {
  type: "rabbitmq",
  topics: "*" as const,
  config: { server_url: "mq.example.com:5672", exchange: "orders", tls: "false" },
  credentials: { username: "svc-orders", password: "very-secret-password" },
};

test("a RabbitMQ destination's fields are labelled in German on its overview and settings", async ({
  page,
  plain,
}) => {
  const say = catalogue("de");
  const tenant = await plain.createTenant();
  const mq = await createDestination(plain, tenant.id, RABBITMQ);

  await openAt(page, plain, tenant.id, `/destinations/${mq.id}?locale=de`);
  const serverUrl = page.locator("dt", { hasText: say("typeInfo.rabbitmq.server.label") });
  await expect(serverUrl).toHaveText("Server-URL");
  await expect(serverUrl.locator("+ dd")).toHaveText("mq.example.com:5672");

  await page.getByRole("link", { name: say("detail.settings") }).click();
  await expect(page.getByRole("textbox", { name: "Server-URL", exact: true })).toHaveValue(
    "mq.example.com:5672",
  );
  await expect(
    page.getByRole("textbox", { name: "Server-URL", exact: true }),
  ).toHaveAccessibleDescription(/Adresse des Brokers als host:port\./);
});

for (const locale of ["ja", "ar"]) {
  test(`${locale}: no English on a RabbitMQ destination's overview and settings`, async ({
    page,
    plain,
  }) => {
    const say = catalogue(locale);
    const tenant = await plain.createTenant();
    const mq = await createDestination(plain, tenant.id, RABBITMQ);
    const found: string[] = [];
    const serverUrl = say("typeInfo.rabbitmq.server.label");
    await openAt(page, plain, tenant.id, `/destinations/${mq.id}?locale=${locale}`);
    await expect(page.locator("dt", { hasText: serverUrl })).toBeVisible();
    found.push(...(await untranslatedText(page)).map((text) => `overview: ${text}`));
    await openAt(page, plain, tenant.id, `/destinations/${mq.id}/settings?locale=${locale}`);
    await expect(page.getByRole("textbox", { name: serverUrl, exact: true })).toBeVisible();
    found.push(...(await untranslatedText(page)).map((text) => `settings: ${text}`));
    expect(found).toEqual([]);
  });
}
