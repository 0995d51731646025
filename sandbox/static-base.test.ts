import { describe, expect, it } from "vitest";
import { withBase } from "./static";

describe("withBase", () => {
  const html = '<!doctype html><head><base href="/" /><script src="a.js"></script></head>';

  it("writes the served base path into index.html's <base href>", () => {
    expect(withBase(html, "/portal/")).toBe(
      '<!doctype html><head><base href="/portal/" /><script src="a.js"></script></head>',
    );
    expect(withBase(html, "/")).toBe(html);
  });

  it("replaces a base written at build time, and escapes the attribute", () => {
    const built = html.replace('href="/"', 'href="/old/"');
    expect(withBase(built, "/new/")).toContain('<base href="/new/" />');
    expect(withBase(html, '/a"b/')).toContain('<base href="/a&#34;b/" />');
  });

  it("leaves a page without <base> alone", () => {
    expect(withBase("<title>portal</title>", "/portal/")).toBe("<title>portal</title>");
  });
});
