import { readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { build, type Metafile } from "esbuild";
import {
  API_FUNCTION,
  CERTIFICATE_FUNCTION,
  LAMBDA_BUNDLE,
  SCORM_FUNCTION,
  SEARCH_FUNCTION,
} from "../../infra/platform-settings.ts";

const repoRoot = join(import.meta.dirname, "..", "..");

/** The functions of the API, by the construct id stacks/api-stack.ts gives them. */
export const FUNCTIONS = {
  ApiFunction: API_FUNCTION,
  CertificateFunction: CERTIFICATE_FUNCTION,
  ScormFunction: SCORM_FUNCTION,
  SearchFunction: SEARCH_FUNCTION,
};

export interface Bundle {
  /** The folder holding `index.mjs` and the files the loaders copied beside it. */
  dir: string;
  file: string;
  metafile: Metafile;
  /** Every source file and package file the bundle was built from, relative to the repo. */
  inputs: string[];
}

/**
 * Bundles `entry` (relative to the repository) as stacks/api-stack.ts has CDK bundle a
 * function: LAMBDA_BUNDLE's options, the function's loaders, no externals (the SDK is
 * bundled), written to `dir/index.mjs`. `entry` may also be absolute.
 */
export async function bundleFunction(
  entry: string,
  dir: string,
  loader: Record<string, "file"> = {},
): Promise<Bundle> {
  const file = join(dir, "index.mjs");
  const { metafile } = await build({
    entryPoints: [resolve(repoRoot, entry)],
    outfile: file,
    bundle: true,
    platform: "node",
    format: LAMBDA_BUNDLE.format,
    target: LAMBDA_BUNDLE.target,
    minify: LAMBDA_BUNDLE.minify,
    sourcemap: LAMBDA_BUNDLE.sourcemap,
    sourcesContent: LAMBDA_BUNDLE.sourcesContent,
    mainFields: [...LAMBDA_BUNDLE.mainFields],
    loader,
    banner: { js: LAMBDA_BUNDLE.banner },
    absWorkingDir: repoRoot,
    metafile: true,
    logLevel: "silent",
  });
  return { dir, file, metafile, inputs: Object.keys(metafile.inputs) };
}

/** Bundles one of FUNCTIONS into `dir`. */
export function bundleApiFunction(name: keyof typeof FUNCTIONS, dir: string) {
  const settings = FUNCTIONS[name];
  return bundleFunction(settings.entry, dir, "loader" in settings ? { ...settings.loader } : {});
}

/** Bytes of the files a function ships (source maps aside): the code and its copied files. */
export function shippedBytes(bundle: Bundle) {
  return readdirSync(bundle.dir)
    .filter((file) => !file.endsWith(".map"))
    .reduce((sum, file) => sum + statSync(join(bundle.dir, file)).size, 0);
}

/**
 * Bytes of `bundle`'s code (index.mjs) by where they came from: each package by its
 * name ("@aws-sdk/client-s3"), the repository's own code by its folder
 * ("packages/core/src/exchange"), largest first; from esbuild's metafile.
 */
export function bytesBySource(bundle: Bundle): [source: string, bytes: number][] {
  const output = Object.values(bundle.metafile.outputs).find((out) => out.entryPoint);
  const sums = new Map<string, number>();
  for (const [input, { bytesInOutput }] of Object.entries(output?.inputs ?? {})) {
    const pkg = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(input);
    const source = pkg?.[1] ?? input.split("/").slice(0, 4).join("/");
    sums.set(source, (sums.get(source) ?? 0) + bytesInOutput);
  }
  return [...sums].sort((a, b) => b[1] - a[1]);
}
