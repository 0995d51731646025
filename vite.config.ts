import { defineConfig, type Plugin } from "vite";
import react from "@vitejs/plugin-react";
import tailwindcss from "@tailwindcss/vite";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import MagicString from "magic-string";
import { compileMessage } from "@lingui/message-utils/compileMessage";

const FIRST_SCREEN_LIBS =
  /node_modules\/(react|react-dom|scheduler|react-router|@tanstack\/(react-query|query-core))\//;

/**
 * Parts of those libraries that only lazy screens use (the list shows no form): react-query's
 * mutation hook and observer. In the first screen's chunk they would cost it ~0.8 KB gzip.
 */
const LAZY_ONLY_LIB_PARTS =
  /node_modules\/@tanstack\/(react-query|query-core)\/build\/modern\/(useMutation|mutationObserver)\.js$/;

/**
 * Writes PORTAL_BASE_PATH (default "/") into index.html's `<base href>`: the
 * path the portal is served under. A server may rewrite it at serve time
 * (the sandbox does, for SANDBOX_BASE_PATH). Assets stay relative to it.
 */
function portalBasePath(): Plugin {
  const base = process.env.PORTAL_BASE_PATH?.trim() || "/";
  if (!/^\/([\w.~-]+\/)*$/.test(base))
    throw new Error(
      `PORTAL_BASE_PATH must look like "/" or "/portal/", not ${JSON.stringify(base)}`,
    );
  return {
    name: "portal-base-path",
    transformIndexHtml(html) {
      if (!html.includes('<base href="/" />'))
        throw new Error('index.html lost its <base href="/" />');
      return html.replace('<base href="/" />', `<base href="${base}" />`);
    },
  };
}

/**
 * Records, once the module graph is complete, which of our modules the entry
 * imports statically: the first screen. They are bundled as one "app" chunk;
 * left to itself the bundler scatters modules shared with lazy screens into many
 * small chunks, each compressed on its own, which costs first-screen bytes.
 */
