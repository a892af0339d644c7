import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { defineConfig, type Plugin } from "vite";

/**
 * The web app talks to the API on the same origin under /api, so the dev server and
 * `vite preview` proxy /api to the local API. Ports come from WEB_PORT and API_PORT
 * (the same variables the local stack uses); strictPort makes a taken port an error
 * rather than a silent move to another port that nothing else knows about.
 */
const webPort = Number(process.env.WEB_PORT ?? 5173);
const apiTarget = `http://localhost:${process.env.API_PORT ?? 3000}`;
const proxy = { "/api": { target: apiTarget, changeOrigin: false } };

/**
 * The browser's entry (src/boot.ts) paints the page before it imports the app
 * (src/main.tsx): index.html lists the app's chunk and its static imports as
 * modulepreloads, so that they download with the page rather than after its first
 * paint. Decisions 0106 and 0111.
 */
function preloadApp(): Plugin {
  return {
    name: "alliance-preload-app",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(html, { bundle, chunk }) {
        // Another app built with this config (the first-load bench's baseline) has no boot.ts.
        // The entry chunk's facade is index.html itself (Vite 8): look for boot.ts among its modules.
        const isBoot = (id: string) => id.endsWith("/src/boot.ts");
        if (!bundle || !chunk?.moduleIds.some(isBoot)) return html;
        const app = chunk.dynamicImports.find((file) => {
          const output = bundle[file];
          return output?.type === "chunk" && output.facadeModuleId?.endsWith("/src/main.tsx");
        });
        if (!app) throw new Error("the entry does not import src/main.tsx");
        const files = new Set<string>();
        const visit = (file: string) => {
          const output = bundle[file];
          const inEntry = file === chunk.fileName || chunk.imports.includes(file);
          if (files.has(file) || inEntry || output?.type !== "chunk") return;
          files.add(file);
          for (const imported of output.imports) visit(imported);
        };
        visit(app);
        return [...files].map((file) => ({
          tag: "link",
          // Low: the first paint needs none of them (boot.ts waits for it), so they must not
          // compete with the page and its stylesheet on a slow connection.
          attrs: {
            rel: "modulepreload",
            crossorigin: true,
            fetchpriority: "low",
            href: `/${file}`,
          },
          injectTo: "head" as const,
        }));
      },
    },
  };
}

/**
 * React Router's package exports only its development build (`dist/development`, with its
 * warnings on): a production build takes `dist/production`, the same code with
 * `ENABLE_DEV_WARNINGS = false`, so the checks behind those warnings drop out. `pnpm dev`
 * and the tests keep the warnings.
 */
function reactRouterProductionBuild(): Plugin {
  const dist = join(
    dirname(createRequire(import.meta.url).resolve("react-router/package.json")),
    "dist",
    "production",
  );
  return {
    name: "alliance-react-router-production",
    apply: "build",
    config: () => ({
      resolve: {
        alias: [
          { find: /^react-router$/, replacement: join(dist, "index.mjs") },
          { find: /^react-router\/dom$/, replacement: join(dist, "dom-export.mjs") },
        ],
      },
    }),
  };
}

/** `i18n-<locale>` for a file of the web app's catalogue (src/i18n/*.json), else none. */
function catalogueChunk(id: string): string | null {
  const match = /\/src\/i18n\/(?:[a-z-]+\.)?([a-z]{2})\.json$/.exec(id);
  return match ? `i18n-${match[1]}` : null;
}

/**
 * The app runs on Preact through its compatibility layer (decision 0107): `react` and
 * `react-dom` are `@preact/compat` in package.json, so that Node, Vite and Vitest all load
 * the one Preact. Vite's own JSX transform compiles the JSX (automatic runtime,
 * `react/jsx-runtime`); no React plugin, as Fast Refresh drives React's renderer: an edit
 * reloads the page in `pnpm dev`.
 */
export default defineConfig({
  root: import.meta.dirname,
  plugins: [preloadApp(), reactRouterProductionBuild()],
  envPrefix: "VITE_",
  // Every JSON file (the catalogues, the map) as `JSON.parse("…")` (Vite applies it only
  // without named exports, which nothing imports): V8 reads a string of
  // JSON much faster than the same object as JavaScript. A language's catalogue, one chunk
  // of about 100 KB, took 31 ms of one task to evaluate as object literals (decision 0119).
  json: { stringify: true, namedExports: false },
  resolve: {
    alias: [
      {
        find: /^use-sync-external-store\/shim$/,
        replacement: `${import.meta.dirname}/src/app/use-sync-external-store.ts`,
      },
    ],
  },
  server: { port: webPort, strictPort: true, proxy },
  preview: { port: webPort, strictPort: true, proxy },
  build: {
    outDir: "dist",
    sourcemap: true,
    target: "es2022",
    modulePreload: {
      // Every browser of the es2022 target but Safari 16 follows modulepreload links;
      // there the modules load when imported, as before. Saves the polyfill (decision 0106).
      polyfill: false,
      // The app's chunks are in index.html already (preloadApp): boot.ts need not list them.
      resolveDependencies: (filename, deps) => (/(^|\/)main-[^/]+\.js$/.test(filename) ? [] : deps),
    },
    rolldownOptions: {
      // Core's schemas call zod's .meta() at import time (a registry for the API's
      // OpenAPI document), which marks them as side effects and would pull zod into
      // the first download. The browser needs none of that: let unused core modules go.
      treeshake: { moduleSideEffects: [{ test: /\/packages\/core\/src\//, sideEffects: false }] },
      onLog(level, log, handler) {
        // Known and harmless, so that a real warning stands out: TanStack Query's and React
        // Router's modules say "use client" (for server components, which this app has
        // none of), and React Router reads React 19's useOptimistic, which Preact's compat
        // lacks; React Router falls back when it is undefined.
        if (log.code === "MODULE_LEVEL_DIRECTIVE" && log.message.includes('"use client"')) return;
        if (log.code === "IMPORT_IS_UNDEFINED" && log.message.includes("useOptimistic")) return;
        handler(level, log);
      },
      output: {
        codeSplitting: {
          // A language's catalogue files (`en.json`, `courses.en.json`, …) are all loaded
          // when the app starts in that language: one chunk per language, one request.
          // Sixteen chunks cost a phone sixteen requests started in one task (decision 0117).
          groups: [{ name: catalogueChunk, debugName: "language catalogues" }],
        },
      },
    },
  },
});
