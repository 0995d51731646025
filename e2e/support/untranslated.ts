import { expect, type Page } from "@playwright/test";

/**
 * English left on a page shown in a language without Latin script (ja, ar): every
 * rendered text node — screen-reader-only text included — with a Latin word in it
 * that is not inside `translate="no"` (how the portal marks data: IDs, URLs, topics,
 * JSON, product names), and every labelling attribute and the document title with
 * a Latin word that is not data seen on the page. Short all-capital words (ID, URL,
 * HTTP, JSON) are the same in those languages and pass, and so do the names of Outpost
 * and of its webhooks: Japanese writes "Webhook" (as its developer documentation does).
 */
export async function untranslatedText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const LATIN_WORD = /[A-Za-z][A-Za-z']+/g;
    const ACRONYM = /^[A-Z]{2,5}s?$/;
    const NAME = /^(Outpost|Webhooks?)$/;
    // Tokens that are identifiers or addresses, not words: they hold a digit or a separator.
    const IDENTIFIER = /\S*[\d._/:@=#?&-]\S*[A-Za-z]\S*|\S*[A-Za-z]\S*[\d._/:@=#?&-]\S*/g;
    const ATTRIBUTES = [
      "aria-label",
      "aria-description",
      "aria-roledescription",
      "aria-valuetext",
      "title",
      "placeholder",
      "alt",
    ];

    const words = (text: string) =>
      (text.replace(IDENTIFIER, " ").match(LATIN_WORD) ?? []).filter(
        (word) => !ACRONYM.test(word) && !NAME.test(word),
      );
    const isData = (element: Element) => element.closest('[translate="no"]') !== null;
    const rendered = (element: Element) => element.checkVisibility({ visibilityProperty: true });
    const where = (element: Element) => {
      const label = element.getAttribute("aria-label") ?? element.id;
      return `<${element.tagName.toLowerCase()}${label ? ` ${label}` : ""}>`;
    };

    const data = new Set<string>();
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const texts: Text[] = [];
    while (walker.nextNode()) texts.push(walker.currentNode as Text);
    for (const node of texts) {
      const parent = node.parentElement;
      if (!parent || /^(SCRIPT|STYLE|TEMPLATE|NOSCRIPT)$/.test(parent.tagName)) continue;
      const text = node.data.trim();
      if (!text) continue;
      if (isData(parent)) {
        for (const word of text.match(LATIN_WORD) ?? []) data.add(word);
        continue;
      }
      if (!rendered(parent) && parent.tagName !== "OPTION") continue;
      if (words(text).length > 0) found.push(`text "${text}" in ${where(parent)}`);
    }

    const labelled = (text: string) => words(text).filter((word) => !data.has(word));
    for (const element of document.body.querySelectorAll("*")) {
      if (isData(element)) continue;
      for (const name of ATTRIBUTES) {
        const value = element.getAttribute(name);
        if (value && labelled(value).length > 0)
          found.push(`${name}="${value}" on ${where(element)}`);
      }
    }
    if (labelled(document.title).length > 0) found.push(`document title "${document.title}"`);
    return found;
  });
}

/** Fails, listing each piece, when the page shows English in a language that doesn't use Latin script. */
export async function expectNoUntranslatedText(page: Page) {
  expect(await untranslatedText(page), `untranslated text on ${page.url()}`).toEqual([]);
}
