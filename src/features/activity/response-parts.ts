/**
 * What came back from a delivery. Outpost stores `{ status, body }` for webhooks with the body
 * as the raw text the endpoint sent; a JSON body is parsed so it reads as JSON. Other types
 * store shapes of their own, shown whole.
 */
export function responseParts(data: Record<string, unknown> | null | undefined) {
  if (!data) return null;
  const status = data.status ?? data.status_code;
  return {
    status: typeof status === "number" || typeof status === "string" ? String(status) : null,
    body: "body" in data ? parsedIfJson(data.body) : data,
  };
}

function parsedIfJson(body: unknown): unknown {
  if (typeof body !== "string") return body;
  const text = body.trim();
  if (!text.startsWith("{") && !text.startsWith("[")) return body;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return body;
  }
}
