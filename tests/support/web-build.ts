import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import type { Plugin } from "vite";

const repoRoot = join(import.meta.dirname, "..", "..");
export const WEB_DIR = join(repoRoot, "web");
const WEB_CONFIG = join(WEB_DIR, "vite.config.ts");
/** The render's build (the server side of the site), on top of WEB_CONFIG. */
export const SERVER_CONFIG = join(WEB_DIR, "vite.server.config.ts");

/** Minified bytes of each source module in each output chunk, as Rolldown rendered them. */
export type ModuleSizes = Map<string, Map<string, number>>;

/**
 * Builds the web app for production with its own `vite.config.ts` (or another app's `root`
 * with that same config) into `outDir`, with a manifest; or, with `server`, a server entry
 * of the site with `vite.server.config.ts`. `env` holds build-time variables
 * (the `VITE_` settings a deployment passes). Returns what each chunk is made of.
 */
export async function buildWeb(options: {
  outDir: string;
  root?: string;
  env?: Record<string, string>;
  /** Another config (SERVER_CONFIG) and the server entry it builds, as `name.mjs`. */
  server?: { entry: string; name: string };
}): Promise<ModuleSizes> {
  const { build } = await import("vite");
  const sizes: ModuleSizes = new Map();
  const listing: Plugin = {
    name: "bench-module-sizes",
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type !== "chunk") continue;
        const modules = new Map<string, number>();
        for (const [id, info] of Object.entries(output.modules)) {
          modules.set(id, info.renderedLength);
        }
        sizes.set(output.fileName, modules);
      }
    },
  };
  // Vitest runs with NODE_ENV=test, which would give React's development build.
  const env = { ...options.env, NODE_ENV: "production" };
  const saved = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
  Object.assign(process.env, env);
  try {
    const server = options.server;
    await build({
      configFile: server ? SERVER_CONFIG : WEB_CONFIG,
      ...(options.root && { root: options.root }),
      mode: "production",
      logLevel: "warn",
      plugins: [listing],
      build: server
        ? {
            outDir: options.outDir,
            ssr: server.entry,
            sourcemap: false,
            rolldownOptions: { output: { entryFileNames: `${server.name}.mjs` } },
          }
        : { outDir: options.outDir, emptyOutDir: true, manifest: true },
    });
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
  return sizes;
}

/**
 * The baseline app: React 19 and react-dom rendering "Hello", in a folder under
 * web/node_modules (so that it resolves web's react) removed by `remove`.
 */
