import { relative } from "node:path";
import { formatBanner } from "./banner.ts";
import { DEMO_USERS } from "./demo-users.ts";
import { type DevStack, startDevStack } from "./dev-stack.ts";
import { DEFAULT_PORTS, PORT_ENV, type PortName } from "./env.ts";
import { DevError, oneLine } from "./errors.ts";
import { DEFAULT_DATA_DIR, REPO_ROOT } from "./paths.ts";
import { readPort, resolvePorts } from "./ports.ts";

/**
 * `pnpm dev` (and `pnpm dev --fresh` or `pnpm dev:fresh`): the whole platform on
 * this machine until Ctrl-C. Failures print one line and exit with code 1. pnpm runs
 * it as the `dev` bin of this package (bin/dev.mjs), not as a script: pnpm adds its
 * own "Command failed" lines to a failed script, and the one line must stay alone.
 */

// The SDK warns that Node 20 support ends; the pin is deliberate (README, "Pinned versions").
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";

const say = (text: string) => process.stdout.write(`${text}\n`);

function fail(error: unknown): never {
  const hint = error instanceof DevError ? "" : " (emulator logs are in .data/logs)";
  console.error(`pnpm dev failed: ${oneLine(error)}${hint}`);
  process.exit(1);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const unknown = args.filter((arg) => arg !== "--fresh");
  if (unknown.length > 0)
    throw new DevError(`Unknown option ${unknown[0]}: the only option is --fresh.`);
  const fresh = args.includes("--fresh");
  const ports = Object.fromEntries(
    Object.entries(PORT_ENV).map(([name, variable]) => [
      name,
      readPort(process.env, variable, DEFAULT_PORTS[name as PortName]),
    ]),
  ) as Record<PortName, number>;

  // A taken port is the most common failure: say so before anything else, in one line.
  await resolvePorts(ports, PORT_ENV);

  const started = Date.now();
  const shownDir = relative(REPO_ROOT, DEFAULT_DATA_DIR);
  say(`Starting the local platform${fresh ? ` from scratch (${shownDir} wiped)` : ""}…`);

  let stack: DevStack | undefined;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`\n${signal}: stopping every process…`);
    await stack?.stop();
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("Ctrl-C"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  // Closing the terminal: the children are in their own groups and would not hear it.
  process.on("SIGHUP", () => void shutdown("Terminal closed"));

  stack = await startDevStack({
    dataDir: DEFAULT_DATA_DIR,
    fresh,
    ports,
    onProgress: (line) => say(`  ${line}`),
  });
  say(
    formatBanner({
      webUrl: stack.webUrl,
      apiUrl: stack.apiUrl,
      endpoints: stack.cloud.endpoints,
      users: DEMO_USERS,
      notices: stack.notices,
      lrsUrl: stack.lrsUrl,
      dataDir: shownDir,
      startupMs: Date.now() - started,
    }),
  );
  const reason = await stack.failed;
  if (!stopping) fail(new DevError(`${reason}. Everything else was stopped.`));
}

main().catch(fail);
