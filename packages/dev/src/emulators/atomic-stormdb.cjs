/**
 * Preloaded into cognito-local (`node --require <this file> <cognito-local>`): makes its
 * store's writes atomic. cognito-local keeps each user pool in one JSON file through
 * stormdb, whose engine rewrites the file in place (`fs.writeFile` truncates, then
 * writes); a process killed in between leaves an empty or half-written pool, which
 * cognito-local then reads as a new, empty pool. Here every write goes to a temporary
 * file that is renamed over the old one (a rename is atomic), and the writes of one
 * file happen in the order they were asked for, so the file always holds a whole,
 * recent state. Only the write is replaced (and, below, made cheaper, or skipped for a
 * stack in memory); reading and the rest of stormdb stay as they are.
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

/**
 * Per file: the write that is waiting to start (it will write the state as it is when it
 * starts, so every change asked for until then rides on it), and the last write queued.
 * @type {Map<string, { data?: unknown, waiting?: Promise<void>, last: Promise<void> }>}
 */
const queues = new Map();

/**
 * The store as cognito-local's own serialiser writes it, without its indentation and
 * its replacer (which only turns `…Date` fields into ISO strings, as `Date#toJSON`
 * does): about twice as fast on a pool of thousands of users.
 * @param {unknown} data
 */
const serialize = (data) => JSON.stringify(data);

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
 * stormdb saves the whole pool on every change, and cognito-local saves after each one
 * (a sign-in, a user created): with thousands of users each save serialises megabytes.
 * Saves asked for while another is under way become one: the next write serialises the
 * state when it starts, which holds every change asked for before it, and each caller's
 * promise settles once a write holding its change is on disk.
 * @this {{ path: string, async: boolean }}
 * @param {unknown} data the store's live state
 */
LocalEngine.prototype.write = function write(data) {
  // In memory (a test stack's): nothing is kept after the process ends, so nothing is written.
  if (IN_MEMORY) return this.async ? Promise.resolve() : null;
  const path = this.path;
  if (!this.async) {
    const temporary = temporaryPath(path);
    fs.writeFileSync(temporary, serialize(data));
    fs.renameSync(temporary, path);
    return null;
  }
  const queue = queues.get(path) ?? { last: Promise.resolve() };
  queues.set(path, queue);
  queue.data = data;
  if (queue.waiting) return queue.waiting;
  const next = queue.last
    .catch(() => {})
    .then(() => {
      // From here on, a change needs a write of its own.
      queue.waiting = undefined;
      return writeAtomically(path, serialize(queue.data));
    });
  queue.waiting = next;
  queue.last = next;
  return next;
};
