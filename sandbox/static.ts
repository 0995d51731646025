import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { MiddlewareHandler } from "hono";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
  ".otf": "font/otf",
  ".wasm": "application/wasm",
};

export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream";
}

/** Decoded path segments, or null when the path tries to leave the root. */
export function safeSegments(relative: string): string[] | null {
  const out: string[] = [];
  for (const raw of relative.split("/")) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (segment === "" || segment === ".") continue;
    if (
      segment === ".." ||
      segment.includes("/") ||
      segment.includes("\\") ||
      segment.includes("\0")
    )
      return null;
    out.push(segment);
  }
  return out;
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/** index.html with its `<base href>` set to `basePath` (already normalized to "/…/"). */
export function withBase(html: string, basePath: string): string {
  const href = basePath.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);
  return html.replace(/<base href="[^"]*"/, `<base href="${href}"`);
}

export interface StaticOptions {
  dir: string;
  /** Starts and ends with "/". */
  basePath: string;
  /** Extra headers for index.html, computed from the exact HTML served. */
  indexHeaders?: (html: string) => Record<string, string>;
}

/** Files a missing one of which is a real 404, never the SPA fallback (HTML as a script breaks). */
const ASSET_EXTENSIONS = new Set([".js", ".mjs", ".css", ".map", ".json"]);

/**
 * Serves a built single-page app under `basePath`, falling back to index.html
 * for client-side routes, the way Outpost serves its portal.
 */
export function serveSpa(options: StaticOptions): MiddlewareHandler {
  const root = path.resolve(options.dir);
  const base = options.basePath;
  const indexFile = path.join(root, "index.html");

  const send = async (method: string, file: string, cacheControl: string): Promise<Response> => {
    const raw = await readFile(file);
    // The portal's <base href> is its base path: written here at serve time (see README).
    const body = file === indexFile ? Buffer.from(withBase(raw.toString("utf8"), base)) : raw;
    const headers: Record<string, string> = {
      "Content-Type": contentTypeFor(file),
      "Cache-Control": cacheControl,
      "Content-Length": String(body.byteLength),
    };
    if (file === indexFile && options.indexHeaders)
      Object.assign(headers, options.indexHeaders(body.toString("utf8")));
    return new Response(method === "HEAD" ? null : body, { status: 200, headers });
  };

  return async (c, next) => {
    const method = c.req.method;
    if (method !== "GET" && method !== "HEAD") return next();
    const url = new URL(c.req.url);
    const pathname = url.pathname;
    if (pathname === "/api" || pathname.startsWith("/api/")) return next();

    if (base !== "/" && (pathname === base.slice(0, -1) || pathname === "/")) {
      return c.redirect(`${base}${url.search}`, pathname === "/" ? 302 : 301);
    }
    if (!pathname.startsWith(base)) return next();

    const segments = safeSegments(pathname.slice(base.length));
    // Dot folders and files (Vite's .vite/manifest.json among them) are build internals.
    if (segments === null || segments.some((s) => s.startsWith(".")))
      return c.text("Not Found", 404);

    if (segments.length > 0) {
      const file = path.join(root, ...segments);
      const inside = file.startsWith(root + path.sep);
      if (inside && (await isFile(file))) {
        const immutable = segments[0] === "assets" && segments.length > 1;
        const isIndex = file === indexFile;
        return send(
          method,
          file,
          immutable && !isIndex ? "public, max-age=31536000, immutable" : "no-cache",
        );
      }
      // Missing build assets are real 404s; everything else is a client-side route.
      const last = segments[segments.length - 1] ?? "";
      if (segments[0] === "assets" || ASSET_EXTENSIONS.has(path.extname(last).toLowerCase()))
        return c.text("Not Found", 404);
    }
    if (!(await isFile(indexFile))) return c.text("Portal build not found", 404);
    return send(method, indexFile, "no-cache");
  };
}
