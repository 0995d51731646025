import { createServer, request as forward, type IncomingMessage } from "node:http";
import type { Socket } from "node:net";

/**
 * What the proxy does to a matching request instead of passing it through:
 * - `hang`: takes the request and never answers;
 * - `reset-after-forward`: the server gets the request and answers, then the
 *   connection is destroyed before the browser sees a byte (a lost response);
 * - `hang-after-forward`: the server gets the request and answers; the browser never
 *   hears back (an applied write whose answer is stuck);
 * - `respond`: answers itself (429 with Retry-After, 500, garbage or wrong-shaped JSON).
 */
export type Fault =
  | { kind: "hang" }
  | { kind: "reset-after-forward" }
  | { kind: "hang-after-forward" }
  | {
      kind: "respond";
      status: number;
      body?: string;
      headers?: Record<string, string>;
      /** Answers this much later (a slow answer that arrives after something changed). */
      delayMs?: number;
    };

export interface FaultRule {
  method?: string;
  /** Matched against the path and query. */
  path: RegExp;
  fault: Fault;
  /** How many matching requests it applies to (default: all). */
  times?: number;
}

export interface FaultProxy {
  origin: string;
  /** Adds a rule; the first matching rule with uses left applies. */
  inject(rule: FaultRule): void;
  clear(): void;
  /** Every request seen, in order: "METHOD /path?query". */
  readonly seen: string[];
  /** Every answer the proxy made up, once sent: "STATUS METHOD /path?query". */
  readonly answered: string[];
  close(): Promise<void>;
}

/**
 * A loopback HTTP proxy in front of a sandbox: everything (the portal's files and
 * its API) passes through unchanged unless a rule says otherwise.
 */
export async function startFaultProxy(upstream: string): Promise<FaultProxy> {
  const target = new URL(upstream);
  const rules: (FaultRule & { left: number })[] = [];
  const seen: string[] = [];
  const answered: string[] = [];
  const sockets = new Set<Socket>();

  const match = (req: IncomingMessage) => {
    const rule = rules.find(
      (r) => r.left > 0 && (!r.method || r.method === req.method) && r.path.test(req.url ?? "/"),
    );
    if (rule) rule.left -= 1;
    return rule?.fault ?? null;
  };

  const server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    const fault = match(req);
    if (fault?.kind === "hang") return; // the socket stays open until the browser gives up
    if (fault?.kind === "respond") {
      const answer = () => {
        res.writeHead(fault.status, { "Content-Type": "application/json", ...fault.headers });
        res.end(fault.body ?? "", () => answered.push(`${fault.status} ${req.method} ${req.url}`));
      };
      if (fault.delayMs) setTimeout(answer, fault.delayMs);
      else answer();
      return;
    }
    const outgoing = forward(
      {
        host: target.hostname,
        port: target.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: target.host },
      },
      (upstreamRes) => {
        if (fault?.kind === "hang-after-forward") {
          upstreamRes.resume();
          return;
        }
        if (fault?.kind === "reset-after-forward") {
          // The server has applied the request; the browser never learns it.
          upstreamRes.resume();
          upstreamRes.on("end", () => req.socket.destroy());
          return;
        }
        res.writeHead(upstreamRes.statusCode ?? 502, upstreamRes.headers);
        upstreamRes.pipe(res);
      },
    );
    outgoing.on("error", () => res.destroy());
    req.pipe(outgoing);
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("fault proxy has no port");

  return {
    origin: `http://127.0.0.1:${address.port}`,
    inject: (rule) => rules.unshift({ ...rule, left: rule.times ?? Infinity }),
    clear: () => void rules.splice(0),
    seen,
    answered,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
