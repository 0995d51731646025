import { cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { activateLocale, laterMessages } from "@/i18n/i18n";
import { deliveryHealth } from "@/lib/delivery-health";
import { HealthBadge } from "./health-badge";

afterEach(cleanup);

const hours = (...counts: [number, number][]) => {
  const buckets = counts.map(([success, failed]) => ({ success, failed }));
  return {
    success: buckets.reduce((n, b) => n + b.success, 0),
    failed: buckets.reduce((n, b) => n + b.failed, 0),
    buckets,
  };
};

const renderBadge = (input: Parameters<typeof deliveryHealth>[0], showReason: boolean) =>
  render(<HealthBadge health={deliveryHealth(input)} showReason={showReason} />).container;

/** What a screen reader says: the text outside aria-hidden. */
const textOf = (input: Parameters<typeof deliveryHealth>[0], showReason = false) => {
  const spoken = renderBadge(input, showReason).cloneNode(true) as HTMLElement;
  spoken.querySelectorAll("[aria-hidden=true]").forEach((hidden) => hidden.remove());
  return spoken.textContent;
};

/** What the eye reads: the text outside sr-only. */
const shownOf = (input: Parameters<typeof deliveryHealth>[0], showReason: boolean) => {
  const shown = renderBadge(input, showReason).cloneNode(true) as HTMLElement;
  shown.querySelectorAll(".sr-only").forEach((hidden) => hidden.remove());
  return shown.textContent;
};

describe("HealthBadge", () => {
  it("says the state, the counts and the last error", () => {
    expect(textOf({ ...hours([0, 4], [0, 8]), lastErrorCode: "500" })).toBe(
      "Health: Failing: 12 of 12 deliveries failed in the last 24 h · last error 500",
    );
  });

  it("says when all succeeded, and when the latest hour failed", () => {
    expect(textOf(hours([3, 0], [9, 0]), true)).toBe(
      "Health: Healthy: All 12 deliveries succeeded in the last 24 h",
    );
    expect(textOf(hours([1000, 0], [0, 0], [0, 3]), true)).toBe(
      "Health: Degraded: 3 of 1,003 deliveries failed in the last 24 h · the latest hour failed",
    );
  });

  it("shows the reason beside the state only where asked, and reads it the same either way", () => {
    const input = { ...hours([0, 4], [0, 8]), lastErrorCode: "500" };
    expect(shownOf(input, true)).toBe(
      "Failing12 of 12 deliveries failed in the last 24 h · last error 500",
    );
    expect(shownOf(input, false)).toBe("Failing");
    expect(textOf(input, true)).toBe(textOf(input, false));
  });

  it("says when nothing was delivered", () => {
    expect(textOf(hours([0, 0]))).toBe(
      "Health: No recent deliveries: No deliveries in the last 24 hours",
    );
  });
});

describe("HealthBadge in the tenant's language", () => {
  afterEach(() => activateLocale("en"));

  it("never makes a failed count disagree with its words (Spanish)", async () => {
    await activateLocale("es");
    await laterMessages();
    expect(textOf(hours([1, 0], [0, 1]), true)).toContain(
      "Fallidas: 1 de 2 entregas en las últimas 24 h",
    );
    expect(textOf(hours([0, 1]), true)).toContain("Fallidas: 1 de 1 entrega en las últimas 24 h");
  });
});
