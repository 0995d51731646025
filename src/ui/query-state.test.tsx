import { useQuery } from "@tanstack/react-query";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { ApiError } from "@/api/api-error";
import { renderWithQueryClient } from "@/test/render";
import { allQueries, QueryState } from "./query-state";

/** A screen over one query whose answers come from `answers`, in turn. */
function Screen({ answers }: { answers: (() => Promise<string[]>)[] }) {
  const query = useQuery({ queryKey: ["items"], queryFn: () => answers.shift()!() });
  return (
    <QueryState
      query={query}
      errorTitle="Couldn't load items"
      loading={<p>Loading items</p>}
      notFound={<p>No such list</p>}
      isEmpty={(items) => items.length === 0}
      empty={<p>No items yet</p>}
    >
      {(items) => <p>Items: {items.join(", ")}</p>}
    </QueryState>
  );
}

const fail = (status: number) => () =>
  Promise.reject(new ApiError({ status, message: `Failed with ${status}.` }));

describe("QueryState", () => {
  it("shows the loading state, then the data", async () => {
    renderWithQueryClient(<Screen answers={[() => Promise.resolve(["a", "b"])]} />);
    expect(screen.getByText("Loading items")).toBeInTheDocument();
    expect(await screen.findByText("Items: a, b")).toBeInTheDocument();
  });

  it("shows the empty state for empty data", async () => {
    renderWithQueryClient(<Screen answers={[() => Promise.resolve([])]} />);
    expect(await screen.findByText("No items yet")).toBeInTheDocument();
  });

  it("shows not-found, not the error, for a 404", async () => {
    renderWithQueryClient(<Screen answers={[fail(404)]} />);
    expect(await screen.findByText("No such list")).toBeInTheDocument();
  });

  it("retries from the error state and then shows the data", async () => {
    renderWithQueryClient(<Screen answers={[fail(500), () => Promise.resolve(["c"])]} />);
    expect(await screen.findByRole("heading", { name: "Couldn't load items" })).toBeInTheDocument();
    expect(screen.getByText("Failed with 500.")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByText("Items: c")).toBeInTheDocument();
  });
});

describe("allQueries", () => {
  const view = (status: "pending" | "error" | "success", data?: number, refetch = () => {}) => ({
    status,
    data,
    error: status === "error" ? new Error(`failed ${data}`) : null,
    isFetching: false,
    refetch,
  });

  it("is pending while either query is, and pairs the data once both succeed", () => {
    expect(allQueries(view("success", 1), view("pending")).status).toBe("pending");
    expect(allQueries(view("success", 1), view("success", 2))).toMatchObject({
      status: "success",
      data: [1, 2],
    });
  });

  it("fails with the first error and retries only the failed queries", async () => {
    const refetched: string[] = [];
    const both = allQueries(
      view("success", 1, () => refetched.push("first")),
      view("error", 2, () => refetched.push("second")),
    );
    expect(both.status).toBe("error");
    expect((both.error as Error).message).toBe("failed 2");
    await both.refetch();
    expect(refetched).toEqual(["second"]);
  });
});
