import type { Locator } from "@playwright/test";
import { openAt } from "./support/activity";
import { catalogue } from "./support/catalogue";
import { createDestination } from "./support/destinations";
import { expect, serveConfig, test } from "./support/fixtures";

/*
 * Arabic mirrors, measured at 375 px: sides come from logical classes (ps-/pe-/start-/end-,
 * which lint enforces), so what sits at the end in English sits on the left here, and arrows
 * along the line of text turn round; the side checks also measure English, so a layout that
 * ignores the direction can't pass. Code, secrets and the server's English stay left to
 * right inside Arabic sentences.
 */

const say = { ar: catalogue("ar"), en: catalogue("en") };

const box = async (locator: Locator) => {
  const found = await locator.boundingBox();
  if (!found) throw new Error(`${locator} has no box`);
  return { left: found.x, right: found.x + found.width, width: found.width };
};

const style = (locator: Locator, ...properties: string[]): Promise<Record<string, string>> =>
  locator.evaluate(
    (element, names) =>
      Object.fromEntries(
        names.map((name) => [name, getComputedStyle(element).getPropertyValue(name)]),
      ),
    properties,
  );

/** The arrow icon of a link, and where it sits against the link's text. */
async function arrowOf(link: Locator) {
  const arrow = link.locator("svg");
  const text = await link.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element.lastChild!);
    const rect = range.getBoundingClientRect();
    return { left: rect.left, right: rect.right };
  });
  const { scale } = await style(arrow, "scale");
  return { scale, icon: await box(arrow), text };
}

/**
 * How code inside an Arabic sentence is laid out: its direction, how many boxes it takes
 * (more than one when a line break cuts it), and whether its first character is left of
 * its last, as in `v0=<signature>` written left to right.
 */
const layoutOf = (locator: Locator) =>
  locator.evaluate((element) => {
    const text = element.firstChild!;
    const at = (index: number) => {
      const range = document.createRange();
      range.setStart(text, index);
      range.setEnd(text, index + 1);
      return range.getBoundingClientRect().left;
    };
    return {
      direction: getComputedStyle(element).direction,
      boxes: element.getClientRects().length,
      leftToRight: at(0) < at(text.textContent!.length - 1),
    };
  });

