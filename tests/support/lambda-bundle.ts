import { readdirSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { build, type Metafile } from "esbuild";
import {
  API_FUNCTION,
  CERTIFICATE_FUNCTION,
  SCORM_FUNCTION,
  SEARCH_FUNCTION,
} from "../../infra/platform-settings.ts";
import { lambdaBuildOptions, splitBundleOptions } from "../../stacks/split-bundle.ts";

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
  /**
   * The files a cold start loads (metafile output paths): `index.mjs` and the chunks it
   * imports statically, at any depth. The other chunks load on first use (decision 0109).
   */
  startOutputs: string[];
}

/** The outputs `entry` (a metafile output path) loads with it: itself and its static imports. */
function loadedWith(metafile: Metafile, entry: string): string[] {
  const loaded = new Set<string>();
  const next = [entry];
  for (let output = next.pop(); output !== undefined; output = next.pop()) {
    if (loaded.has(output)) continue;
    loaded.add(output);
    for (const { path, kind } of metafile.outputs[output]?.imports ?? []) {
      if (kind === "import-statement" && path in metafile.outputs) next.push(path);
    }
  }
  return [...loaded];
}

/** The source and package files whose code a cold start of `bundle` loads (relative to the repo). */
export function startInputs(bundle: Bundle): string[] {
  return bundle.startOutputs.flatMap((output) =>
    Object.entries(bundle.metafile.outputs[output]?.inputs ?? {})
      .filter(([, { bytesInOutput }]) => bytesInOutput > 0)
      .map(([input]) => input),
  );
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
    ...lambdaBuildOptions(repoRoot),
    loader,
    logLevel: "silent",
  });
  const startOutputs = [relative(repoRoot, file)];
  return { dir, file, metafile, inputs: Object.keys(metafile.inputs), startOutputs };
}

/**
 * Bundles `entry` in pieces as stacks/platform-function.ts has CDK bundle a function
 * with `splitting` (stacks/split-bundle.ts): `dir/index.mjs` and `dir/chunks/`.
 */
export async function bundleSplitFunction(
  entry: string,
  dir: string,
  loader: Record<string, "file"> = {},
): Promise<Bundle> {
  const { metafile } = await build({
    ...splitBundleOptions({ repoRoot, entry, outdir: dir, loader }),
    logLevel: "silent",
  });
  const file = join(dir, "index.mjs");
  const startOutputs = loadedWith(metafile, relative(repoRoot, file));
  return { dir, file, metafile, inputs: Object.keys(metafile.inputs), startOutputs };
}

/** Bundles one of FUNCTIONS into `dir`. */
export function bundleApiFunction(name: keyof typeof FUNCTIONS, dir: string) {
  const settings = FUNCTIONS[name];
  const loader = "loader" in settings ? { ...settings.loader } : {};
  if ("splitting" in settings && settings.splitting) {
    return bundleSplitFunction(settings.entry, dir, loader);
  }
  return bundleFunction(settings.entry, dir, loader);
}

/** Bytes of the files a function ships (source maps aside): the code and its copied files. */
export function shippedBytes(bundle: Bundle) {
  return readdirSync(bundle.dir, { recursive: true, encoding: "utf8" })
    .map((file) => join(bundle.dir, file))
    .filter((path) => !path.endsWith(".map") && statSync(path).isFile())
    .reduce((sum, path) => sum + statSync(path).size, 0);
}

/** Bytes of all the bundle's code: `index.mjs` and every chunk. */
export function codeBytes(bundle: Bundle) {
  return Object.entries(bundle.metafile.outputs)
    .filter(([file]) => !file.endsWith(".map"))
    .reduce((sum, [, { bytes }]) => sum + bytes, 0);
}

/** Bytes a cold start loads: `index.mjs` and the chunks it imports statically. */
export function startBytes(bundle: Bundle) {
  return bundle.startOutputs.reduce(
    (sum, output) => sum + (bundle.metafile.outputs[output]?.bytes ?? 0),
    0,
  );
}

/**
 * Bytes of the code a cold start of `bundle` loads (index.mjs and its static chunks), or
 * of all its code, by where they came from: each package by its name ("@aws-sdk/client-s3"), the
 * repository's own code by its folder ("packages/core/src/exchange"), largest first;
 * from esbuild's metafile.
 */
export function bytesBySource(
  bundle: Bundle,
  /** "all": every file of the bundle, chunks loaded on first use included. */
  outputs: "start" | "all" = "start",
): [source: string, bytes: number][] {
  const sums = new Map<string, number>();
  const files =
    outputs === "start"
      ? bundle.startOutputs
      : Object.keys(bundle.metafile.outputs).filter((file) => !file.endsWith(".map"));
  for (const output of files) {
    for (const [input, { bytesInOutput }] of Object.entries(
      bundle.metafile.outputs[output]?.inputs ?? {},
    )) {
      const source = sourceOf(input);
      sums.set(source, (sums.get(source) ?? 0) + bytesInOutput);
    }
  }
  return [...sums].sort((a, b) => b[1] - a[1]);
}

/** A package's name, or the repository's folder of a file of ours. */
export function sourceOf(input: string) {
  const pkg = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(input);
  return pkg?.[1] ?? input.split("/").slice(0, 4).join("/");
}
