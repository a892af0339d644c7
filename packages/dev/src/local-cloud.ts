import { bootstrapLocalCloud } from "./bootstrap.ts";
import type { LocalCloudRef } from "./cognito-users.ts";
import {
  type CognitoEmulator,
  type CognitoLocalOptions,
  startCognitoLocal,
} from "./emulators/cognito-local.ts";
import { startDynamoDbLocal } from "./emulators/dynamodb-local.ts";
import type { Emulator } from "./emulators/emulator.ts";
import { assertJava } from "./emulators/java.ts";
import { startS3Local } from "./emulators/s3-local.ts";
import { startSesLocal } from "./emulators/ses-local.ts";
import { PORT_ENV, toApiEnv, toWebEnv } from "./env.ts";
import type { LocalEndpoints } from "./local-aws.ts";
import { resolvePorts } from "./ports.ts";

export type EmulatorName = "dynamodb" | "cognito" | "s3" | "ses";

export interface LocalCloudOptions {
  /** Emulator state and logs live here (`dynamodb/`, `.cognito/`, `s3/`, `logs/`). */
  dataDir: string;
  /**
   * Keep DynamoDB tables and Cognito accounts in memory (tests): nothing is written to
   * `<dataDir>/dynamodb` or `<dataDir>/.cognito/db`.
   */
  inMemory?: boolean;
  /** 0 or absent: any free port. */
  ports?: Partial<Record<EmulatorName, number>>;
  /** Receives sign-up and password-reset codes (there is no e-mail locally). */
  onCode?: CognitoLocalOptions["onCode"];
}

export interface LocalCloud extends LocalCloudRef {
  apiEnv: Record<string, string>;
  webEnv: Record<string, string>;
  emulators: Emulator[];
  /** Resources bootstrap created on this start ([] when all existed). */
  created: string[];
  /** Damaged local Cognito store files restored from their backup, one line each. */
  restored: string[];
  stop(): Promise<void>;
}

/** The plain-data part of a running local cloud: what vitest can `provide` to tests. */
export type LocalCloudInfo = Pick<LocalCloud, "endpoints" | "ids" | "apiEnv" | "webEnv">;

export function localCloudInfo(cloud: LocalCloud): LocalCloudInfo {
  const { endpoints, ids, apiEnv, webEnv } = cloud;
  return { endpoints, ids, apiEnv, webEnv };
}

/** Stops whichever emulators started, then rethrows the first failure. */
async function startAll(starts: Promise<Emulator>[]): Promise<Emulator[]> {
  const results = await Promise.allSettled(starts);
  const started = results.flatMap((result) =>
    result.status === "fulfilled" ? [result.value] : [],
  );
  const failed = results.find((result) => result.status === "rejected");
  if (failed) {
    await Promise.all(started.map((emulator) => emulator.stop()));
    throw failed.reason;
  }
  return started;
}

/**
 * Starts DynamoDB Local, cognito-local, s3rver and aws-ses-v2-local side by side, then creates
 * what is missing in them. The returned env is all the API and the web app need
 * to run against them: the same variables as in AWS, with local values.
 */
export async function startLocalCloud(options: LocalCloudOptions): Promise<LocalCloud> {
  assertJava(); // before anything starts: no emulator to stop again
  const requested = options.ports ?? {};
  const ports = await resolvePorts(
    {
      dynamodb: requested.dynamodb,
      cognito: requested.cognito,
      s3: requested.s3,
      ses: requested.ses,
    },
    PORT_ENV,
  );
  const { dataDir } = options;
  const emulators = await startAll([
    startDynamoDbLocal({ port: ports.dynamodb, dataDir, inMemory: options.inMemory ?? false }),
    startCognitoLocal({
      port: ports.cognito,
      dataDir,
      inMemory: options.inMemory ?? false,
      ...(options.onCode && { onCode: options.onCode }),
    }),
    startS3Local({ port: ports.s3, dataDir }),
    startSesLocal({ port: ports.ses, dataDir }),
  ]);
  const stop = async () => {
    await Promise.all(emulators.map((emulator) => emulator.stop()));
  };
  // startAll returns all four, in order, or throws.
  const [dynamodb, cognito, s3, ses] = emulators as [Emulator, CognitoEmulator, Emulator, Emulator];
  const endpoints: LocalEndpoints = {
    dynamodb: dynamodb.endpoint,
    cognito: cognito.endpoint,
    s3: s3.endpoint,
    ses: ses.endpoint,
  };
  try {
    const { ids, created } = await bootstrapLocalCloud(endpoints);
    return {
      endpoints,
      ids,
      apiEnv: toApiEnv(endpoints, ids),
      webEnv: toWebEnv(endpoints, ids),
      emulators,
      created,
      restored: cognito.restored,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
