// Redis, PostgreSQL and RabbitMQ as children of this script: loopback ports of their own,
// data under one temp folder, nothing registered with the system's service manager.
import { spawnSync } from "node:child_process";
import { chownSync, mkdirSync, writeFileSync } from "node:fs";
import { userInfo } from "node:os";
import { join } from "node:path";
import { epmdBinary, postgresBinDir, PrerequisiteError } from "./prerequisites.mjs";
import { freePort, portOpen, waitUntil } from "./processes.mjs";

const BASE_ENV = { PATH: process.env.PATH ?? "/usr/bin:/bin", LANG: "C.UTF-8" };

export async function startRedis(group, dataDir) {
  const port = await freePort();
  const dir = join(dataDir, "redis");
  mkdirSync(dir);
  const entry = group.start(
    "redis",
    "redis-server",
    [
      "--bind",
      "127.0.0.1",
      "--port",
      String(port),
      "--dir",
      dir,
      "--save",
      "",
      "--appendonly",
      "no",
    ],
    { env: BASE_ENV },
  );
  await waitUntil(entry, "listening port", portOpen(port), 15_000);
  return { host: "127.0.0.1", port };
}

/** PostgreSQL refuses to run as root, so as root it runs as the `postgres` account. */
function postgresAccount() {
  if (process.getuid?.() !== 0) return {};
  const id = (flag) => spawnSync("id", [flag, "postgres"], { encoding: "utf8" });
  const uid = id("-u");
  const gid = id("-g");
  if (uid.status !== 0 || gid.status !== 0) {
    throw new PrerequisiteError(
      "Running as root, but there is no `postgres` account to run PostgreSQL as.",
    );
  }
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

export async function startPostgres(group, dataDir) {
  const bin = postgresBinDir();
  const account = postgresAccount();
  const dir = join(dataDir, "postgres");
  const socketDir = join(dataDir, "postgres-socket");
  for (const d of [dir, socketDir]) {
    mkdirSync(d, { mode: 0o700 });
    if (account.uid !== undefined) chownSync(d, account.uid, account.gid);
  }
  const env = { ...BASE_ENV, HOME: dataDir };
  const init = spawnSync(
    join(bin, "initdb"),
    ["-D", dir, "-U", "outpost", "--auth=trust", "-E", "UTF8", "--no-sync", "--no-instructions"],
    { ...account, env, encoding: "utf8" },
  );
  if (init.status !== 0) throw new Error(`initdb failed:\n${init.stderr || init.error?.message}`);
  const port = await freePort();
  const entry = group.start(
    "postgres",
    join(bin, "postgres"),
    ["-D", dir, "-h", "127.0.0.1", "-p", String(port), "-k", socketDir, "-c", "fsync=off"],
    // SIGINT is PostgreSQL's "fast" shutdown; SIGTERM would wait for clients to leave.
    { ...account, env, stopSignal: "SIGINT" },
  );
  const ready = () =>
    spawnSync(join(bin, "pg_isready"), ["-q", "-h", "127.0.0.1", "-p", String(port)]).status === 0;
  await waitUntil(entry, "ready database", async () => ready(), 30_000);
  return { url: `postgres://outpost:outpost@127.0.0.1:${port}/postgres?sslmode=disable` };
}

/**
 * RabbitMQ with its own node name, AMQP and distribution ports, and its own epmd on a port of
 * its own, so it neither needs nor disturbs a system RabbitMQ.
 */
export async function startRabbitMQ(group, dataDir) {
  const dir = join(dataDir, "rabbitmq");
  mkdirSync(dir);
  const [amqpPort, distPort, epmdPort] = [await freePort(), await freePort(), await freePort()];
  const epmd = group.start(
    "epmd",
    epmdBinary(),
    ["-address", "127.0.0.1", "-port", String(epmdPort)],
    {
      env: BASE_ENV,
    },
  );
  await waitUntil(epmd, "listening port", portOpen(epmdPort), 10_000);

  writeFileSync(
    join(dir, "rabbitmq.conf"),
    [
      `listeners.tcp.1 = 127.0.0.1:${amqpPort}`,
      "loopback_users.guest = true",
      "log.console = true",
    ].join("\n") + "\n",
  );
  writeFileSync(join(dir, "enabled_plugins"), "[].\n");
  const env = {
    ...BASE_ENV,
    HOME: dir,
    USER: userInfo().username,
    ERL_EPMD_PORT: String(epmdPort),
    ERL_EPMD_ADDRESS: "127.0.0.1",
    RABBITMQ_NODENAME: `outpost${process.pid}@localhost`,
    RABBITMQ_NODE_IP_ADDRESS: "127.0.0.1",
    RABBITMQ_NODE_PORT: String(amqpPort),
    RABBITMQ_DIST_PORT: String(distPort),
    RABBITMQ_CONFIG_FILE: join(dir, "rabbitmq"),
    RABBITMQ_ENABLED_PLUGINS_FILE: join(dir, "enabled_plugins"),
    RABBITMQ_MNESIA_BASE: join(dir, "mnesia"),
    RABBITMQ_LOG_BASE: join(dir, "log"),
  };
  // The script under /usr/lib/rabbitmq runs the broker in the foreground; the one in
  // /usr/sbin would switch user and detach it from us.
  const entry = group.start("rabbitmq", "/usr/lib/rabbitmq/bin/rabbitmq-server", [], { env });
  await waitUntil(entry, "AMQP listener", portOpen(amqpPort), 120_000);
  return { url: `amqp://guest:guest@127.0.0.1:${amqpPort}` };
}
