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
    expect(call().init.signal).toBe(controller.signal);
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
});
