import type { SCORM_LIMITS, ScormStandard } from "./scorm-schemas.ts";

/*
 * What checking a SCORM package answers (decision 0084). The checker itself
 * (`@alliance/core/scorm-package`, with yauzl and fast-xml-parser) runs only in the SCORM
 * function, the local server and the tests; the API function's bundle holds these types.
 */

export type ScormLimits = { readonly [K in keyof typeof SCORM_LIMITS]: number };

/** Hands one inflated file to its place; `path` is relative to the package's root. */
export type WriteFile = (path: string, bytes: Uint8Array, contentType: string) => Promise<void>;

export interface InspectedPackage {
  standard: ScormStandard;
  /** The launched SCO's `href`, relative to the package's root (query string kept). */
  launchPath: string;
  title: string;
  masteryScore?: number;
  files: readonly { path: string; size: number }[];
  /**
   * Inflates every file and hands it to `write`, counting bytes as they come: a file
   * larger than the central directory said, or a total over the limit, stops it with
   * a ScormRefusal.
   */
  extract(write: WriteFile): Promise<void>;
}

export type ScormInspection = { refusal: string } | { package: InspectedPackage };

export type ScormInspector = (zip: Uint8Array, limits?: ScormLimits) => Promise<ScormInspection>;

/** A package found unacceptable; `message` is the one line the trainer reads. */
export class ScormRefusal extends Error {
  override name = "ScormRefusal";
}
