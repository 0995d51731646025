/**
 * A webhook endpoint on 127.0.0.1 for tests: paths containing "fail" answer 500, others 200
 * (or every path 500 while `failing` is on). It keeps every request with its raw body, so a
 * test can check Outpost's signature.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import { once } from "node:events";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

export interface ReceivedRequest {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface Receiver {
  /** A URL on this receiver; include "fail" in `path` for an endpoint that answers 500. */
  url(path: string): string;
  requests: ReceivedRequest[];
  /** Makes every path answer 500 (an endpoint that went down), or restores normal answers. */
  setFailing(failing: boolean): void;
  close(): Promise<void>;
}

export async function startReceiver(): Promise<Receiver> {
  const requests: ReceivedRequest[] = [];
  let failingAll = false;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const path = req.url ?? "/";
      requests.push({ path, headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
      const failing = failingAll || path.includes("fail");
      res.writeHead(failing ? 500 : 200, { "Content-Type": "application/json" });
      res.end(JSON.stringify(failing ? { error: "receiver told to fail" } : { received: true }));
    });
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path.startsWith("/") ? path : `/${path}`}`,
    requests,
    setFailing: (failing) => {
      failingAll = failing;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Hex HMAC-SHA256 of the raw body: Outpost's default webhook signature. */
export function sign(secret: string, body: string): string {
  return createHmac("sha256", secret).update(body).digest("hex");
}

/**
 * The secrets (of those given) whose signature appears in an `x-outpost-signature` header of
 * the form `v0=<sig>[,<sig>…]`.
 */
export function secretsThatSigned(
  header: string | undefined,
  body: string,
  secrets: string[],
): string[] {
  if (!header?.startsWith("v0=")) return [];
  const signatures = header.slice(3).split(",");
  return secrets.filter((secret) => {
    const expected = Buffer.from(sign(secret, body));
    return signatures.some((s) => {
      const given = Buffer.from(s);
      return given.length === expected.length && timingSafeEqual(given, expected);
    });
  });
}
