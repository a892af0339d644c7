import { ENV } from "../packages/core/src/schema/index.ts";
import { XAPI_ACCESS } from "./platform-settings.ts";
import { table } from "./storage.ts";

/**
 * The stage's xAPI secret (decision 0090), as stacks/xapi-secret.ts: an existing one named
 * by XAPI_SECRET_NAME at deploy, or one made here, empty until an operator puts the JSON of
 * XAPI_ACCESS in it (the readers take "no value" as "no LRS yet").
 */
const named = process.env[XAPI_ACCESS.secretNameVariable]?.trim();
export const secretArn: $util.Output<string> = named
  ? aws.secretsmanager.getSecretOutput({ name: named }).arn
  : new aws.secretsmanager.Secret("XapiLrs", { description: XAPI_ACCESS.secretDescription }).arn;

/** What a function that sends xAPI statements may do with it: read that secret only. */
export const xapiSecretPermissions = [
  { actions: [...XAPI_ACCESS.secretActions], resources: [secretArn] },
];

/** And the secret's id it is given. */
export const xapiSecretEnvironment = { [ENV.xapiSecret]: secretArn };

const outbox = XAPI_ACCESS.outboxCondition;
/**
 * `actions` in the outbox's partitions only: the stream's `xapi` consumer's
 * (XAPI_ACCESS.consumerActions: add, mark, drop) or `xapi-retry`'s (retryActions).
 */
export const xapiOutboxPermission = (actions: readonly string[]) => ({
  actions: [...actions],
  resources: [table.arn],
  conditions: [{ ...outbox, values: [...outbox.values] }],
});
