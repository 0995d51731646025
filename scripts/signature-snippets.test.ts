import { spawnSync } from "node:child_process";
import { createHmac } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { SNIPPETS } from "../src/features/destinations/guide/signature-snippets.ts";

/*
 * The snippets run as written, against requests signed the way Outpost signs
 * them (OUTPOST-FACTS "Webhook signatures"): a copied snippet must work.
 */

const dir = mkdtempSync(join(tmpdir(), "signature-snippets-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const body = Buffer.from('{"id":"evt_1","data":{"amount":120}}');
const secret = `whsec_${"ab12".repeat(16)}`;
const previous = `whsec_${"cd34".repeat(16)}`;
const hexSig = (key: string) => createHmac("sha256", key).update(body).digest("hex");

// Standard Webhooks: base64 key after whsec_, content "id.timestamp.body", base64 signature.
const stdSecret = `whsec_${Buffer.from("standard-webhooks-key-0123456789").toString("base64")}`;
const stdSig = (key: string, id: string, ts: string) =>
  createHmac("sha256", Buffer.from(key.replace(/^whsec_/, ""), "base64"))
    .update(`${id}.${ts}.`)
    .update(body)
    .digest("base64");

async function nodeModule(name: string, code: string) {
  const file = join(dir, `${name}.mjs`);
  writeFileSync(file, code);
  return (await import(/* @vite-ignore */ pathToFileURL(file).href)) as Record<
    string,
    (...args: unknown[]) => boolean
  >;
}

function python(code: string, call: string): string {
  const result = spawnSync("python3", ["-c", `${code}\n\nprint(${call})`], { encoding: "utf8" });
  if (result.status !== 0) throw new Error(result.stderr);
  return result.stdout.trim();
}

describe("default-mode snippets", () => {
  it("Node.js accepts Outpost's v0= signature, both during a rotation, and refuses others", async () => {
    const { verifyOutpostSignature: verify } = await nodeModule(
      "default",
      SNIPPETS.default["Node.js"],
    );
    expect(verify!(body, `v0=${hexSig(secret)}`, secret)).toBe(true);
    expect(verify!(body, `v0=${hexSig(secret)},${hexSig(previous)}`, previous)).toBe(true);
    expect(verify!(body, `v0=${hexSig(previous)}`, secret)).toBe(false);
    expect(verify!(Buffer.from("{}"), `v0=${hexSig(secret)}`, secret)).toBe(false);
    expect(verify!(body, hexSig(secret), secret)).toBe(false);
    expect(verify!(body, undefined, secret)).toBe(false);
  });

  it("Python does the same", () => {
    const code = SNIPPETS.default.Python;
    const call = (header: string, key: string) =>
      python(
        code,
        `verify_outpost_signature(${JSON.stringify(body.toString())}.encode(), ${JSON.stringify(header)}, ${JSON.stringify(key)})`,
      );
    expect(call(`v0=${hexSig(secret)}`, secret)).toBe("True");
    expect(call(`v0=${hexSig(secret)},${hexSig(previous)}`, previous)).toBe("True");
    expect(call(`v0=${hexSig(previous)}`, secret)).toBe("False");
  });
});

describe("Standard Webhooks snippets", () => {
  const id = "msg_1";
  const now = String(Math.floor(Date.now() / 1000));
  const headers = (signature: string, ts = now) => ({
    "webhook-id": id,
    "webhook-timestamp": ts,
    "webhook-signature": signature,
  });

  it("Node.js accepts a v1, signature among several and refuses stale or wrong ones", async () => {
    const { verifyStandardWebhook: verify } = await nodeModule(
      "standard",
      SNIPPETS.standard["Node.js"],
    );
    const good = stdSig(stdSecret, id, now);
    expect(verify!(body, headers(`v1,${good}`), stdSecret)).toBe(true);
    expect(verify!(body, headers(`v1,bm9wZQ== v1,${good}`), stdSecret)).toBe(true);
    expect(verify!(body, headers(`v2,${good}`), stdSecret)).toBe(false);
    const old = String(Number(now) - 3600);
    expect(verify!(body, headers(`v1,${stdSig(stdSecret, id, old)}`, old), stdSecret)).toBe(false);
    expect(verify!(Buffer.from("{}"), headers(`v1,${good}`), stdSecret)).toBe(false);
  });

  it("Python does the same", () => {
    const code = SNIPPETS.standard.Python;
    const call = (signature: string) =>
      python(
        code,
        `verify_standard_webhook(${JSON.stringify(body.toString())}.encode(), ${JSON.stringify(headers(signature))}, ${JSON.stringify(stdSecret)})`,
      );
    expect(call(`v1,${stdSig(stdSecret, id, now)}`)).toBe("True");
    expect(call(`v1,${stdSig(stdSecret, "other", now)}`)).toBe("False");
  });
});
