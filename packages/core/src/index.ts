/**
 * `@alliance/core`: the domain for the API, the local cloud and the tests. Each
 * domain's public surface is its folder's `index.ts`; the shared kernel
 * (configuration, data layer, errors, ids, table schema, taxonomies) sits beside them.
 */
export * from "./academy/index.ts";
export { createScormFiles } from "./academy/scorm/scorm-files.ts";
export * from "./audit/index.ts";
// The makers of AWS clients' wrappers, not in their domains' indexes, which the API's route
// groups import without them (decision 0109).
export { createCognitoDirectory } from "./auth/identity-directory.ts";
export * from "./auth/index.ts";
export * from "./cities/index.ts";
export * from "./config/index.ts";
export { type Core, createCore } from "./core.ts";
export * from "./data/index.ts";
export * from "./discussions/index.ts";
export * from "./errors.ts";
export * from "./events/index.ts";
export { createAttachmentStore } from "./exchange/attachment-store.ts";
export * from "./exchange/index.ts";
export {
  decodeSnapshot,
  encodeSnapshot,
  s3SnapshotObject,
} from "./exchange/search-snapshot-object.ts";
export * from "./exchange-requests/index.ts";
export * from "./figures/index.ts";
export { isId, newId } from "./ids.ts";
export * from "./learning/index.ts";
export * from "./membership/index.ts";
export * from "./migrations/index.ts";
export * from "./notifications/index.ts";
export * from "./observability/index.ts";
export * from "./people/index.ts";
export * from "./profile/index.ts";
export * from "./schema/index.ts";
export * from "./signals/index.ts";
export * from "./sitemap/index.ts";
export * from "./stream/index.ts";
export * from "./taxonomy/index.ts";