export function helloApp(): { root: string; remove: () => void } {
  const parent = join(WEB_DIR, "node_modules", ".cache");
  mkdirSync(parent, { recursive: true });
  const root = mkdtempSync(join(parent, "bench-hello-"));
  mkdirSync(join(root, "src"));
  writeFileSync(
    join(root, "index.html"),
    '<!doctype html><html lang="en"><head><meta charset="UTF-8" /><title>Hello</title></head>' +
      '<body><div id="root"></div><script type="module" src="/src/main.tsx"></script></body></html>\n',
  );
  writeFileSync(
    join(root, "src", "main.tsx"),
    [
      'import { createRoot } from "react-dom/client";',
      'createRoot(document.getElementById("root") as HTMLElement).render(<p>Hello</p>);',
      "",
    ].join("\n"),
  );
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

/** Why a file is in the first load. */
export type Role = "entry" | "static import" | "modulepreload" | "first route" | "catalogue";

export interface LoadedFile {
  file: string;
  role: Role;
  bytes: number;
  gzip: number;
}

export interface FirstLoad {
  /** JavaScript before the first route renders: entry, its static imports, modulepreloads, route `/`. */
  js: LoadedFile[];
  /** The visitor's language catalogue, also awaited before the first render. */
  catalogue: LoadedFile[];
  css: LoadedFile[];
}

const gzipSize = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;

function loaded(dist: string, file: string, role: Role): LoadedFile {
  const bytes = readFileSync(join(dist, file));
  return { file, role, bytes: bytes.length, gzip: gzipSize(bytes) };
}

/**
 * What a first visit to `/` downloads before the page renders, read from the build's
 * manifest and index.html: the entry chunk, every chunk it imports statically, every
 * chunk index.html modulepreloads, the lazy chunk of the first route (`firstRoute`, a
 * source path in the manifest) with its static imports; then, apart, the chunks of the
 * catalogue of `language` and the CSS of all of these.
 */
export function firstLoad(
  dist: string,
  options: { firstRoute?: string; language?: string } = {},
): FirstLoad {
  const manifest = JSON.parse(
    readFileSync(join(dist, ".vite", "manifest.json"), "utf8"),
  ) as Manifest;
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const seen = new Map<string, Role>();
  const css = new Set<string>();
  const visit = (key: string, role: Role) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`the manifest has no ${key}`);
    for (const file of chunk.css ?? []) css.add(file);
    if (seen.has(chunk.file)) return;
    seen.set(chunk.file, role);
    for (const imported of chunk.imports ?? [])
      visit(imported, role === "entry" ? "static import" : role);
  };
  const entry = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
  if (!entry) throw new Error("the manifest has no entry");
  visit(entry, "entry");
  for (const [, href] of html.matchAll(/<link rel="modulepreload"[^>]* href="\/([^"]+)"/g)) {
    if (href && !seen.has(href)) seen.set(href, "modulepreload");
  }
  for (const [, href] of html.matchAll(/<link rel="stylesheet"[^>]* href="\/([^"]+)"/g)) {
    if (href) css.add(href);
  }
  const route = options.firstRoute ?? "src/features/home/home-page.tsx";
  visit(route, "first route");
  const language = options.language ?? "en";
  const catalogueKeys = Object.keys(manifest).filter((key) =>
    new RegExp(`^src/i18n/(?:.+\\.)?${language}\\.json$`).test(key),
  );
  const catalogue = catalogueKeys
    .map((key) => manifest[key]?.file)
    .filter((file): file is string => !!file && !seen.has(file))
    .map((file) => loaded(dist, file, "catalogue"));
  const js = [...seen].map(([file, role]) => loaded(dist, file, role));
  return {
    js: js.sort((a, b) => b.gzip - a.gzip),
    catalogue: catalogue.sort((a, b) => b.gzip - a.gzip),
    css: [...css].map((file) => loaded(dist, file, "entry")),
  };
}

export const total = (files: LoadedFile[], key: "bytes" | "gzip" = "gzip") =>
  files.reduce((sum, file) => sum + file[key], 0);

/** A module id as a package name (`react-dom`, `@tanstack/query-core`) or a repo path. */
function owner(moduleId: string): string {
  const id = moduleId.replace(/^\0/, "");
  const inPackage = id.split("/node_modules/").at(-1);
  if (inPackage && inPackage !== id) {
    const parts = inPackage.split("/");
    return parts[0]?.startsWith("@") ? `${parts[0]}/${parts[1]}` : (parts[0] ?? id);
  }
  const path = relative(repoRoot, id.split("?")[0] ?? id);
  return path.startsWith("web/src/")
    ? "web/src (the app)"
    : path.startsWith("..")
      ? id
      : path.split("/").slice(0, 3).join("/");
}

/**
 * Each package's share of `files`, gzip bytes apportioned within each chunk by the
 * minified bytes Rolldown rendered for it (an estimate: gzip does not split exactly).
 */
export function byPackage(files: LoadedFile[], sizes: ModuleSizes): [string, number][] {
  const shares = new Map<string, number>();
  for (const file of files) {
    const modules = sizes.get(file.file);
    if (!modules) continue;
    const rendered = [...modules.values()].reduce((a, b) => a + b, 0) || 1;
    for (const [id, length] of modules) {
      const name = owner(id);
      shares.set(name, (shares.get(name) ?? 0) + (file.gzip * length) / rendered);
    }
  }
  return [...shares].sort((a, b) => b[1] - a[1]);
}
