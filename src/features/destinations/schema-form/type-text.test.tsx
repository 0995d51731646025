import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DestinationType } from "@/api/types";
import { activateLocale, laterMessages } from "@/i18n/i18n";
import english from "@/i18n/catalogs/en.later.json";
import { KNOWN_TEXTS, localizeType } from "./type-text";
import { validateField } from "./validate";

const webhook: DestinationType = {
  type: "webhook",
  label: "Webhook",
  description: "Deliver each event as a signed HTTP POST request to a URL you control.",
  icon: "",
  instructions: "",
  config_fields: [
    {
      key: "url",
      type: "text",
      label: "Webhook URL",
      description: "The http(s) address that receives the POST requests.",
      required: true,
    },
    // A deployment's own wording of a known field.
    { key: "custom_headers", type: "key_value_map", label: "Extra headers", required: false },
  ],
  credential_fields: [{ key: "token", type: "text", label: "Token", required: false }],
};

describe("localizeType", () => {
  beforeAll(async () => {
    await activateLocale("de");
    await laterMessages();
  });
  afterAll(async () => {
    await activateLocale("en");
  });

  it("translates the texts it knows, keeping product names", () => {
    const shown = localizeType(webhook, "de");
    expect(shown.label).toBe("Webhook");
    expect(shown.description).toMatch(/^Stellt jedes Ereignis/);
    expect(shown.descriptionInEnglish).toBeUndefined();
    expect(shown.config_fields[0]).toMatchObject({
      label: "Webhook-URL",
      description: "Die http(s)-Adresse, die die POST-Anfragen empfängt.",
    });
    expect(shown.config_fields[0]!.labelInEnglish).toBeUndefined();
  });

  it("keeps the server's English, marked, where it isn't the English translated", () => {
    const shown = localizeType(webhook, "de");
    expect(shown.config_fields[1]).toMatchObject({ label: "Extra headers", labelInEnglish: true });
    expect(shown.credential_fields[0]).toMatchObject({ label: "Token", labelInEnglish: true });
    const unknown = localizeType({ ...webhook, type: "carrier_pigeon" }, "de");
    expect(unknown).toMatchObject({ description: webhook.description, descriptionInEnglish: true });
  });

  it("leaves English as sent", () => {
    expect(localizeType(webhook, "en")).toBe(webhook);
  });
});

it("keeps each translated English equal to the catalogue's", () => {
  const catalogue = english as Record<string, string>;
  for (const [id, text] of KNOWN_TEXTS) expect(text, id).toBe(catalogue[id]);
  const typeInfo = Object.keys(catalogue).filter((id) => id.startsWith("typeInfo."));
  expect(new Set(KNOWN_TEXTS.map(([id]) => id))).toEqual(new Set(typeInfo));
});

describe("validation messages in the locale's plural rules", () => {
  afterAll(async () => {
    await activateLocale("en");
  });

  it("uses Arabic's dual and few forms, and German's labels", async () => {
    await activateLocale("ar");
    await laterMessages();
    const name = { key: "name", type: "text", label: "الاسم", required: true };
    expect(validateField({ ...name, minlength: 2 }, "a")).toBe("يجب ألا يقل طول الاسم عن حرفين");
    expect(validateField({ ...name, minlength: 3 }, "a")).toBe("يجب ألا يقل طول الاسم عن 3 أحرف");
    expect(validateField({ ...name, maxlength: 1 }, "ab")).toBe(
      "يجب ألا يزيد طول الاسم على حرف واحد",
    );
    await activateLocale("de");
    await laterMessages();
    const [url] = localizeType(webhook, "de").config_fields;
    expect(validateField(url!, "")).toBe("Webhook-URL ist erforderlich");
  });
});
