import { act, cleanup, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { MemoryRouter, useLocation } from "react-router";
import { createApiClient, setApiClient } from "@/api/client";
import type { Destination, MetricsResponse } from "@/api/types";
import { activateLocale } from "@/i18n/i18n";
import { createSessionStore, setSessionStore } from "@/session/session-store";
import { createTokenStorage } from "@/session/token-storage";
import { unsignedToken } from "@/test/token";
import DestinationMetrics from "./destination-metrics";
import { bucketLabel, bucketSpanLabel } from "./metrics-format";
import { metricsWindow } from "./metrics-window";
import { renderWithQueryClient } from "@/test/render";

// Tue 2025-03-04 14:07:30 UTC: the 24 h window is 2025-03-03T14:00Z … 2025-03-04T15:00Z.
const NOW = Date.UTC(2025, 2, 4, 14, 7, 30);
const at = (day: number, hour: number) => Date.UTC(2025, 2, day, hour);
const PATH = "/destinations/des_1/metrics";

const destination: Destination = {
  id: "des_1",
  type: "webhook",
  topics: "*",
  config: { url: "https://example.com/hook" },
  credentials: {},
  disabled_at: null,
  created_at: "2025-01-01T00:00:00Z",
  updated_at: "2025-01-01T00:00:00Z",
};

/** What the API answers, by request; records every request. */
function fakeApi(overrides: { series?: (url: URL) => Response } = {}) {
  const requests: URL[] = [];
  const json = (body: MetricsResponse) => Response.json(body);
  const fetch = vi.fn(async (input: RequestInfo | URL) => {
    const url = new URL(String(input), "http://portal.test");
    requests.push(url);
    if (url.pathname === "/api/v1/metrics/events") {
      return json({ data: [{ dimensions: {}, metrics: { count: 1300 } }], metadata: {} });
    }
    if (url.searchParams.getAll("dimensions[]").includes("code")) {
      return json({
        data: [
          { dimensions: { code: "200" }, metrics: { count: 1234 } },
          { dimensions: { code: "500" }, metrics: { count: 50 } },
          { dimensions: { code: "timeout" }, metrics: { count: 6 } },
        ],
        metadata: {},
      });
    }
    if (url.searchParams.getAll("dimensions[]").includes("topic")) {
      return json({
        data: [
          { dimensions: { topic: "order.paid" }, metrics: { count: 40, failed_count: 10 } },
          { dimensions: { topic: "user.created" }, metrics: { count: 60, failed_count: 0 } },
        ],
        metadata: {},
      });
    }
    if (overrides.series) return overrides.series(url);
    const granularity = url.searchParams.get("granularity");
    const data =
      granularity === "1h"
        ? [
            {
              time_bucket: "2025-03-04T09:00:00Z",
              dimensions: {},
              metrics: {
                successful_count: 1000,
                failed_count: 6,
                first_attempt_count: 950,
                retry_count: 56,
              },
            },
            {
              time_bucket: "2025-03-04T14:00:00Z",
              dimensions: {},
              metrics: {
                successful_count: 234,
                failed_count: 50,
                first_attempt_count: 250,
                retry_count: 34,
              },
            },
          ]
        : [
            {
              time_bucket: "2025-03-04T12:00:00Z",
              dimensions: {},
              metrics: { successful_count: 10, failed_count: 0 },
            },
          ];
    return json({ data, metadata: { granularity: granularity ?? undefined } });
  });
  setApiClient(
    createApiClient({
      baseUrl: "/api/v1",
      getToken: () => "token",
      onUnauthorized: vi.fn(),
      fetch,
    }),
  );
  return requests;
}

function renderMetrics(search = "", dest = destination) {
  const location = { current: "" };
  function RecordLocation() {
    const { pathname, search } = useLocation();
    location.current = `${pathname}${search}`;
    return null;
  }
  renderWithQueryClient(
    <MemoryRouter initialEntries={[PATH + search]}>
      <RecordLocation />
      <DestinationMetrics destination={dest} />
    </MemoryRouter>,
  );
  return location;
}

/** The value shown under a summary label. */
function stat(label: string) {
  const summary = screen.getByRole("region", { name: "Summary" });
  return within(summary).getByText(label).nextElementSibling?.textContent;
}

const seriesRequests = (requests: URL[]) =>
  requests.filter((url) => url.searchParams.has("granularity"));

beforeEach(() => {
  vi.spyOn(Date, "now").mockReturnValue(NOW);
  const store = createSessionStore({ storage: createTokenStorage(), now: () => NOW });
  store.start(unsignedToken({ sub: "acme", exp: NOW / 1000 + 3600 }));
  setSessionStore(store);
});

afterEach(cleanup);

describe("DestinationMetrics", () => {
  it("shows the window's numbers, a described chart and the same numbers as a table", async () => {
    const user = userEvent.setup();
    const requests = fakeApi();
    renderMetrics();

    expect(await screen.findByText("1,290")).toBeInTheDocument();
    expect(stat("Deliveries")).toBe("1,290");
    expect(stat("Successful")).toBe("1,234");
    expect(stat("Failed")).toBe("56");
    expect(stat("Error rate")).toBe("4.3%");
    expect(stat("Retries")).toBe("90");
    expect(screen.getByText("1,200 first attempts")).toBeInTheDocument();
    await waitFor(() => expect(stat("Events received")).toBe("1,300"));

    const window = metricsWindow("24h", NOW);
    expect(
      screen.getByRole("img", {
        name: `Deliveries over the last 24 hours: 1,234 successful, 56 failed, peak at ${bucketLabel(at(4, 9), window)}`,
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole("img", {
        name: /^Error rate over the last 24 hours: 4\.3% overall, highest 17\.6% at /,
      }),
    ).toBeInTheDocument();

    await user.click(screen.getByText("Show as table"));
    const table = screen.getByRole("table", { name: "Deliveries per hour over the last 24 hours" });
    const rows = within(table).getAllByRole("row");
    expect(rows).toHaveLength(1 + 25 + 1); // header, a row per hour, total
    const cells = (start: number) =>
      within(table)
        .getByRole("rowheader", { name: bucketSpanLabel(start, window) })
        .parentElement!.querySelectorAll("td");
    expect([...cells(at(4, 9))].map((td) => td.textContent)).toEqual(["1,000", "6", "0.6%"]);
    expect([...cells(at(4, 14))].map((td) => td.textContent)).toEqual(["234", "50", "17.6%"]);
    expect([...cells(at(3, 14))].map((td) => td.textContent)).toEqual(["0", "0", "—"]);
    expect(
      [
        ...within(table)
          .getByRole("rowheader", { name: "Total" })
          .parentElement!.querySelectorAll("td"),
      ].map((td) => td.textContent),
    ).toEqual(["1,234", "56", "4.3%"]);

    const series = seriesRequests(requests)[0]!;
    expect(series.searchParams.get("time[start]")).toBe("2025-03-03T14:00:00.000Z");
    expect(series.searchParams.get("time[end]")).toBe("2025-03-04T15:00:00.000Z");
    expect(series.searchParams.get("granularity")).toBe("1h");
    expect(series.searchParams.getAll("filters[destination_id][]")).toEqual(["des_1"]);
    const events = requests.find((url) => url.pathname.endsWith("/metrics/events"))!;
    expect(events.searchParams.getAll("filters[destination_id][]")).toEqual(["des_1"]);
    expect(events.searchParams.get("time[end]")).toBe("2025-03-04T15:00:00.000Z");
  });

  it("shows a hovered or focused bar's numbers", async () => {
    const user = userEvent.setup();
    fakeApi();
    renderMetrics();
    const chart = await screen.findByRole("group", { name: /Deliveries chart/ });
    const window = metricsWindow("24h", NOW);

    await user.tab(); // the range picker
    await user.tab(); // the refresh button
    await user.tab();
    expect(chart).toHaveFocus();
    // Intl's ranges hold thin and narrow no-break spaces; the DOM queries collapse them.
    const span = (start: number) => bucketSpanLabel(start, window).replace(/\s+/g, " ");
    expect(
      screen.getByText(/: 234 successful, 50 failed \(17\.6% error rate\)$/),
    ).toHaveTextContent(span(at(4, 14)));
    await user.keyboard("{ArrowLeft}{ArrowLeft}{ArrowLeft}{ArrowLeft}{ArrowLeft}");
    expect(
      screen.getByText(`${span(at(4, 9))}: 1,000 successful, 6 failed (0.6% error rate)`),
    ).toBeInTheDocument();
  });

  it("right to left (Arabic), the arrow keys follow the mirrored bars: right is older", async () => {
    const user = userEvent.setup();
    fakeApi();
    await activateLocale("ar");
    try {
      renderMetrics();
      const chart = await screen.findByRole("group", { name: /^مخطط عمليات التسليم\./ });
      const window = metricsWindow("24h", NOW);
      const span = (start: number) => bucketSpanLabel(start, window, "ar").replace(/\s+/g, " ");
      act(() => chart.focus());
      const caption = () => document.getElementById(chart.getAttribute("aria-describedby")!);
      expect(caption()).toHaveTextContent(span(at(4, 14)));
      await user.keyboard("{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}");
      expect(caption()).toHaveTextContent(
        `${span(at(4, 9))}: ${new Intl.NumberFormat("ar").format(1000)} ناجحة`,
      );
      await user.keyboard("{ArrowLeft}");
      expect(caption()).toHaveTextContent(span(at(4, 10)));
    } finally {
      await activateLocale("en");
    }
  });

  it("breaks webhook deliveries down by response code", async () => {
    fakeApi();
    renderMetrics();
    const heading = await screen.findByRole("heading", { name: "Response codes" });
    const codes = heading.closest("section")!;
    const items = await within(codes).findAllByRole("listitem");
    // 95.66 / 3.88 / 0.47 % shown so that they add up to 100: seen as "1,234 · 95.6%",
    // heard as "1,234 deliveries, 95.6%".
    expect(items.map((item) => item.textContent)).toEqual([
      "2001,234 · 95.6%1,234 deliveries, 95.6%",
      "50050 · 3.9%50 deliveries, 3.9%",
      "timeout6 · 0.5%6 deliveries, 0.5%",
    ]);
  });

  it("shows deliveries, failures and error rate per topic, busiest first", async () => {
    fakeApi();
    renderMetrics();
    const table = await screen.findByRole("table", { name: "Deliveries by topic" });
    const rows = within(table)
      .getAllByRole("row")
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole("cell")
          .map((cell) => cell.textContent),
      );
    expect(rows).toEqual([
      ["user.created", "60", "0", "0%"],
      ["order.paid", "40", "10", "25%"],
    ]);
  });

  it("asks for no response codes for other destination types", async () => {
    const requests = fakeApi();
    renderMetrics("", { ...destination, type: "aws_sqs" });
    await screen.findByText("1,290");
    expect(screen.queryByRole("heading", { name: "Response codes" })).not.toBeInTheDocument();
    expect(requests.some((url) => url.searchParams.getAll("dimensions[]").includes("code"))).toBe(
      false,
    );
  });

  it("keeps the range in the URL and asks for its granularity", async () => {
    const user = userEvent.setup();
    const requests = fakeApi();
    const location = renderMetrics();
    await screen.findByText("1,290");

    await user.click(screen.getByRole("radio", { name: "7 days" }));
    expect(location.current).toBe(`${PATH}?range=7d`);
    expect(screen.getByRole("radio", { name: "7 days" })).toBeChecked();
    expect(
      await screen.findByRole("img", {
        name: /^Deliveries over the last 7 days: 10 successful, 0 failed/,
      }),
    ).toBeInTheDocument();
    const last = seriesRequests(requests).at(-1)!;
    expect(last.searchParams.get("granularity")).toBe("6h");
    expect(last.searchParams.get("time[start]")).toBe("2025-02-25T12:00:00.000Z");
    expect(last.searchParams.get("time[end]")).toBe("2025-03-04T18:00:00.000Z");
  });

  it("reads the range from the URL", async () => {
    const requests = fakeApi();
    renderMetrics("?range=1h");
    expect(screen.getByRole("radio", { name: "1 hour" })).toBeChecked();
    await waitFor(() =>
      expect(seriesRequests(requests)[0]?.searchParams.get("granularity")).toBe("5m"),
    );
  });

  it("refreshes the same window within a bucket and moves it forward after one", async () => {
    const user = userEvent.setup();
    const requests = fakeApi();
    renderMetrics();
    await screen.findByText("1,290");
    const ends = () => seriesRequests(requests).map((url) => url.searchParams.get("time[end]"));
    expect(ends()).toEqual(["2025-03-04T15:00:00.000Z"]);

    vi.mocked(Date.now).mockReturnValue(Date.UTC(2025, 2, 4, 14, 30));
    await user.click(screen.getByRole("button", { name: "Refresh" }));
    await waitFor(() => expect(ends()).toHaveLength(2));
    expect(ends()[1]).toBe("2025-03-04T15:00:00.000Z");

    await screen.findByRole("button", { name: "Refresh" });
    vi.mocked(Date.now).mockReturnValue(Date.UTC(2025, 2, 4, 15, 0, 5));
    await user.click(screen.getByRole("button", { name: "Refresh" }));
    await waitFor(() => expect(ends()).toHaveLength(3));
    expect(ends()[2]).toBe("2025-03-04T16:00:00.000Z");
    expect(seriesRequests(requests)[2]!.searchParams.get("time[start]")).toBe(
      "2025-03-03T15:00:00.000Z",
    );
  });

  it("says when nothing was delivered", async () => {
    fakeApi({ series: () => Response.json({ data: [], metadata: {} }) });
    renderMetrics();
    expect(
      await screen.findByRole("heading", { name: "No deliveries in the last 24 hours" }),
    ).toBeInTheDocument();
    expect(stat("Error rate")).toBe("0%");
    expect(screen.queryByRole("img")).not.toBeInTheDocument();
  });

  it("shows a failed load with a retry that recovers", async () => {
    const user = userEvent.setup();
    let fail = true;
    fakeApi({
      series: () =>
        fail
          ? Response.json({ message: "boom" }, { status: 500 })
          : Response.json({
              data: [
                {
                  time_bucket: "2025-03-04T10:00:00Z",
                  dimensions: {},
                  metrics: { successful_count: 7, failed_count: 1 },
                },
              ],
              metadata: {},
            }),
    });
    renderMetrics();
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Couldn't load deliveries");
    fail = false;
    await user.click(within(alert).getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("img", { name: /7 successful, 1 failed/ })).toBeInTheDocument();
    expect(stat("Deliveries")).toBe("8");
  });
});
