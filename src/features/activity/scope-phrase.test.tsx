import { render } from "@testing-library/react";
import { afterAll, describe, expect, it } from "vitest";
import { activateLocale, laterMessages } from "@/i18n/i18n";
import type { Locale } from "@/i18n/locales";
import { Message } from "@/i18n/message";
import type { TimeRange } from "@/lib/time-range";
import { ScopePhrase, type ScopeParts } from "./scope-phrase";

const last24h: TimeRange = { key: "24h", from: "", to: "" };
const custom = (from: string, to: string): TimeRange => ({ key: "custom", from, to });
const hook = "https://example.com/hook";

/** The scope in `locale`: its catalogue loaded first, as a lazy screen has it. */
async function scopeIn(locale: Locale, parts: ScopeParts) {
  await activateLocale(locale);
  await laterMessages();
  return render(<ScopePhrase parts={parts} />).container.textContent;
}

afterAll(async () => {
  await activateLocale("en");
});

describe("ScopePhrase: one sentence part, in each language's order", () => {
  it("English", async () => {
    expect(await scopeIn("en", { range: last24h })).toBe("in the last 24 hours");
    expect(
      await scopeIn("en", { range: last24h, destination: hook, topic: "order.paid", code: "5xx" }),
    ).toBe(`to ${hook} for order.paid with 5xx server error codes in the last 24 hours`);
    expect(await scopeIn("en", { range: { key: "1h", from: "", to: "" }, eventId: "evt_1" })).toBe(
      "of event evt_1 in the last hour",
    );
    expect(await scopeIn("en", { range: custom("2024-05-01T10:00", ""), code: "timeout" })).toBe(
      "that timed out since May 1, 2024, 10:00 AM",
    );
    expect(await scopeIn("en", { range: custom("", "") })).toBe("at any time");
  });

  it("German: the period first", async () => {
    expect(
      await scopeIn("de", { range: last24h, destination: hook, topic: "order.paid", code: "5xx" }),
    ).toBe(`aus den letzten 24 Stunden an ${hook} zum Thema order.paid mit 5xx-Server-Fehlercodes`);
    expect(
      await scopeIn("de", { range: custom("2024-05-01T10:00", "2024-05-02T10:00"), eventId: "e1" }),
    ).toBe("zwischen 01.05.2024, 10:00 und 02.05.2024, 10:00 für das Ereignis e1");
    expect(await scopeIn("de", { range: custom("", "2024-05-02T10:00"), code: "4xx" })).toBe(
      "bis 02.05.2024, 10:00 mit 4xx-Client-Fehlercodes",
    );
  });

  it("Japanese: a list of nouns, the period first, always ending in a noun", async () => {
    expect(
      await scopeIn("ja", { range: last24h, destination: hook, topic: "order.paid", code: "5xx" }),
    ).toBe(`過去 24 時間・配信先 ${hook}・トピック order.paid・5xx サーバーエラー`);
    expect(await scopeIn("ja", { range: { key: "7d", from: "", to: "" }, topic: "a.b" })).toBe(
      "過去 7 日間・トピック a.b",
    );
    expect(await scopeIn("ja", { range: custom("2024-05-01T10:00", "") })).toBe(
      "2024/05/01 10:00 以降",
    );
    // Inside the dialog's sentence: "…の失敗した配信", never "…への" + "の".
    const scope = <ScopePhrase parts={{ range: last24h, destination: hook }} />;
    expect(
      render(<Message id="bulkRetry.nothing" values={{ scope }} />).container.textContent,
    ).toBe(`過去 24 時間・配信先 ${hook}で再試行するものはありません。`);
  });

  it("Arabic: event and topic before the destination, the period last", async () => {
    expect(
      await scopeIn("ar", { range: last24h, destination: hook, topic: "order.paid", code: "5xx" }),
    ).toBe(`من الموضوع order.paid إلى ${hook} برموز 5xx (خطأ في الخادم) خلال آخر 24 ساعة`);
    expect(await scopeIn("ar", { range: last24h, eventId: "evt_1", code: "timeout" })).toBe(
      "للحدث evt_1 التي انتهت مهلتها خلال آخر 24 ساعة",
    );
    expect(await scopeIn("ar", { range: custom("2024-05-01T10:00", "2024-05-02T10:00") })).toBe(
      "بين 01\u200f/05\u200f/2024، 10:00 ص و02\u200f/05\u200f/2024، 10:00 ص",
    );
  });
});

it("marks the data it names as data: isolated, and never translated by the page", async () => {
  await activateLocale("ar");
  await laterMessages();
  const parts = { range: last24h, destination: hook, topic: "order.paid", eventId: "evt_1" };
  const { container } = render(<ScopePhrase parts={parts} />);
  const data = [...container.querySelectorAll('bdi[translate="no"]')].map((e) => e.textContent);
  expect(data.sort()).toEqual(["evt_1", hook, "order.paid"].sort());
});
