/**
 * What the browser may take from core: taxonomies, role names, schemas and error
 * shapes. Nothing here may import the AWS SDK, ElectroDB or Node built-ins, so
 * it re-exports each domain's `schemas.ts` (its contract, browser-safe), never
 * its `index.ts` (which wires use cases to the table).
 */
export * from "./academy/schemas.ts";
export * from "./audit/schemas.ts";
export * from "./audit/taxonomy.ts";
export * from "./cities/schemas.ts";
export * from "./discussions/schemas.ts";
export { ERROR_KINDS, type ErrorKind, type FieldError } from "./errors.ts";
export * from "./events/schemas.ts";
export * from "./exchange/saved-search-schemas.ts";
export * from "./exchange/schemas.ts";
export * from "./exchange-requests/schemas.ts";
export * from "./figures/schemas.ts";
export * from "./learning/schemas.ts";
export * from "./learning/scorm-runtime-schemas.ts";
export * from "./learning/statistics-schemas.ts";
export * from "./membership/schemas.ts";
export * from "./notifications/schemas.ts";
export * from "./people/schemas.ts";
export * from "./profile/schemas.ts";
export { WEB_ENV } from "./schema/env.ts";
export { ID_PREFIXES, idPattern } from "./schema/ids.ts";
export { isRole, ROLES, type Role } from "./schema/roles.ts";
export { SCORM_CONTENT } from "./schema/scorm-content.ts";
export * from "./signals/schemas.ts";
export * from "./taxonomy/index.ts";
