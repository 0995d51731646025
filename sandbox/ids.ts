import { randomBytes } from "node:crypto";

const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

export interface IdSource {
  /** A fresh identifier such as "evt_3kTz…". */
  id(prefix: string): string;
  /** Random hex of `bytes` bytes (for secrets). */
  hex(bytes: number): string;
}

function fromBytes(bytes: Uint8Array): string {
  let out = "";
  for (const b of bytes) out += ALPHABET[b % ALPHABET.length];
  return out;
}

export const cryptoIds: IdSource = {
  id: (prefix) => `${prefix}_${fromBytes(randomBytes(20))}`,
  hex: (bytes) => randomBytes(bytes).toString("hex"),
};

/** Small deterministic PRNG (mulberry32) for reproducible demo data. */
export function createRng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function seededIds(rng: () => number): IdSource {
  const bytes = (n: number): Uint8Array =>
    Uint8Array.from({ length: n }, () => Math.floor(rng() * 256));
  return {
    id: (prefix) => `${prefix}_${fromBytes(bytes(20))}`,
    hex: (n) => Buffer.from(bytes(n)).toString("hex"),
  };
}
