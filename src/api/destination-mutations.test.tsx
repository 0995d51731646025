import { QueryClientProvider } from "@tanstack/react-query";
import { cleanup, renderHook } from "@testing-library/react";
import type { ReactNode } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createSessionStore, setSessionStore } from "@/session/session-store";
import { createTokenStorage } from "@/session/token-storage";
import { testDestination } from "@/test/destination";
import { testQueryClient } from "@/test/render";
import { unsignedToken } from "@/test/token";
import { ApiError } from "./api-error";
import { createApiClient, setApiClient } from "./client";
import { DestinationConflict } from "./destination-edit";
import { useSaveDestination } from "./destination-mutations";
import type { Destination } from "./types";

const NOW = Date.UTC(2026, 0, 1);

type PatchMode = "answer" | "hang" | "apply-then-hang";

/** One destination on a fake server; PATCH answers, hangs, or applies and hangs. */
function fakeServer(initial: Partial<Destination>, mode: { patch: PatchMode }) {
  let destination: Destination = testDestination({ topics: ["a"], ...initial });
  const patches: unknown[] = [];
  const hang = (signal: AbortSignal | null | undefined) =>
    new Promise<Response>((_, reject) =>
      signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError"))),
    );
  const apply = (body: Partial<Destination>) => {
    destination = { ...destination, ...body, updated_at: "2026-01-02T00:00:00Z" };
  };
  const fetch = vi.fn(async (_input: RequestInfo | URL, init?: RequestInit) => {
    // As a real fetch: an aborted signal fails the request before it leaves.
    if (init?.signal?.aborted) throw new DOMException("aborted", "AbortError");
    if (init?.method === "PATCH") {
      const body = JSON.parse(String(init.body)) as Partial<Destination>;
      patches.push(body);
      if (mode.patch === "hang") return hang(init.signal);
      apply(body);
      if (mode.patch === "apply-then-hang") return hang(init.signal);
    }
    return Response.json(destination);
  });
  setApiClient(
    createApiClient({
      baseUrl: "/api/v1",
      getToken: () => "token",
      onUnauthorized: vi.fn(),
      fetch,
    }),
  );
  return { patches, current: () => destination };
}

function renderSave() {
  const client = testQueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  return renderHook(() => useSaveDestination("des_1"), { wrapper }).result;
}

beforeEach(() => {
  const store = createSessionStore({ storage: createTokenStorage(), now: () => NOW });
  store.start(unsignedToken({ sub: "acme", exp: NOW / 1000 + 3600 }));
  setSessionStore(store);
});
afterEach(cleanup);

describe("useSaveDestination", () => {
  it("sends my topic change merged onto the server's current list", async () => {
    const server = fakeServer({ topics: ["a", "c"] }, { patch: "answer" });
    const save = renderSave();
    const saved = await save.current.mutateAsync({
      base: { topics: ["a"] },
      patch: { topics: ["a", "b"] },
    });
    expect(server.patches).toEqual([{ topics: ["a", "c", "b"] }]);
    expect(saved.topics).toEqual(["a", "c", "b"]);
  });

  it("sends nothing and names the conflict when the same part changed on both sides", async () => {
    const server = fakeServer({ filter: { topic: "x" } }, { patch: "answer" });
    const save = renderSave();
    const error = await save.current
      .mutateAsync({ base: { filter: null }, patch: { filter: { topic: "y" } } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DestinationConflict);
    expect((error as DestinationConflict).conflicts).toEqual([
      { part: "filter", mine: { topic: "y" }, theirs: { topic: "x" } },
    ]);
    expect(server.patches).toEqual([]);
  });

  it("sends nothing when the server already holds what I want", async () => {
    const server = fakeServer({ metadata: { team: "core" } }, { patch: "answer" });
    const save = renderSave();
    const saved = await save.current.mutateAsync({
      base: { metadata: null },
      patch: { metadata: { team: "core" } },
    });
    expect(server.patches).toEqual([]);
    expect(saved.metadata).toEqual({ team: "core" });
  });

  it("Cancel on a PATCH the server never applied: 'cancelled', not saved", async () => {
    const server = fakeServer({}, { patch: "hang" });
    const save = renderSave();
    const controller = new AbortController();
    const pending = save.current
      .mutateAsync({ base: { topics: ["a"] }, patch: { topics: ["b"] }, signal: controller.signal })
      .catch((e: unknown) => e);
    await vi.waitFor(() => expect(server.patches).toHaveLength(1));
    controller.abort();
    const error = await pending;
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe("cancelled");
    expect(server.current().topics).toEqual(["a"]);
  });

  it("Cancel on a PATCH the server applied: the re-read makes it a success", async () => {
    const server = fakeServer({}, { patch: "apply-then-hang" });
    const save = renderSave();
    const controller = new AbortController();
    const pending = save.current.mutateAsync({
      base: { topics: ["a"] },
      patch: { topics: ["b"] },
      signal: controller.signal,
    });
    await vi.waitFor(() => expect(server.patches).toHaveLength(1));
    controller.abort();
    expect((await pending).topics).toEqual(["b"]);
  });

  it("Cancel before the PATCH left: cancelled without a write", async () => {
    const server = fakeServer({}, { patch: "answer" });
    const save = renderSave();
    const controller = new AbortController();
    controller.abort();
    const error = await save.current
      .mutateAsync({ base: { topics: ["a"] }, patch: { topics: ["b"] }, signal: controller.signal })
      .catch((e: unknown) => e);
    expect((error as ApiError).code).toBe("cancelled");
    expect(server.patches).toEqual([]);
  });
});
