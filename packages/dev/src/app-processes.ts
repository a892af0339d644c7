import { existsSync } from "node:fs";
import { join } from "node:path";
import { type Child, spawnChild } from "./child-process.ts";
import { PORT_ENV } from "./env.ts";
import { packageBin, REPO_ROOT } from "./paths.ts";
import { groupWorkerCount } from "./process-group.ts";

export interface AppProcessOptions {
  env: NodeJS.ProcessEnv;
  logDir: string;
  /** Echo the process's output to the terminal with a short prefix. */
  echo: boolean;
}

function output(name: string, options: AppProcessOptions) {
  const prefix = `${name.padEnd(3)} │ `;
  return {
    logFile: join(options.logDir, `${name}.log`),
    ...(options.echo && {
      onLine: (line: string, stream: "stdout" | "stderr") =>
        (stream === "stderr" ? process.stderr : process.stdout).write(`${prefix}${line}\n`),
    }),
  };
}

/**
 * The API under `tsx watch`: it restarts on every change to its sources. A crash
 * leaves tsx waiting for the fix, so the watcher itself exits only if killed.
 * Returns undefined while the entry does not exist yet.
 */
export function startApi(entry: string, options: AppProcessOptions): Child | undefined {
  return watched("API", "api", entry, options);
}

/**
 * The change stream's poller (change-stream-main.ts) under `tsx watch`, like the API:
 * a change to a consumer restarts it.
 */
export function startChangeStream(entry: string, options: AppProcessOptions): Child | undefined {
  return watched("Change stream", "stream", entry, options);
}

/**
 * The local scheduler (scheduler-main.ts, decision 0078) under `tsx watch`: the scheduled
 * jobs at their schedules' times, through the scheduled Lambda's handler.
 */
export function startScheduler(entry: string, options: AppProcessOptions): Child | undefined {
  return watched("Scheduler", "jobs", entry, options);
}

function watched(
  what: string,
  name: string,
  entry: string,
  options: AppProcessOptions,
): Child | undefined {
  if (!existsSync(entry)) return undefined;
  return spawnChild(
    what,
    process.execPath,
    [packageBin("tsx"), "watch", "--clear-screen=false", entry],
    { cwd: REPO_ROOT, env: options.env, ...output(name, options) },
  );
}

/**
 * `tsx watch` stays up when the API crashes (it waits for a fix), so at startup
 * watch its worker: once seen and then gone, the API has crashed.
 */
export function apiCrashed(watcher: Child): () => string | undefined {
  let seen = false;
  return () => {
    const workers = groupWorkerCount(watcher.pid);
    if (workers) seen = true;
    return seen && workers === 0
      ? `The API crashed on start: ${watcher.lastOutputLine() || "see .data/logs/api.log"}`
      : undefined;
  };
}

/**
 * The web app's dev server (web/server/dev.ts, under tsx): Vite in middleware mode for
 * the sources and `/api`, and the server render of the public pages, as in the cloud
 * (decision 0031). It listens on WEB_PORT and fails loudly if the port is taken rather
 * than drift to another one. Returns undefined while there is no web app yet.
 */
export function startWeb(
  webDir: string,
  port: number,
  options: AppProcessOptions,
): Child | undefined {
  const entry = join(webDir, "server", "dev.ts");
  if (!existsSync(join(webDir, "index.html")) || !existsSync(entry)) return undefined;
  return spawnChild("Web", process.execPath, [packageBin("tsx"), entry], {
    cwd: webDir,
    env: { ...options.env, [PORT_ENV.web]: String(port) },
    ...output("web", options),
  });
}
