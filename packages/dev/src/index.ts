export { startWeb } from "./app-processes.ts";
export { bootstrapLocalCloud } from "./bootstrap.ts";
export { createTableInput, ensureTable } from "./bootstrap-table.ts";
export {
  type ChangePoller,
  type ChangePollerOptions,
  type DeadLetter,
  type PollerLog,
  type StreamEventHandler,
  startChangePoller,
} from "./change-poller.ts";
export type { Child } from "./child-process.ts";
export {
  createUser,
  type EnsuredUser,
  type LocalCloudRef,
  type NewUser,
  refreshSignIn,
  signIn,
  type Tokens,
} from "./cognito-users.ts";
export { DEMO_APPLICATIONS, type DemoApplication } from "./demo-applications.ts";
export { DEMO_CITIES, type DemoCity } from "./demo-cities.ts";
export { DEMO_CITY_PROFILES, type DemoCityProfile } from "./demo-city-profiles.ts";
export { DEMO_COURSES, DEMO_TRAINER, type DemoCourse } from "./demo-courses.ts";
export { DEMO_EVENTS, type DemoEvent } from "./demo-events.ts";
export { DEMO_EXCHANGE_REQUESTS, demoExchangeRequestRows } from "./demo-exchange-requests.ts";
export { DEMO_ITEMS, type DemoItem } from "./demo-items.ts";
export { type DemoNotification, demoNotifications } from "./demo-notifications.ts";
export { DEMO_SCORM_COURSE } from "./demo-scorm.ts";
export { DEMO_PASSWORD, DEMO_USERS, type DemoUser, type DemoUserKey } from "./demo-users.ts";
export { type DevStack, type DevStackOptions, startDevStack } from "./dev-stack.ts";
export { type DynamoDbLocalOptions, startDynamoDbLocal } from "./emulators/dynamodb-local.ts";
export type { Emulator } from "./emulators/emulator.ts";
export { DEFAULT_PORTS, LOCAL_EMAIL_FROM, PORT_ENV, toApiEnv, toWebEnv } from "./env.ts";
export { DevError } from "./errors.ts";
export { type Inventory, inventory } from "./inventory.ts";
export {
  LOCAL_CREDENTIALS,
  LOCAL_REGION,
  type LocalCloudIds,
  type LocalEndpoints,
  localCognito,
  localDynamoDb,
  localS3,
} from "./local-aws.ts";
export {
  type LocalCloud,
  type LocalCloudInfo,
  type LocalCloudOptions,
  localCloudInfo,
  startLocalCloud,
} from "./local-cloud.ts";
export { formatReport, migrateTable } from "./migrate.ts";
export { WEB_DIR } from "./paths.ts";
export { findFreePort } from "./ports.ts";
export {
  SEEDED_AT,
  type SeededUser,
  type SeedResult,
  seedDemo,
  seedDemoNotifications,
  seedDemoSignals,
} from "./seed.ts";
export { isEmptyTable, itemToLine, lineToItem, scanItems, writeItems } from "./table-copy.ts";
export { resolveTableTarget, type TableTarget, targetClient } from "./table-target.ts";
