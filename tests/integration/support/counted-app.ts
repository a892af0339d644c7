import { createAppFromEnv } from "@alliance/api";
import { createCore, createDynamoClient, createS3Client, loadConfig } from "@alliance/core";
import { inject } from "vitest";
import "../../support/provided.ts";

/**
 * The API as in production, but over a DynamoDB client that counts the
 * requests it sends, and with its core at hand to set up unusual states. `env` overrides
 * the API's settings (a table of its own: `TABLE_NAME`).
 */
export function countedApp(overrides: Record<string, string> = {}) {
  const env = { ...inject("apiEnv"), LOG_LEVEL: "SILENT", ...overrides };
  const config = loadConfig(env);
  const client = createDynamoClient(config);
  const counter = { requests: 0, commands: [] as string[] };
  const send = client.send.bind(client);
  client.send = ((...args: Parameters<typeof send>) => {
    counter.requests += 1;
    counter.commands.push(args[0].constructor.name.replace(/Command$/, ""));
    return send(...args);
  }) as typeof client.send;
  const core = createCore({ config, client, s3: createS3Client(config, env) });
  // ElectroDB entities are module-level singletons bound to the last core built
  // (same endpoint here, so the other tests in this process are unaffected).
  return { app: createAppFromEnv(env, { core }), core, counter };
}
