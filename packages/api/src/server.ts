// First: the certificate fonts are imported as files (decision 0022).
import "./node-file-imports.ts";
import { ConfigError } from "@alliance/core";
import { serve } from "@hono/node-server";
import { createAppFromEnv } from "./from-env.ts";

/**
 * The local Node entry used by `pnpm dev`: the API function's app, and in the same process
 * the certificate route that the cloud serves from a function of its own (decision 0028).
 */
const port = Number(process.env.API_PORT ?? 3000);

try {
  const app = createAppFromEnv();
  const server = serve({ fetch: app.fetch, port, hostname: "127.0.0.1" }, (info) => {
    process.stdout.write(`API listening on http://localhost:${info.port}\n`);
  });
  const close = () => server.close(() => process.exit(0));
  process.on("SIGINT", close);
  process.on("SIGTERM", close);
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}
