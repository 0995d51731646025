import { describe, expect, it, vi } from "vitest";
import { ApiError } from "./api-error";
import { createApiClient } from "./client";

type FetchMock = ReturnType<typeof vi.fn<typeof fetch>>;

function setup(
  respond: (url: string, init: RequestInit) => Response | Promise<Response>,
  token: string | null = "tok.en.value",
) {
  const fetchMock: FetchMock = vi.fn<typeof fetch>(async (input, init) =>
    respond(String(input), init ?? {}),
  );
  const onUnauthorized = vi.fn();
  const client = createApiClient({
    baseUrl: "https://api.example.com/api/v1/",
    getToken: () => token,
    onUnauthorized,
    fetch: fetchMock,
  });
  const call = (index = 0) => {
    const [url, init] = fetchMock.mock.calls[index]!;
    return { url: String(url), init: init!, headers: new Headers(init!.headers) };
  };
  return { client, fetchMock, onUnauthorized, call };
}

const ok = (body: unknown) =>
  new Response(JSON.stringify(body), {
    status: 200,
    headers: { "Content-Type": "application/json" },
  });

describe("createApiClient", () => {
  it("sends a GET with the bearer token and privacy options, and parses JSON", async () => {
    const { client, call, onUnauthorized } = setup(() => ok([{ id: "des_1" }]));
    await expect(client("/destinations")).resolves.toEqual([{ id: "des_1" }]);

    const { url, init, headers } = call();
    expect(url).toBe("https://api.example.com/api/v1/destinations");
    expect(init.method).toBe("GET");
    expect(headers.get("Authorization")).toBe("Bearer tok.en.value");
    expect(headers.get("Accept")).toBe("application/json");
    expect(headers.has("Content-Type")).toBe(false);
    expect(init.body).toBeUndefined();
    expect(init.credentials).toBe("omit");
    expect(init.referrerPolicy).toBe("no-referrer");
    expect(init.cache).toBe("no-store");
    expect(onUnauthorized).not.toHaveBeenCalled();
  });

  it("sends a JSON body with Content-Type only when a body is given", async () => {
    const { client, call } = setup(() => ok({ id: "des_2" }));
    const body = { type: "webhook", topics: ["user.created"], config: { url: "https://x" } };
    await client("/destinations", { method: "POST", body });

    const { init, headers } = call();
    expect(init.method).toBe("POST");
    expect(headers.get("Content-Type")).toBe("application/json");
    expect(JSON.parse(init.body as string)).toEqual(body);
  });

  it("sends falsy bodies too (null is a body)", async () => {
    const { client, call } = setup(() => ok({}));
    await client("/x", { method: "PUT", body: null });
    expect(call().init.body).toBe("null");
    expect(call().headers.get("Content-Type")).toBe("application/json");
  });

  it("repeats array query keys and skips empty values", async () => {
    const { client, call } = setup(() => ok({ data: [] }));
    await client("/events", {
      query: { topic: ["a", "b"], limit: 50, status: "", next: undefined, prev: null, q: "x y" },
    });
    const url = new URL(call().url);
    expect(url.pathname).toBe("/api/v1/events");
    expect(url.search).toBe("?topic=a&topic=b&limit=50&q=x+y");
    expect(url.searchParams.getAll("topic")).toEqual(["a", "b"]);
  });

  it("adds no ? when the query is empty", async () => {
    const { client, call } = setup(() => ok({}));
    await client("/tenant", { query: { cursor: "" } });
    expect(call().url).toBe("https://api.example.com/api/v1/tenant");
  });

  it("returns undefined for 204 and for an empty 200", async () => {
    const noContent = setup(() => new Response(null, { status: 204 }));
    await expect(noContent.client("/destinations/d1", { method: "DELETE" })).resolves.toBe(
      undefined,
    );
    const empty = setup(() => new Response("", { status: 200 }));
    await expect(empty.client("/x")).resolves.toBeUndefined();
  });

  it("ends the session once on 401 and throws an ApiError", async () => {
    const { client, onUnauthorized } = setup(() => new Response(null, { status: 401 }));
    const error = await client("/destinations").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 401, message: "Your session has ended." });
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    // The token the request carried: a session renewed meanwhile is not the one refused.
    expect(onUnauthorized).toHaveBeenCalledWith("tok.en.value");
  });

  it("throws 422 with field errors and leaves the session alone", async () => {
    const { client, onUnauthorized } = setup(() =>
      Response.json(
        { status: 422, message: "validation error", data: ["url is required"] },
        { status: 422 },
      ),
    );
    const error = await client("/destinations", { method: "POST", body: {} }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 422,
      message: "validation error",
      fieldErrors: { url: ["url is required"] },
    });
    expect(onUnauthorized).not.toHaveBeenCalled();
  });

  it.each([403, 404, 500])("does not end the session on %i", async (status) => {
    const { client, onUnauthorized } = setup(() => new Response(null, { status }));
    await expect(client("/x")).rejects.toMatchObject({ status });
    expect(onUnauthorized).not.toHaveBeenCalled();
  });

  it("turns a rejected fetch into a network ApiError (status 0)", async () => {
    const { client, onUnauthorized } = setup(() => {
      throw new TypeError("Failed to fetch");
    });
    const error = await client("/x").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 0,
      message: "Can't reach the server. Check your connection and try again.",
      isNetworkError: true,
    });
    expect(onUnauthorized).not.toHaveBeenCalled();
  });

  it("rethrows the AbortError when the signal was aborted", async () => {
    const controller = new AbortController();
    const { client, call } = setup(
      (_url, init) =>
        new Promise<Response>((_resolve, reject) => {
          init.signal?.addEventListener("abort", () => reject(init.signal?.reason));
        }),
    );
    const pending = client("/x", { signal: controller.signal }).catch((e: unknown) => e);
    controller.abort();
    const error = await pending;
    expect(error).not.toBeInstanceOf(ApiError);
    expect(error).toBe(controller.signal.reason);
    expect((error as Error).name).toBe("AbortError");
    expect(call().init.signal?.aborted).toBe(true);
  });

  it("ends the session without fetching when there is no token", async () => {
    const { client, fetchMock, onUnauthorized } = setup(() => ok({}), null);
    const error = await client("/x").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 401 });
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("reads the token at call time", async () => {
    let token = "first";
    const fetchMock = vi.fn<typeof fetch>(async () => ok({}));
    const client = createApiClient({
      baseUrl: "/api/v1",
      getToken: () => token,
      onUnauthorized: () => {},
      fetch: fetchMock,
    });
    await client("/a");
    token = "second";
    await client("/b");
    const auth = fetchMock.mock.calls.map(([, init]) =>
      new Headers(init?.headers).get("Authorization"),
    );
    expect(auth).toEqual(["Bearer first", "Bearer second"]);
    expect(fetchMock.mock.calls.map(([url]) => url)).toEqual(["/api/v1/a", "/api/v1/b"]);
  });

  it("uses the global fetch by default", async () => {
    const spy = vi.spyOn(globalThis, "fetch").mockResolvedValue(ok({ ok: true }));
    const client = createApiClient({
      baseUrl: "https://api.example.com",
      getToken: () => "t",
      onUnauthorized: () => {},
    });
    await expect(client("/ping")).resolves.toEqual({ ok: true });
    expect(spy).toHaveBeenCalledTimes(1);
    expect(spy.mock.calls[0]![0]).toBe("https://api.example.com/ping");
  });

  describe("deadlines", () => {
    /** A server that takes the request and never answers (until the signal gives up). */
    const hang = (_url: string, init: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init.signal?.addEventListener("abort", () => reject(init.signal?.reason));
      });
    const READ_MS = 60;
    const WRITE_MS = 400;

    function withDeadlines(respond: (url: string, init: RequestInit) => Promise<Response>) {
      const fetchMock = vi.fn<typeof fetch>(async (input, init) => respond(String(input), init!));
      return createApiClient({
        baseUrl: "/api/v1",
        getToken: () => "t",
        onUnauthorized: () => {},
        deadlines: { readMs: READ_MS, writeMs: WRITE_MS },
        fetch: fetchMock,
      });
    }
    const settle = (promise: Promise<unknown>) => {
      const state: { error?: unknown; at?: number } = {};
      const started = performance.now();
      const done = promise.catch((error: unknown) => {
        state.error = error;
        state.at = performance.now() - started;
      });
      return { state, done };
    };

    it("fails a read that outlives the read deadline, as a timeout the user can retry", async () => {
      const { state, done } = settle(withDeadlines(hang)("/x"));
      await done;
      expect(state.at).toBeGreaterThanOrEqual(READ_MS - 5);
      expect(state.error).toBeInstanceOf(ApiError);
      expect(state.error).toMatchObject({
        status: 0,
        code: "timeout",
        isTimeout: true,
        outcomeUnknown: false,
        message: "The server took too long to answer. Try again.",
      });
    });

    it("gives a write the longer write deadline, then calls its outcome unknown", async () => {
      const { state, done } = settle(withDeadlines(hang)("/x", { method: "PATCH", body: {} }));
      await new Promise((resolve) => setTimeout(resolve, READ_MS * 2));
      expect(state.error).toBeUndefined();
      await done;
      expect(state.at).toBeGreaterThanOrEqual(WRITE_MS - 5);
      expect(state.error).toMatchObject({ status: 0, code: "timeout", outcomeUnknown: true });
    });

    it("runs the deadline over the body too: headers then silence is a timeout", async () => {
      const client = withDeadlines(async (_url, init) => {
        const body = new ReadableStream({
          start(controller) {
            init.signal?.addEventListener("abort", () => controller.error(init.signal?.reason));
          },
        });
        return new Response(body, { status: 200 });
      });
      await expect(client("/x")).rejects.toMatchObject({ code: "timeout" });
    });

    it("calls a write whose connection dropped 'outcome unknown', a read merely unreachable", async () => {
      const client = withDeadlines(async () => {
        throw new TypeError("network error");
      });
      await expect(client("/x", { method: "POST", body: {} })).rejects.toMatchObject({
        code: "network",
        outcomeUnknown: true,
      });
      await expect(client("/x")).rejects.toMatchObject({ code: "network", outcomeUnknown: false });
    });

    it("still tells the caller's own abort apart from the deadline", async () => {
      const controller = new AbortController();
      const pending = withDeadlines(hang)("/x", { signal: controller.signal }).catch(
        (e: unknown) => e,
      );
      controller.abort();
      expect(await pending).toBe(controller.signal.reason);
    });
  });

  describe("answers of the wrong shape", () => {
    const isDestination = (body: unknown) =>
      typeof body === "object" &&
      body !== null &&
      typeof (body as { id?: unknown }).id === "string";

    it("are errors, never success; for a write the outcome is unknown", async () => {
      const { client } = setup(() => ok({ ok: true }));
      await expect(
        client("/d", { method: "PATCH", body: {}, expect: isDestination }),
      ).rejects.toMatchObject({ code: "unexpected_shape", status: 200, outcomeUnknown: true });
      await expect(client("/d", { expect: isDestination })).rejects.toMatchObject({
        code: "unexpected_shape",
        outcomeUnknown: false,
      });
    });

    it("pass through when the shape is right", async () => {
      const { client } = setup(() => ok({ id: "des_1" }));
      await expect(client("/d", { expect: isDestination })).resolves.toEqual({ id: "des_1" });
    });

    it("include a body that isn't JSON, on a write too", async () => {
      const { client } = setup(() => new Response("<html>", { status: 200 }));
      await expect(client("/d", { method: "PUT", body: {} })).rejects.toMatchObject({
        code: "unreadable",
        outcomeUnknown: true,
      });
    });
  });
});
