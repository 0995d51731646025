import { createAdaptorServer } from "@hono/node-server";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";

import type { SandboxConfig } from "./config.ts";

type Fetch = Parameters<typeof createAdaptorServer>[0]["fetch"];

/** Why a listener could not start, in words for the terminal. */
export function listenErrorMessage(error: NodeJS.ErrnoException, host: string, port: number) {
  const where = `${host.includes(":") ? `[${host}]` : host}:${port}`;
  if (error.code === "EADDRINUSE")
    return `port ${port} is already in use on ${where}: stop the other server or set API_PORT to a free port`;
  if (error.code === "EACCES")
    return `no permission to listen on ${where}: choose another API_PORT`;
  if (error.code === "EADDRNOTAVAIL" || error.code === "ENOTFOUND")
    return `${host} is not an address of this machine: check HOST`;
  return `cannot listen on ${where}: ${error.message}`;
}

/** IPv6 switched off on this machine: ::1 is optional when 127.0.0.1 works. */
function ipv6Missing(error: NodeJS.ErrnoException, host: string): boolean {
  return host === "::1" && (error.code === "EADDRNOTAVAIL" || error.code === "EAFNOSUPPORT");
}

function listenOne(fetch: Fetch, host: string, port: number): Promise<Server> {
  const server = createAdaptorServer({ fetch }) as Server;
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve(server);
    });
  });
}

export interface Listening {
  /** The addresses actually bound. */
  hosts: string[];
  port: number;
  close(): Promise<void>;
}

/**
 * Listens on every host on one port (port 0: the first one picks, the others follow).
 * Rejects with a readable message when a host cannot be bound.
 */
export async function listenAll(fetch: Fetch, hosts: string[], port: number): Promise<Listening> {
  const servers: Server[] = [];
  const bound: string[] = [];
  let actualPort = port;
  const close = () =>
    Promise.all(servers.map((s) => new Promise<void>((done) => s.close(() => done())))).then(
      () => undefined,
    );
  for (const host of hosts) {
    try {
      const server = await listenOne(fetch, host, actualPort);
      servers.push(server);
      bound.push(host);
      actualPort = (server.address() as AddressInfo).port;
    } catch (error) {
      const e = error as NodeJS.ErrnoException;
      if (ipv6Missing(e, host) && bound.length > 0) continue;
      await close();
      throw new Error(listenErrorMessage(e, host, actualPort), { cause: error });
    }
  }
  return { hosts: bound, port: actualPort, close };
}

/** What to print when HOST makes the sandbox reachable from other machines; null on loopback. */
export function exposureWarning(
  config: Pick<SandboxConfig, "hosts" | "loopbackOnly">,
  demo: boolean,
): string | null {
  if (config.loopbackOnly) return null;
  return (
    `WARNING: HOST=${config.hosts.join(",")} is not loopback: anyone who can reach this machine ` +
    `can use the admin key${demo ? " and the embedding demo's unauthenticated links" : ""}. ` +
    "Unset HOST to listen on 127.0.0.1 and ::1 only."
  );
}
