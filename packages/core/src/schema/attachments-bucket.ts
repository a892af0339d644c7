/**
 * Where the attachments bucket keeps what a client may still write. A presigned
 * PUT targets a key under `prefix`; confirming checks a server-made copy under
 * `files/`, which no client ever gets a write URL for, and deletes the upload.
 * A lifecycle rule (infra/ and stacks/) expires whatever is left under `prefix`
 * after `expireAfterDays`. Uploads made before decision 0014 arrived with `tag`
 * instead, and a second rule still expires those.
 * Pure data: safe to import from infrastructure code.
 */
export const unconfirmedUpload = {
  prefix: "uploads/",
  tag: { key: "upload", value: "unconfirmed" },
  expireAfterDays: 1,
} as const;

/** Where checked files live: written by the server only, served by downloads. */
export const CHECKED_FILES_PREFIX = "files/";

/**
 * Objects only the server reads and writes, such as the search snapshot
 * (decision 0026): the attachment store never signs a URL for a key under it.
 */
export const SERVER_ONLY_PREFIX = "internal/";

/** The exchange search snapshot: the catalogue and its full-text index, gzip'd JSON. */
export const SEARCH_SNAPSHOT_KEY = `${SERVER_ONLY_PREFIX}search/exchange-items.json.gz`;

/**
 * Where SCORM packages' files live once checked and extracted (decision 0084):
 * `scorm/<courseId>/<packageId>/<path in the package>`, written by the server only.
 */
export const SCORM_FILES_PREFIX = "scorm/";
