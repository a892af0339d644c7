import { join } from "node:path";
import type { BuildOptions } from "esbuild";
import { LAMBDA_BUNDLE } from "../infra/platform-settings.ts";

/**
 * esbuild's options shared by every Lambda bundle, one file or in pieces: LAMBDA_BUNDLE's
 * settings, with the metafile the bundle tests read.
 */
export function lambdaBuildOptions(repoRoot: string) {
  return {
    bundle: true,
    platform: "node",
    format: LAMBDA_BUNDLE.format,
    target: LAMBDA_BUNDLE.target,
    minify: LAMBDA_BUNDLE.minify,
    sourcemap: LAMBDA_BUNDLE.sourcemap,
    sourcesContent: LAMBDA_BUNDLE.sourcesContent,
    mainFields: [...LAMBDA_BUNDLE.mainFields],
    // On every output file: each chunk that calls require() gets its own.
    banner: { js: LAMBDA_BUNDLE.banner },
    absWorkingDir: repoRoot,
    metafile: true,
  } satisfies BuildOptions;
}

/**
 * esbuild's options for a function bundled in pieces (decision 0109): `index.mjs`, the
 * entry, which Lambda loads at a cold start with the chunks it imports, and beside it in
 * `chunks/` the modules the entry reaches only through a dynamic `import()` (a domain,
 * its routes), loaded on first use. Otherwise as LAMBDA_BUNDLE: minified ESM with the
 * SDK inside, a source map without the sources' text. CDK (platform-function.ts) and
 * the bundle tests and benches (tests/support/lambda-bundle.ts) build with these.
 */
export function splitBundleOptions(props: {
  /** The repository's root, which `entry` is relative to. */
  readonly repoRoot: string;
  readonly entry: string;
  readonly outdir: string;
  /** esbuild loaders for imported files that are not code (the certificate fonts). */
  readonly loader?: Readonly<Record<string, "file">>;
}): BuildOptions & { metafile: true } {
  return {
    entryPoints: [join(props.repoRoot, props.entry)],
    outdir: props.outdir,
    entryNames: "index",
    chunkNames: "chunks/[name]-[hash]",
    outExtension: { ".js": ".mjs" },
    splitting: true,
    loader: { ...props.loader },
    ...lambdaBuildOptions(props.repoRoot),
    logLevel: "warning",
  };
}
