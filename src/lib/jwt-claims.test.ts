import { base64url, decodeJwt, UnsecuredJWT } from "jose";
import { describe, expect, it } from "vitest";
import { decodeJwtClaims } from "./jwt-claims";

const header = base64url.encode(JSON.stringify({ alg: "HS256", typ: "JWT" }));
const withPayload = (json: string) => `${header}.${base64url.encode(json)}.c2ln`;

describe("decodeJwtClaims", () => {
  it("reads the claims as jose's decodeJwt does, UTF-8 and base64url included", () => {
    for (const token of [
      new UnsecuredJWT({ sub: "t_1", exp: 1_900_000_000 }).encode(),
      withPayload(JSON.stringify({ sub: "mandant-ä-日本-مرحبا", name: "~~??>>" })),
      withPayload('{"sub":"a","n":1}'), // 1-byte padding
      withPayload('{"sub":"ab","n":1}'),
      withPayload('{"sub":"abc","n":1}'),
    ])
      expect(decodeJwtClaims(token)).toEqual(decodeJwt(token));
  });

  it.each([
    ["two parts", `${header}.${base64url.encode('{"sub":"t"}')}`],
    ["four parts", `${withPayload('{"sub":"t"}')}.x`],
    ["an empty payload", `${header}..c2ln`],
    ["a payload outside base64url", `${header}.eyJz+dWIi/Oi=.c2ln`],
    ["a payload that is not JSON", withPayload("hello")],
    ["JSON that is not an object", withPayload('["sub"]')],
    ["JSON null", withPayload("null")],
    [
      "bytes that are not UTF-8",
      `${header}.${base64url.encode(new Uint8Array([0xff, 0xfe]))}.c2ln`,
    ],
  ])("throws on %s, like jose", (_name, token) => {
    expect(() => decodeJwtClaims(token)).toThrow();
    expect(() => decodeJwt(token)).toThrow();
  });
});
