// What a real Outpost needs on this machine: three Debian services and the Outpost binary,
// installed or built on first use. Every failure says what is missing and how to fix it.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const OUTPOST_MODULE = "github.com/hookdeck/outpost/cmd/outpost-server";
export const OUTPOST_VERSION = "v1.2.0";
/** The Go version Outpost's go.mod asks for. */
const MIN_GO = [1, 26, 5];

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
/** Git-ignored; the built binary lives under a folder named after its version. */
export const CACHE_DIR = resolve(process.env.OUTPOST_CACHE_DIR ?? join(repoRoot, ".cache/outpost"));

export class PrerequisiteError extends Error {}

const DEBIAN_PACKAGES = ["redis-server", "postgresql", "rabbitmq-server"];

function isInstalled(pkg) {
  const r = spawnSync("dpkg-query", ["-W", "-f=${Status}", pkg], { encoding: "utf8" });
  return r.status === 0 && r.stdout.includes("install ok installed");
}

function run(command, args, options = {}) {
  const r = spawnSync(command, args, { stdio: "inherit", ...options });
  if (r.error) throw new PrerequisiteError(`${command} could not run: ${r.error.message}`);
  return r.status === 0;
}

/**
 * Installs the Debian packages that are missing, without letting their maintainer scripts
 * start system-wide daemons: this script runs its own copies on ports of its own.
 */
export function ensureDebianPackages(log) {
  if (spawnSync("dpkg-query", ["--version"]).error) {
    throw new PrerequisiteError(
      `dpkg-query is not available: this is not a Debian-like machine. Install ${DEBIAN_PACKAGES.join(", ")} yourself.`,
    );
  }
  const missing = DEBIAN_PACKAGES.filter((pkg) => !isInstalled(pkg));
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    throw new PrerequisiteError(
      `Missing Debian packages: ${missing.join(", ")}. Install them with: sudo apt-get install -y ${missing.join(" ")}`,
    );
  }
  log(`Installing ${missing.join(", ")} from Debian (first use only)…`);
  const policy = "/usr/sbin/policy-rc.d";
  const ownPolicy = !existsSync(policy);
  // Exit code 101 tells invoke-rc.d "do not start services" while packages install.
  if (ownPolicy) writeFileSync(policy, "#!/bin/sh\nexit 101\n", { mode: 0o755 });
  try {
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    const quiet = { env, stdio: ["ignore", "ignore", "inherit"] };
    if (!run("apt-get", ["update", "-qq"], quiet)) {
      throw new PrerequisiteError(
        "apt-get update failed; the Debian package mirror is unreachable?",
      );
    }
    if (!run("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...missing], quiet)) {
      throw new PrerequisiteError(`apt-get install ${missing.join(" ")} failed (see above).`);
    }
  } finally {
    if (ownPolicy) rmSync(policy, { force: true });
  }
}

function goVersion() {
  const r = spawnSync("go", ["env", "GOVERSION"], { encoding: "utf8" });
  if (r.error || r.status !== 0) return null;
  const match = /go(\d+)\.(\d+)(?:\.(\d+))?/.exec(r.stdout);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)] : null;
}

function atLeast(version, min) {
  for (let i = 0; i < min.length; i++) {
    if (version[i] !== min[i]) return version[i] > min[i];
  }
  return true;
}

/** The binary for OUTPOST_VERSION, built with `go install` on first use; OUTPOST_BIN overrides. */
export function ensureOutpostBinary(log) {
  const override = process.env.OUTPOST_BIN;
  if (override) {
    if (!existsSync(override))
      throw new PrerequisiteError(`OUTPOST_BIN=${override} does not exist.`);
    return override;
  }
  const binDir = join(CACHE_DIR, OUTPOST_VERSION, "bin");
  const binary = join(binDir, "outpost-server");
  if (existsSync(binary)) return binary;

  const version = goVersion();
  if (!version) {
    throw new PrerequisiteError(
      "Go is not installed (no `go` on PATH). Outpost is built from source with `go install`; install Go 1.26.5 or newer, or set OUTPOST_BIN to a built outpost-server.",
    );
  }
  if (!atLeast(version, MIN_GO)) {
    throw new PrerequisiteError(
      `Go ${version.join(".")} is too old: Outpost ${OUTPOST_VERSION} needs Go ${MIN_GO.join(".")} or newer (try GOTOOLCHAIN=go1.26.5 or a newer Go).`,
    );
  }
  mkdirSync(binDir, { recursive: true });
  log(`Building Outpost ${OUTPOST_VERSION} with go install (first use only; takes a few minutes)…`);
  const started = Date.now();
  const r = spawnSync("go", ["install", `${OUTPOST_MODULE}@${OUTPOST_VERSION}`], {
    env: { ...process.env, GOBIN: binDir },
    encoding: "utf8",
    stdio: ["ignore", "inherit", "pipe"],
  });
  if (r.status !== 0 || !existsSync(binary)) {
    const output = (r.stderr ?? "").trim();
    const refused = /403 Forbidden|not available|410 Gone|404 Not Found/.test(output);
    throw new PrerequisiteError(
      [
        `Building Outpost ${OUTPOST_VERSION} failed: go install ${OUTPOST_MODULE}@${OUTPOST_VERSION}`,
        output,
        refused
          ? "The Go module proxy did not serve the module, so the real server cannot be built on this machine. Set OUTPOST_BIN to an outpost-server built elsewhere, or use a GOPROXY that serves it."
          : "See the go output above.",
      ].join("\n"),
    );
  }
  log(`Built Outpost in ${Math.round((Date.now() - started) / 1000)} s → ${binary}`);
  return binary;
}

/** Debian's PostgreSQL server programs (the newest installed major version). */
export function postgresBinDir() {
  const base = "/usr/lib/postgresql";
  const versions = existsSync(base)
    ? readdirSync(base)
        .filter((v) => existsSync(join(base, v, "bin", "postgres")))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length === 0)
    throw new PrerequisiteError("No PostgreSQL server under /usr/lib/postgresql.");
  return join(base, versions[0], "bin");
}

/** Debian's epmd (Erlang's port mapper), which RabbitMQ's node registers with. */
export function epmdBinary() {
  const candidates = ["/usr/bin/epmd"];
  const erts = "/usr/lib/erlang";
  if (existsSync(erts)) {
    for (const dir of readdirSync(erts)) {
      if (dir.startsWith("erts-")) candidates.push(join(erts, dir, "bin", "epmd"));
    }
  }
  const found = candidates.find((p) => existsSync(p));
  if (!found)
    throw new PrerequisiteError("epmd (from Erlang, a rabbitmq-server dependency) is missing.");
  return found;
}
