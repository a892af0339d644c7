export { SEARCH_SNAPSHOT_KEY, unconfirmedUpload } from "./attachments-bucket.ts";
export {
  CERTIFICATE_KEY_PREFIX,
  CHANGE_DELIVERY,
  CITY_KEY_PREFIX,
  COURSE_KEY_PREFIX,
  DIGEST_DAY_KEY_PREFIX,
  EVENT_KEY_PREFIX,
  EXCHANGE_ITEM_KEY_PREFIX,
  EXCHANGE_REQUEST_KEY_PREFIX,
  NOTIFICATION_KEY_PREFIX,
  PERSON_KEY_PREFIX,
  PROCESSED_CHANGE_KEY_PREFIX,
  UNSUBSCRIBE_LINK_KEY_PREFIX,
  XAPI_STATEMENT_KEY_PREFIX,
} from "./change-delivery.ts";
export { ENV, type EnvName, WEB_ENV } from "./env.ts";
export { ID_PREFIXES, type IdPrefix, idPattern, ULID_PATTERN } from "./ids.ts";
export { PUBLIC_ROUTES } from "./public-routes.ts";
export { isRole, ROLES, type Role } from "./roles.ts";
export {
  SCHEDULE_DELIVERY,
  SCHEDULED_JOBS,
  type ScheduledJobName,
  scheduleInput,
} from "./scheduled-jobs.ts";
export { SCORM_CONTENT } from "./scorm-content.ts";
export { CATALOG_INDEX, type GlobalIndexName, keyAttributeNames, tableSchema } from "./table.ts";
