// Children this script owns: started in order, stopped in reverse order, each with the signal
// that shuts it down cleanly and SIGKILL when it does not exit in time.
import { spawn } from "node:child_process";
import { createWriteStream, readFileSync } from "node:fs";
import { createServer, connect } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";

export class ProcessGroup {
  #children = [];

  constructor(logDir) {
    this.logDir = logDir;
  }

  /** Starts `command`, its output going to <logDir>/<name>.log. */
  start(
    name,
    command,
    args,
    { env = {}, cwd, uid, gid, stopSignal = "SIGTERM", inherit = false } = {},
  ) {
    const logPath = `${this.logDir}/${name}.log`;
    const child = spawn(command, args, {
      cwd,
      uid,
      gid,
      env,
      stdio: ["ignore", inherit ? "inherit" : "pipe", inherit ? "inherit" : "pipe"],
    });
    if (!inherit) {
      const log = createWriteStream(logPath);
      child.stdout.pipe(log);
      child.stderr.pipe(log);
    }
    const exited = new Promise((resolve) => child.once("exit", resolve));
    const entry = { name, child, stopSignal, exited, logPath };
    this.#children.push(entry);
    child.once("error", () => {});
    return entry;
  }

  async stopAll(timeoutMs = 10_000) {
    for (const entry of this.#children.reverse()) {
      if (entry.child.exitCode !== null || entry.child.signalCode !== null) continue;
      entry.child.kill(entry.stopSignal);
      const done = await Promise.race([entry.exited.then(() => true), sleep(timeoutMs, false)]);
      if (!done) {
        entry.child.kill("SIGKILL");
        await entry.exited;
      }
    }
    this.#children = [];
  }

  /** Synchronous last resort (process "exit" handlers cannot wait). */
  killAllNow() {
    for (const entry of this.#children) {
      if (entry.child.exitCode === null && entry.child.signalCode === null)
        entry.child.kill("SIGKILL");
    }
  }
}

/** A TCP port on 127.0.0.1 that was free a moment ago. */
export async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function canConnect(port) {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/** The last lines of a log file, for error messages (the temp folder is removed on exit). */
export function tail(path, lines = 30) {
  try {
    return readFileSync(path, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "(no log)";
  }
}

/** Polls until `check` resolves true; fails early when the child has exited. */
export async function waitUntil(entry, what, check, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (entry.child.exitCode !== null || entry.child.signalCode !== null) {
      throw new Error(`${entry.name} exited before ${what}:\n${tail(entry.logPath)}`);
    }
    if (await check()) return;
    await sleep(150);
  }
  throw new Error(
    `${entry.name}: no ${what} within ${timeoutMs / 1000} s:\n${tail(entry.logPath)}`,
  );
}

export const portOpen = (port) => () => canConnect(port);
