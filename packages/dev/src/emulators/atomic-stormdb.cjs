/**
 * Preloaded into cognito-local (`node --require <this file> <cognito-local>`): makes its
 * store's writes atomic. cognito-local keeps each user pool in one JSON file through
 * stormdb, whose engine rewrites the file in place (`fs.writeFile` truncates, then
 * writes); a process killed in between leaves an empty or half-written pool, which
 * cognito-local then reads as a new, empty pool. Here every write goes to a temporary
 * file that is renamed over the old one (a rename is atomic), and the writes of one
 * file happen in the order they were asked for, so the file always holds a whole,
 * recent state. Only the write is replaced (and skipped for a stack in memory); reading,
 * serialising and the rest of stormdb stay as they are.
 */
const { randomBytes } = require("node:crypto");
const fs = require("node:fs");
const { dirname } = require("node:path");

/** stormdb as cognito-local itself resolves it, so the patched class is the one it uses. */
const cognitoLocal = dirname(require.resolve("cognito-local/package.json"));
const stormdb = require(require.resolve("stormdb", { paths: [cognitoLocal] }));
const LocalEngine = stormdb.localFileEngine;

/** Set by cognito-local.ts for a stack whose data lives only as long as its processes. */
const IN_MEMORY = process.env.ALLIANCE_COGNITO_IN_MEMORY === "1";

/** @param {string} path */
const temporaryPath = (path) => `${path}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;

/** @type {Map<string, Promise<void>>} the last write asked for, per file */
const lastWrite = new Map();

/**
 * @param {string} path
 * @param {string} text
 */
async function writeAtomically(path, text) {
  const temporary = temporaryPath(path);
  try {
    await fs.promises.writeFile(temporary, text);
    await fs.promises.rename(temporary, path);
  } catch (error) {
    await fs.promises.rm(temporary, { force: true });
    throw error;
  }
}

/**
 * @this {{ path: string, async: boolean, serialize: (data: unknown) => string }}
 * @param {unknown} data
 */
LocalEngine.prototype.write = function write(data) {
  // In memory (a test stack's): nothing is kept after the process ends, so nothing is written.
  if (IN_MEMORY) return this.async ? Promise.resolve() : null;
  // Serialised now, as the original does: later changes belong to later writes.
  const text = this.serialize(data);
  const path = this.path;
  if (!this.async) {
    const temporary = temporaryPath(path);
    fs.writeFileSync(temporary, text);
    fs.renameSync(temporary, path);
    return null;
  }
  const previous = lastWrite.get(path) ?? Promise.resolve();
  const next = previous.catch(() => {}).then(() => writeAtomically(path, text));
  lastWrite.set(path, next);
  return next;
};
