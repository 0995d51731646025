import { base64url, SignJWT, UnsecuredJWT } from "jose";
import { describe, expect, it } from "vitest";
import { checkToken } from "./token";

// Copied into this realm's Uint8Array: jsdom's TextEncoder returns one jose does not recognise.
const SECRET = new Uint8Array(
  new TextEncoder().encode("a-test-secret-that-is-long-enough-for-hs256"),
);
const NOW = Date.UTC(2030, 0, 1, 12, 0, 0);
const NOW_S = NOW / 1000;

function signed(claims: { sub?: string; exp?: number } & Record<string, unknown>) {
  return new SignJWT(claims).setProtectedHeader({ alg: "HS256", typ: "JWT" }).sign(SECRET);
}

/** A JWT whose payload segment is exactly `payload` (already encoded). */
function withPayloadSegment(segment: string) {
  const header = base64url.encode(JSON.stringify({ alg: "HS256", typ: "JWT" }));
  return `${header}.${segment}.c2lnbmF0dXJl`;
}

describe("checkToken", () => {
  it("reads tenant and expiry from a signed HS256 token", async () => {
    const token = await signed({ sub: "tenant_123", exp: NOW_S + 3600 });
    expect(checkToken(token, NOW)).toEqual({
      ok: true,
      session: { token, tenantId: "tenant_123", expiresAt: (NOW_S + 3600) * 1000 },
    });
  });

  it("accepts an unsecured (alg: none) token; the API verifies signatures", () => {
    const token = new UnsecuredJWT({ sub: "t_unsecured" }).setExpirationTime(NOW_S + 60).encode();
    const check = checkToken(token, NOW);
    expect(check).toEqual({
      ok: true,
      session: { token, tenantId: "t_unsecured", expiresAt: (NOW_S + 60) * 1000 },
    });
  });

  it("has expiresAt null when the token has no exp", async () => {
    const token = await signed({ sub: "tenant_no_exp" });
    const check = checkToken(token, NOW);
    expect(check.ok && check.session.expiresAt).toBeNull();
    expect(check.ok && check.session.tenantId).toBe("tenant_no_exp");
  });

  it("trims surrounding whitespace and stores the trimmed token", async () => {
    const token = await signed({ sub: "tenant_ws", exp: NOW_S + 10 });
    const check = checkToken(`  \n${token}\t `, NOW);
    expect(check).toEqual({
      ok: true,
      session: { token, tenantId: "tenant_ws", expiresAt: (NOW_S + 10) * 1000 },
    });
  });

  it.each([
    ["null", null],
    ["undefined", undefined],
    ["empty", ""],
    ["blank", "   \n\t "],
  ])("reports a %s token as missing", (_name, input) => {
    expect(checkToken(input, NOW)).toEqual({ ok: false, problem: "missing" });
  });

  it.each([
    ["garbage", "not-a-jwt"],
    ["two parts", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ0In0"],
    ["four parts", "a.b.c.d"],
    ["bad base64 payload", withPayloadSegment("%%%not*base64%%%")],
    ["payload not JSON", withPayloadSegment(base64url.encode("hello"))],
    ["JSON array payload", withPayloadSegment(base64url.encode('["sub","t"]'))],
    ["JSON string payload", withPayloadSegment(base64url.encode('"t"'))],
  ])("reports %s as malformed", (_name, token) => {
    expect(checkToken(token, NOW)).toEqual({ ok: false, problem: "malformed" });
  });

  it("reports a token without sub as malformed", async () => {
    expect(checkToken(await signed({ exp: NOW_S + 60 }), NOW)).toEqual({
      ok: false,
      problem: "malformed",
    });
  });

  it("reports a token with an empty or non-string sub as malformed", async () => {
    expect(checkToken(await signed({ sub: "", exp: NOW_S + 60 }), NOW)).toEqual({
      ok: false,
      problem: "malformed",
    });
    expect(checkToken(withPayloadSegment(base64url.encode('{"sub":42}')), NOW)).toEqual({
      ok: false,
      problem: "malformed",
    });
  });

  it("reports a token that expired before now as expired", async () => {
    const token = await signed({ sub: "t", exp: NOW_S - 1 });
    expect(checkToken(token, NOW)).toEqual({ ok: false, problem: "expired" });
  });

  it("treats exp equal to now as expired and one ms before it as valid", async () => {
    const token = await signed({ sub: "t", exp: NOW_S });
    expect(checkToken(token, NOW)).toEqual({ ok: false, problem: "expired" });
    expect(checkToken(token, NOW - 1)).toMatchObject({ ok: true });
  });

  it("uses Date.now() when no now is given", async () => {
    const past = Math.floor(Date.now() / 1000) - 5;
    const future = Math.floor(Date.now() / 1000) + 3600;
    expect(checkToken(await signed({ sub: "t", exp: past }))).toEqual({
      ok: false,
      problem: "expired",
    });
    expect(checkToken(await signed({ sub: "t", exp: future }))).toMatchObject({ ok: true });
  });
});
