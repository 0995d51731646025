import { getTenant, openPortal } from "./support/destinations";
import { expect, test } from "./support/fixtures";

test.describe("tenant page", () => {
  test("editing metadata changes one key, adds one, removes one and keeps the rest", async ({
    page,
    plain,
  }) => {
    const tenant = await plain.createTenant({
      name: "Initech",
      plan: "free",
      region: "eu-west",
      owner: "peter@initech.example",
    });
    const puts: unknown[] = [];
    page.on("request", (request) => {
      if (request.method() === "PUT" && request.url().endsWith(`/tenants/${tenant.id}`))
        puts.push(request.postDataJSON());
    });
    await openPortal(page, plain, tenant.id);
    await page.getByRole("link", { name: "Tenant", exact: true }).click();
    await expect(page.getByRole("heading", { name: "Tenant", level: 1 })).toBeVisible();
    await expect(page.getByTestId("tenant-id")).toHaveText(tenant.id);

    await page.getByRole("button", { name: "Edit metadata" }).click();
    const editor = page.getByRole("group", { name: "Tenant metadata" });
    const keys = editor.getByRole("textbox", { name: /^Key \d+$/ });
    await expect(keys).toHaveCount(4);
    const names = await keys.evaluateAll((inputs) =>
      inputs.map((input) => (input as HTMLInputElement).value),
    );
    expect([...names].sort()).toEqual(["name", "owner", "plan", "region"]);
    const save = page.getByRole("button", { name: "Save metadata" });
    await expect(save).toBeDisabled();

    // Change plan
    const planRow = names.indexOf("plan") + 1;
    const planValue = editor.getByRole("textbox", { name: `Value ${planRow}`, exact: true });
    await expect(planValue).toHaveValue("free");
    await planValue.fill("enterprise");
    // Add team
    await editor.getByRole("button", { name: "Add entry" }).click();
    const newKey = editor.getByRole("textbox", { name: "Key 5", exact: true });
    await expect(newKey).toBeFocused();
    await newKey.fill("team");
    await editor.getByRole("textbox", { name: "Value 5", exact: true }).fill("platform");
    // Remove region
    await editor.getByRole("button", { name: "Remove entry region" }).click();
    await expect(keys).toHaveCount(4);

    await save.click();
    await expect(page.getByRole("status").filter({ hasText: "Metadata saved." })).toBeVisible();
    await expect(editor).toHaveCount(0);

    const expected = {
      name: "Initech",
      owner: "peter@initech.example",
      plan: "enterprise",
      team: "platform",
    };
    expect((await getTenant(plain, tenant.id)).metadata).toEqual(expected);
    // PUT replaces all metadata, so the request carries the whole edited set.
    expect(puts).toEqual([{ metadata: expected }]);

    // The page shows the saved set.
    const card = page
      .getByRole("heading", { name: "Metadata", exact: true })
      .locator("xpath=ancestor::section[1]");
    const shown = await card
      .getByRole("term")
      .evaluateAll((terms) =>
        terms.map((term) => [term.textContent, term.nextElementSibling?.textContent]),
      );
    expect(Object.fromEntries(shown)).toEqual(expected);
  });

  test("cancel leaves the metadata untouched", async ({ page, plain }) => {
    const tenant = await plain.createTenant({ name: "Hooli" });
    await openPortal(page, plain, tenant.id);
    await page.getByRole("link", { name: "Tenant", exact: true }).click();
    await page.getByRole("button", { name: "Edit metadata" }).click();
    const editor = page.getByRole("group", { name: "Tenant metadata" });
    await editor.getByRole("textbox", { name: "Value 1", exact: true }).fill("Not Hooli");
    await page.getByRole("button", { name: "Cancel" }).click();
    await expect(editor).toHaveCount(0);
    await expect(page.getByRole("definition").filter({ hasText: /^Hooli$/ })).toBeVisible();
    // Editing again starts from the stored values, not the abandoned edit.
    await page.getByRole("button", { name: "Edit metadata" }).click();
    await expect(editor.getByRole("textbox", { name: "Value 1", exact: true })).toHaveValue(
      "Hooli",
    );
    expect((await getTenant(plain, tenant.id)).metadata).toEqual({ name: "Hooli" });
  });
});
