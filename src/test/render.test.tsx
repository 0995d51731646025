import { useQuery, useQueryClient } from "@tanstack/react-query";
import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderWithQueryClient } from "./render";

function Greeting() {
  const query = useQuery({
    queryKey: ["greeting"],
    queryFn: () => Promise.reject(new Error("no")),
  });
  return <p>{query.isError ? "failed once" : "loading"}</p>;
}

function CachedValue() {
  const value = useQueryClient().getQueryData<string>(["shared"]);
  return <p>{value ?? "empty cache"}</p>;
}

describe("renderWithQueryClient", () => {
  it("fails a query at once instead of retrying it", async () => {
    renderWithQueryClient(<Greeting />);
    expect(await screen.findByText("failed once")).toBeInTheDocument();
  });

  it("gives every render a cache of its own", () => {
    const first = renderWithQueryClient(<CachedValue />);
    first.queryClient.setQueryData(["shared"], "first test's data");
    first.unmount();
    renderWithQueryClient(<CachedValue />);
    expect(screen.getByText("empty cache")).toBeInTheDocument();
  });

  it("renders inside the given wrapper", () => {
    renderWithQueryClient(<CachedValue />, {
      wrapper: ({ children }) => <section aria-label="outer">{children}</section>,
    });
    expect(screen.getByRole("region", { name: "outer" })).toHaveTextContent("empty cache");
  });
});
