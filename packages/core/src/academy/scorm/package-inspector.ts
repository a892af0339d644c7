import {
  type InspectedPackage,
  type ScormInspection,
  type ScormLimits,
  ScormRefusal,
  type WriteFile,
} from "./inspection.ts";
import { readManifest } from "./manifest.ts";
import { SCORM_LIMITS } from "./scorm-schemas.ts";
import { contentTypeOf } from "./served-types.ts";
import { cut, inflate, readEntries } from "./zip-reader.ts";

/** Files inflated and written at once: S3 writes overlap, memory stays small. */
const PARALLEL_WRITES = 6;

const MANIFEST = "imsmanifest.xml";

/** A launch path's file: no query or fragment, percent-escapes decoded. */
function launchFile(launchPath: string): string {
  const file = launchPath.replace(/[?#].*$/, "");
  try {
    return decodeURIComponent(file);
  } catch {
    return file;
  }
}

/**
 * Checks a SCORM package (decision 0084): the zip's central directory (entry count,
 * total size, paths, no symbolic links, no encryption), a readable `imsmanifest.xml` at
 * its root for SCORM 1.2 or 2004, and a launchable SCO whose file is in the package.
 * Answers a one-line refusal, or the package ready to extract. Nothing is inflated but
 * the manifest until `extract`, which counts bytes again as they come.
 */
export async function inspectScormPackage(
  zipBytes: Uint8Array,
  limits: ScormLimits = SCORM_LIMITS,
): Promise<ScormInspection> {
  try {
    const { zip, files } = await readEntries(zipBytes, limits);
    const budget = { left: limits.maxTotalBytes, maxTotalBytes: limits.maxTotalBytes };
    const manifestEntry = files.get(MANIFEST);
    if (!manifestEntry) {
      return { refusal: "The package has no imsmanifest.xml at its root." };
    }
    if (manifestEntry.uncompressedSize > limits.maxManifestBytes) {
      return { refusal: "imsmanifest.xml is larger than 1 MB." };
    }
    const manifestBytes = await inflate(zip, manifestEntry, {
      left: limits.maxManifestBytes,
      maxTotalBytes: limits.maxManifestBytes,
    });
    const launch = readManifest(new TextDecoder().decode(manifestBytes));
    const file = launchFile(launch.launchPath);
    if (!files.has(file)) {
      return { refusal: `The SCO's launch file is not in the package: ${cut(file)}` };
    }
    const inspected: InspectedPackage = {
      ...launch,
      files: [...files.values()].map((entry) => ({
        path: entry.fileName,
        size: entry.uncompressedSize,
      })),
      async extract(write: WriteFile) {
        const queue = [...files.values()];
        const worker = async () => {
          for (let entry = queue.shift(); entry; entry = queue.shift()) {
            const bytes = await inflate(zip, entry, budget);
            await write(entry.fileName, bytes, contentTypeOf(entry.fileName));
          }
        };
        await Promise.all(Array.from({ length: PARALLEL_WRITES }, worker));
      },
    };
    return { package: inspected };
  } catch (error) {
    if (error instanceof ScormRefusal) return { refusal: error.message };
    throw error;
  }
}

export { ScormRefusal };
