import type { Readable } from "node:stream";
import { type Entry, fromBuffer, type ZipFile } from "yauzl";
import { type ScormLimits, ScormRefusal } from "./inspection.ts";

/*
 * The zip side of checking a package (decision 0084), with yauzl: every entry from the
 * central directory, checked before anything is inflated, then inflation that counts.
 */

export interface ZipEntries {
  zip: ZipFile;
  /** Files only (folders dropped), by their checked path. */
  files: Map<string, Entry>;
  totalBytes: number;
}

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
/** Made on Unix (`version made by` high byte 3): only then are the high attribute bits a mode. */
const isUnix = (entry: Entry) => entry.versionMadeBy >> 8 === 3;
const isSymlink = (entry: Entry) =>
  isUnix(entry) && ((entry.externalFileAttributes >>> 16) & S_IFMT) === S_IFLNK;

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it refuses
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f\\:*?"<>|#]/;

/** Why `path` (as yauzl decoded it) may not become a file of the package, or null. */
export function unsafePath(path: string, limits: ScormLimits): string | null {
  if (path.length > limits.maxPathLength) return `A path in the package is too long: ${cut(path)}`;
  if (path.startsWith("/") || /^[a-zA-Z]:/.test(path)) {
    return `The package holds a file with an absolute path: ${cut(path)}`;
  }
  const segments = path.replace(/\/$/, "").split("/");
  if (segments.some((segment) => segment === ".." || segment === "." || segment === "")) {
    return `The package holds a file outside its folder: ${cut(path)}`;
  }
  if (UNSAFE_CHARACTERS.test(path)) {
    return `A file name in the package has characters a web address cannot hold: ${cut(path)}`;
  }
  return null;
}

/** A path short enough for a one-line reason; JSON escapes its control characters. */
export const cut = (path: string) =>
  JSON.stringify(path.length > 80 ? `${path.slice(0, 77)}...` : path);

/** yauzl's own refusals (paths, sizes, a broken zip) as one line for the trainer. */
function refusalOf(error: unknown): ScormRefusal {
  if (error instanceof ScormRefusal) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (/invalid relative path|absolute path|invalid characters in fileName/.test(message)) {
    const path = message.replace(/^[^:]*: /, "");
    return new ScormRefusal(`The package holds a file outside its folder: ${cut(path)}`);
  }
  if (/too many bytes|too few bytes|uncompressed size|compressed size/.test(message)) {
    return new ScormRefusal("A file in the package is larger than the zip's directory says.");
  }
  return new ScormRefusal("The file is not a zip archive that can be read.");
}

/** Opens the zip and reads its central directory, refusing what breaks a limit or a path rule. */
export function readEntries(bytes: Uint8Array, limits: ScormLimits): Promise<ZipEntries> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return new Promise((resolve, reject) => {
    fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true }, (error, zip) => {
      if (error || !zip) return reject(refusalOf(error));
      if (zip.entryCount > limits.maxEntries) {
        return reject(
          new ScormRefusal(
            `The package holds ${zip.entryCount} files and folders; at most ${limits.maxEntries} are accepted.`,
          ),
        );
      }
      const files = new Map<string, Entry>();
      let totalBytes = 0;
      const fail = (refusal: ScormRefusal) => {
        zip.close();
        reject(refusal);
      };
      zip.on("error", (failure) => fail(refusalOf(failure)));
      zip.on("entry", (entry: Entry) => {
        const path = entry.fileName;
        const unsafe = unsafePath(path, limits);
        if (unsafe) return fail(new ScormRefusal(unsafe));
        if (isSymlink(entry)) {
          return fail(new ScormRefusal(`The package holds a symbolic link: ${cut(path)}`));
        }
        if (entry.isEncrypted()) {
          return fail(new ScormRefusal(`The package holds an encrypted file: ${cut(path)}`));
        }
        if (!path.endsWith("/")) {
          if (files.has(path)) {
            return fail(new ScormRefusal(`The package holds the same file twice: ${cut(path)}`));
          }
          files.set(path, entry);
          totalBytes += entry.uncompressedSize;
          if (totalBytes > limits.maxTotalBytes) {
            return fail(
              new ScormRefusal(
                `The package's files come to more than ${mb(limits.maxTotalBytes)} once unzipped.`,
              ),
            );
          }
        }
        zip.readEntry();
      });
      zip.on("end", () => resolve({ zip, files, totalBytes }));
      zip.readEntry();
    });
  });
}

const mb = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

/**
 * Inflates one file, counting bytes as they come: more than the directory declared, or
 * than `budget.left` for the whole package, stops it. (yauzl checks the declared size
 * too; this does not depend on it.)
 */
export function inflate(
  zip: ZipFile,
  entry: Entry,
  budget: { left: number; maxTotalBytes: number },
): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream: Readable | undefined) => {
      if (error || !stream) return reject(refusalOf(error));
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on("data", (chunk: Buffer) => {
        size += chunk.length;
        budget.left -= chunk.length;
        if (size > entry.uncompressedSize) {
          stream.destroy();
          reject(
            new ScormRefusal("A file in the package is larger than the zip's directory says."),
          );
        } else if (budget.left < 0) {
          stream.destroy();
          reject(
            new ScormRefusal(
              `The package's files come to more than ${mb(budget.maxTotalBytes)} once unzipped.`,
            ),
          );
        } else chunks.push(chunk);
      });
      stream.on("error", (failure) => reject(refusalOf(failure)));
      stream.on("end", () => resolve(Buffer.concat(chunks)));
    });
  });
}