test.describe("Arabic right to left at 375 px", () => {
  test.beforeEach(async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
  });

  test("a select's arrow is on the left and its text starts on the right", async ({
    page,
    plain,
  }) => {
    const tenant = await plain.createTenant();
    const measure = async (locale: "ar" | "en") => {
      await openAt(
        page,
        plain,
        tenant.id,
        `/destinations/new?locale=${locale}&type=kafka&step=configure&topics=*`,
      );
      const select = page.getByRole("combobox", { name: say[locale]("typeInfo.kafka.sasl.label") });
      await expect(select).toBeVisible();
      return style(select, "direction", "text-align", "padding-left", "padding-right");
    };
    // Chromium draws a native select's arrow at its inline end, in the room pe-8 keeps
    // there; the text begins at the inline start, after px-3.
    expect(await measure("ar")).toEqual({
      direction: "rtl",
      "text-align": "start",
      "padding-left": "32px",
      "padding-right": "12px",
    });
    expect(await measure("en")).toEqual({
      direction: "ltr",
      "text-align": "start",
      "padding-left": "12px",
      "padding-right": "32px",
    });
  });

  test("back arrows point right, towards the start, and the next page is on the left", async ({
    page,
    plain,
    branded,
  }) => {
    const tenant = await plain.createTenant();
    for (let n = 1; n <= 51; n++)
      await createDestination(plain, tenant.id, {
        type: "webhook",
        topics: "*",
        config: { url: `https://hooks.example.com/rtl-${n}` },
      });
    const hook = await createDestination(plain, tenant.id, {
      type: "webhook",
      topics: "*",
      config: { url: "https://hooks.example.com/rtl-detail" },
    });

    await openAt(page, plain, tenant.id, `/destinations/${hook.id}?locale=ar`);
    const back = await arrowOf(page.getByRole("link", { name: say.ar("detail.allDestinations") }));
    // The icon draws ←; mirrored it reads →, and it leads the text from the right.
    expect(back.scale).toBe("-1 1");
    expect(back.icon.left).toBeGreaterThanOrEqual(back.text.right);

    await openAt(page, plain, tenant.id, `/destinations/${hook.id}?locale=en`);
    const backEn = await arrowOf(
      page.getByRole("link", { name: say.en("detail.allDestinations") }),
    );
    expect(backEn.scale).toBe("none");
    expect(backEn.icon.right).toBeLessThanOrEqual(backEn.text.left);

    // The shell's link back to the host product, on a deployment with a REFERER_URL (its
    // words are for screen readers only on a phone: the arrow is all there is to see).
    const host = await branded.createTenant();
    await openAt(page, branded, host.id, "/?locale=ar");
    const toHost = page.getByRole("link", {
      name: say.ar("app.backTo", { organization: "Globex" }),
    });
    expect(await style(toHost.locator("svg"), "scale")).toEqual({ scale: "-1 1" });

    // 52 destinations: two pages. Pagination has words, no arrow glyphs; its direction is
    // the buttons' order, and the next page lies to the left.
    await openAt(page, plain, tenant.id, "/?locale=ar");
    const pages = page.getByRole("navigation", { name: say.ar("destinations.pages") });
    const next = await box(pages.getByRole("button", { name: say.ar("pagination.next") }));
    const previous = await box(pages.getByRole("button", { name: say.ar("pagination.previous") }));
    expect(next.right).toBeLessThan(previous.left);
    expect(next.left).toBeLessThan(375 / 2);
  });

  test("a long URL typed into a field reads from its start, left to right", async ({
    page,
    plain,
  }) => {
    const tenant = await plain.createTenant();
    await openAt(
      page,
      plain,
      tenant.id,
      "/destinations/new?locale=ar&type=webhook&step=configure&topics=*",
    );
    const url = page.getByRole("textbox", { name: /URL/ }).first();
    const long = `https://hooks.example.com/${"segment/".repeat(12)}end`;
    await url.fill(long);
    await url.blur();
    expect(await style(url, "direction")).toEqual({ direction: "ltr" });
    // Left, it shows its start: the scheme and host.
    await expect.poll(() => url.evaluate((input) => input.scrollLeft)).toBe(0);
  });

  test("the topic picker's topics indent from the right under their group", async ({
    page,
    plain,
  }) => {
    const tenant = await plain.createTenant();
    const indent = async (locale: "ar" | "en") => {
      await openAt(
        page,
        plain,
        tenant.id,
        `/destinations/new?locale=${locale}&type=webhook&step=topics`,
      );
      const group = await box(
        page.getByRole("checkbox", { name: say[locale]("topics.allOfGroup", { group: "user" }) }),
      );
      const topic = await box(page.getByRole("checkbox", { name: "user.created", exact: true }));
      return { fromLeft: topic.left - group.left, fromRight: group.right - topic.right };
    };
    // ps-6: 24 px from the inline start, the right in Arabic.
    expect(await indent("ar")).toEqual({ fromLeft: -24, fromRight: 24 });
    expect(await indent("en")).toEqual({ fromLeft: 24, fromRight: -24 });
  });

  test("code, JSON and masked secrets in Arabic sentences read left to right, in one piece", async ({
    page,
    plain,
  }) => {
    await serveConfig(page, { ENABLE_DESTINATION_FILTER: "true" });
    const tenant = await plain.createTenant();
    const hook = await createDestination(plain, tenant.id, {
      type: "webhook",
      topics: "*",
      config: { url: "https://hooks.example.com/rtl-code" },
    });
    const inOnePiece = { direction: "ltr", boxes: 1, leftToRight: true };

    await openAt(page, plain, tenant.id, `/destinations/${hook.id}?locale=ar`);
    const reveal = page.getByRole("button", {
      name: say.ar("detail.reveal", { what: say.ar("detail.signingSecretLower") }),
    });
    await reveal.click();
    const secret = page.locator(`[id="${await reveal.getAttribute("aria-controls")}"]`);
    await expect(secret).toHaveText(/^whsec_/);
    expect(await layoutOf(secret)).toEqual(inOnePiece);

    await openAt(page, plain, tenant.id, `/destinations/${hook.id}/settings?locale=ar`);
    await expect(page.getByRole("heading", { name: say.ar("guide.verifyTitle") })).toBeVisible();
    for (const format of [
      "x-outpost-signature",
      "whsec_…",
      "v0=<signature>",
      "v0=<new>,<previous>",
    ])
      expect(
        await layoutOf(page.locator("li code").getByText(format, { exact: true })),
        format,
      ).toEqual(inOnePiece);
    // The filter's example is wider than a line at 375 px: it wraps inside its own box.
    const example = page.locator("code", { hasText: '{ "data": { "amount"' }).first();
    expect(await layoutOf(example)).toEqual(inOnePiece);
    await page.getByText(say.ar("filterHelp.guide")).click();
    const inList = page.locator("dd code", { hasText: '"@example.com"' });
    expect(await layoutOf(inList)).toEqual(inOnePiece);

    // A stored password shows its first characters, then the mask: "rtl-****", not "****rtl-".
    const kafka = await createDestination(plain, tenant.id, {
      type: "kafka",
      topics: "*",
      config: { brokers: "k1.example.com:9092", topic: "events", sasl_mechanism: "plain" },
      credentials: { username: "rtl-user", password: "rtl-password-01" },
    });
    await openAt(page, plain, tenant.id, `/destinations/${kafka.id}/settings?locale=ar`);
    const masked = page.locator('p > span.font-mono[aria-hidden="true"]', { hasText: /\*{3}$/ });
    expect(await layoutOf(masked)).toEqual(inOnePiece);
  });

  test("the server's English inside Arabic keeps its own order, full stop last", async ({
    page,
    plain,
  }) => {
    // A deployment's own wording, which the portal has no translation for.
    const own = "Your endpoint, with https.";
    await page.route(/\/api\/v1\/.*destination-types(\?.*)?$/, async (route) => {
      const response = await route.fetch();
      const types = (await response.json()) as {
        type: string;
        config_fields: { key: string; description?: string }[];
      }[];
      for (const field of types.find((type) => type.type === "webhook")!.config_fields)
        if (field.key === "url") field.description = own;
      await route.fulfill({ response, json: types });
    });
    const tenant = await plain.createTenant();
    await openAt(
      page,
      plain,
      tenant.id,
      "/destinations/new?locale=ar&type=webhook&step=configure&topics=*",
    );
    const description = page.locator('[lang="en"]', { hasText: own });
    expect(await layoutOf(description)).toEqual({ direction: "ltr", boxes: 1, leftToRight: true });
  });
});