function firstScreenModules(): Plugin & { has: (id: string) => boolean } {
  const modules = new Set<string>();
  return {
    name: "first-screen-modules",
    apply: "build",
    buildEnd() {
      const entry = [...this.getModuleIds()].find((id) => this.getModuleInfo(id)?.isEntry);
      const stack = entry ? [entry] : [];
      while (stack.length > 0) {
        const id = stack.pop()!;
        if (modules.has(id)) continue;
        modules.add(id);
        stack.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
    },
    has: (id) => modules.has(id) && id.includes("/src/") && !id.endsWith("/src/main.tsx"),
  };
}

const CATALOGUES = fileURLToPath(new URL("./src/i18n/catalogs/", import.meta.url));
const CATALOGUE = /\/src\/i18n\/catalogs\/[\w.-]+\.json$/;

/**
 * Compiles the message catalogues (src/i18n/catalogs/*.json, ICU MessageFormat) into
 * Lingui's compiled form at build time, so the portal ships no message parser, and
 * gives every message a short id in the build (`"destinations.count"` becomes `"1h"`),
 * as Lingui's own macro does with hashed ids: readable ids in the code, ~0.3 KB gzip
 * less on the first screen. Every string literal in src/ equal to a message id is renamed,
 * wherever it sits (an id may travel through a module that never imports `@/i18n/…`);
 * the build fails if an id survives in the output, which would show as the raw id.
 * In dev and tests Lingui's core compiles the catalogues itself, and the ids stay as written.
 */
function linguiCatalogs(): Plugin {
  const ids = new Map<string, string>();
  return {
    name: "lingui-catalogs",
    apply: "build",
    enforce: "pre",
    buildStart() {
      const keys = ["en.json", "en.later.json"].flatMap((file) =>
        Object.keys(JSON.parse(readFileSync(CATALOGUES + file, "utf8")) as object),
      );
      keys.forEach((key, index) => ids.set(key, index.toString(36)));
    },
    transform(code, id) {
      if (CATALOGUE.test(id)) {
        const messages = JSON.parse(code) as Record<string, string>;
        const compiled = Object.entries(messages).map(([key, message]) => {
          const short = ids.get(key);
          if (short === undefined)
            throw new Error(`${id}: ${key} is not in the English catalogues`);
          return [short, compileMessage(message)];
        });
        return { code: JSON.stringify(Object.fromEntries(compiled)), map: null };
      }
      if (!/\/src\/.*\.tsx?$/.test(id)) return null;
      const out = new MagicString(code);
      for (const match of code.matchAll(/"([a-zA-Z]+(?:\.[a-zA-Z0-9]+)+)"/g)) {
        const short = ids.get(match[1]!);
        if (short !== undefined)
          out.overwrite(match.index, match.index + match[0].length, `"${short}"`);
      }
      return out.hasChanged()
        ? { code: out.toString(), map: out.generateMap({ hires: true }) }
        : null;
    },
    generateBundle(_options, bundle) {
      const left = new Set<string>();
      for (const chunk of Object.values(bundle))
        if (chunk.type === "chunk")
          for (const match of chunk.code.matchAll(/["'`]([a-zA-Z]+(?:\.[a-zA-Z0-9]+)+)["'`]/g))
            if (ids.has(match[1]!)) left.add(`${chunk.fileName}: ${match[1]}`);
      if (left.size) this.error(`message ids left unrenamed:\n${[...left].join("\n")}`);
    },
  };
}

const firstScreen = firstScreenModules();

const sandbox = process.env.SANDBOX_URL ?? "http://localhost:3333";

/*
 * React Router's package exports point at its development build only (its own Vite plugin swaps
 * in the production one); a build here takes the production build, without dev-only checks.
 */
const reactRouterProduction = {
  find: /^react-router$/,
  replacement: fileURLToPath(
    new URL("./node_modules/react-router/dist/production/index.mjs", import.meta.url),
  ),
};

/**
 * React Router's production build declares every component at the top level as
 * `React.forwardRef(…)` / `React.createContext(…)` calls followed by
 * `X.displayName = "…"` assignments, which bundlers must keep as side effects, so
 * components the portal never renders (its framework-mode Link, Form, Scripts…)
 * and all they use ship anyway. Marking those calls pure and dropping the
 * dev-tools names lets tree-shaking remove them (about 4 KB gzip of the first screen).
 * Its RSC error handling goes the same way (below).
 */
function reactRouterTreeShaking(): Plugin {
  return {
    name: "react-router-tree-shaking",
    apply: "build",
    transform(code, id) {
      if (!/node_modules\/react-router\/dist\/production\/.*\.mjs$/.test(id)) return null;
      // Edited in place (MagicString), so the bundle's source map stays right.
      const out = new MagicString(code);
      for (const m of code.matchAll(/(?<![\w$.])React\d*\.(?:forwardRef|createContext|memo)\(/g))
        out.appendLeft(m.index, "/* @__PURE__ */ ");
      for (const m of code.matchAll(/^[\w$]+\.displayName = "[\w.]+";$/gm))
        out.remove(m.index, m.index + m[0].length);
      // The portal renders no RSC router, so RenderErrorBoundary's RSC branch (its redirect
      // handler and digest decoders, ~0.4 KB gzip) can never run: its guard becomes `false`.
      if (code.includes("var RenderErrorBoundary = ")) {
        for (const guard of [
          'if (this.context && typeof error === "object"',
          "if (this.context) {\n      return /* @__PURE__ */ React2.createElement(RSCErrorHandler",
        ]) {
          const at = code.indexOf(guard);
          if (at === -1) throw new Error(`react-router changed: no ${JSON.stringify(guard)}`);
          out.overwrite(at + 4, at + 4 + "this.context".length, "false");
        }
      }
      return { code: out.toString(), map: out.generateMap({ hires: true }) };
    },
  };
}

export default defineConfig(({ command }) => ({
  // Asset URLs relative to index.html's <base href>, never to the route's path.
  base: "./",
  plugins: [
    linguiCatalogs(),
    react(),
    tailwindcss(),
    firstScreen,
    portalBasePath(),
    reactRouterTreeShaking(),
  ],
  resolve: {
    alias: [
      { find: "@", replacement: fileURLToPath(new URL("./src", import.meta.url)) },
      ...(command === "build" ? [reactRouterProduction] : []),
    ],
  },
  build: {
    manifest: true,
    target: "es2022",
    // Every supported browser preloads modules natively.
    modulePreload: { polyfill: false },
    rollupOptions: {
      output: {
        codeSplitting: {
          groups: [
            // The first screen in one chunk, its libraries included: compressed together they
            // weigh ~0.9 KB gzip less than as separate app and vendor chunks, and cost one request.
            // Lazy-only parts of those libraries stay out.
            {
              name: "app",
              test: (id: string) =>
                firstScreen.has(id) ||
                (FIRST_SCREEN_LIBS.test(id) && !LAZY_ONLY_LIB_PARTS.test(id)),
              priority: 10,
            },
            // What several lazy screens share, in one chunk: each small chunk would add its
            // name to the first screen's preload map and cost a request of its own.
            {
              name: "screens-shared",
              // (The type forms stay apart: only creating and settings need them.)
              test: (id: string) =>
                id.includes("/src/") &&
                !/schema-form|visible-fields/.test(id) &&
                !firstScreen.has(id),
              minShareCount: 2,
              priority: 5,
            },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      "/api/v1": { target: sandbox },
      "/inject-portal-config.js": { target: sandbox },
      "/portal-settings.js": { target: sandbox },
    },
  },
}));
