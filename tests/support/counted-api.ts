import { createAppFromEnv } from "@alliance/api";
import { createCore, createDynamoClient, createS3Client, loadConfig } from "@alliance/core";
import { exchangeSearch } from "@alliance/core/exchange-search";

/**
 * The API as in production, in-process over `env`'s emulators, but over a DynamoDB
 * client that counts the requests it sends (and names their commands), with its core
 * at hand to set up unusual states. Logs are silent.
 */
export function countedApi(env: Record<string, string>) {
  const settings = { ...env, LOG_LEVEL: "SILENT" };
  const config = loadConfig(settings);
  const client = createDynamoClient(config);
  const counter = { requests: 0, commands: [] as string[] };
  const send = client.send.bind(client);
  client.send = ((...args: Parameters<typeof send>) => {
    counter.requests += 1;
    counter.commands.push(args[0].constructor.name.replace(/Command$/, ""));
    return send(...args);
  }) as typeof client.send;
  const core = createCore({
    config,
    client,
    s3: createS3Client(config, settings),
    search: exchangeSearch,
  });
  // ElectroDB entities are module-level singletons bound to the last core built
  // (same endpoint here, so the other tests in this process are unaffected).
  return { app: createAppFromEnv(settings, { core }), core, counter };
}
