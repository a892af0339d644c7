import { join, relative, resolve } from "node:path";
import { issuerKeyFromFile } from "@alliance/api";
import { ENV } from "@alliance/core/schema";
import {
  apiCrashed,
  startApi,
  startChangeStream,
  startScheduler,
  startWeb,
} from "./app-processes.ts";
import { type Child, describeExit } from "./child-process.ts";
import { wipeDataDir } from "./data-dir.ts";
import { DEFAULT_PORTS, PORT_ENV, type PortName } from "./env.ts";
import { LOCAL_REGION } from "./local-aws.ts";
import { type LocalCloud, startLocalCloud } from "./local-cloud.ts";
import { formatReport, migrateTable } from "./migrate.ts";
import { API_ENTRY, CHANGE_STREAM_ENTRY, REPO_ROOT, SCHEDULER_ENTRY, WEB_DIR } from "./paths.ts";
import { resolvePorts } from "./ports.ts";
import { type SeedResult, seedDemo, seedDemoNotifications, seedDemoSignals } from "./seed.ts";
import { answers, waitUntil } from "./wait.ts";

export interface DevStackOptions {
  dataDir: string;
  /** Wipe `dataDir` first: a clean table, pool and bucket, freshly seeded. */
  fresh?: boolean;
  /** Absent: the default port; 0: any free port (tests). */
  ports?: Partial<Record<PortName, number>>;
  /** Keep DynamoDB tables and Cognito accounts in memory (tests). */
  inMemory?: boolean;
  logLevel?: string;
  /** Echo the API's and Vite's output to this terminal (else only to `<dataDir>/logs`). */
  echo?: boolean;
  /** Told what happened at each step, one line each (the CLI prints them). */
  onProgress?: (line: string) => void;
  apiEntry?: string;
  /** The poller of DynamoDB Local's stream that feeds the stream Lambda's handler. */
  changeStreamEntry?: string;
  /** The local scheduler of the scheduled jobs (decision 0078). */
  schedulerEntry?: string;
  webDir?: string;
}

export interface DevStack {
  apiUrl: string;
  webUrl: string;
  cloud: LocalCloud;
  seed: SeedResult;
  /** Parts not started because their code does not exist yet, one line each. */
  notices: string[];
  /** The local Learning Record Store's page (the change stream runs it, decision 0088). */
  lrsUrl: string;
  /** Settles with a one-line reason if a process dies; everything is stopped by then. */
  failed: Promise<string>;
  stop(): Promise<void>;
}

/**
 * The whole platform on this machine: emulators, bootstrap, demo seed, the API
 * under `tsx watch` and the web app under Vite. Resolves once the API's health
 * check and the web app answer. If any process dies later, the rest are stopped.
 */
export async function startDevStack(options: DevStackOptions): Promise<DevStack> {
  // Every port is checked before anything starts, so a clash fails fast with one line.
  const ports = await resolvePorts({ ...DEFAULT_PORTS, ...options.ports }, PORT_ENV);
  if (options.fresh) wipeDataDir(options.dataDir);

  const echo = options.echo ?? true;
  const cloud = await startLocalCloud({
    dataDir: options.dataDir,
    ports,
    inMemory: options.inMemory ?? false,
    ...(echo && {
      onCode: ({ username, destination, code }) =>
        process.stdout.write(`cognito │ code for ${username} (sent to ${destination}): ${code}\n`),
    }),
  });
  const progress = options.onProgress ?? (() => {});
  const timings = cloud.emulators.map((e) => `${e.name} ${(e.startupMs / 1000).toFixed(1)} s`);
  progress(`Emulators ready: ${timings.join(", ")}`);
  for (const line of cloud.restored) progress(line);
  if (cloud.created.length > 0) progress(`Created ${cloud.created.join(", ")}`);
  const apiUrl = `http://localhost:${ports.api}`;
  const webUrl = `http://localhost:${ports.web}`;
  const children: Child[] = [];
  const notices: string[] = [];
  const stop = async () => {
    await Promise.all([...children.map((child) => child.stop()), cloud.stop()]);
  };
  try {
    // Pending data migrations first (decision 0043): an older `.data/` is brought up to
    // date before the seed and the API read it; a fresh table only records them.
    const migrated = await migrateTable({
      tableName: cloud.ids.tableName,
      region: LOCAL_REGION,
      endpoint: cloud.endpoints.dynamodb,
    });
    const ran = migrated.filter((report) => report.outcome === "applied");
    progress(
      ran.length > 0
        ? `Data migrations: ${ran.map(formatReport).join("; ")}`
        : "Data migrations: none pending",
    );
    const seed = await seedDemo(cloud);
    const signals = await seedDemoSignals(cloud);
    if (signals.length > 0) progress(`Seeded the early-warning picture: ${signals.join(", ")}`);
    const inboxes = await seedDemoNotifications(cloud);
    if (inboxes.length > 0) progress(`Seeded ${inboxes.length} demo inboxes`);
    progress(
      seed.created.length > 0
        ? `Seeded ${seed.created.length} demo records (cities, sign-ins, profiles, exchange items)`
        : "Demo data already there",
    );
    const shared = { logDir: join(options.dataDir, "logs"), echo };
    // The Open Badges issuer's key (decision 0067): made on the first start, kept in the
    // git-ignored data folder, gone with `pnpm dev:fresh`.
    const badgeKeyFile = resolve(options.dataDir, "badge-issuer-key.json");
    await issuerKeyFromFile(badgeKeyFile);
    const apiEntry = options.apiEntry ?? API_ENTRY;
    const apiEnv = {
      ...process.env,
      ...cloud.apiEnv,
      [PORT_ENV.api]: String(ports.api),
      [ENV.corsOrigins]: webUrl,
      [ENV.publicSiteUrl]: webUrl,
      [ENV.badgeKeyFile]: badgeKeyFile,
      [ENV.logLevel]: options.logLevel ?? process.env[ENV.logLevel] ?? "INFO",
    };
    const api = startApi(apiEntry, { ...shared, env: apiEnv });
    if (api) children.push(api);
    else notices.push(`API not started: ${relative(REPO_ROOT, apiEntry)} does not exist yet.`);
    // The stream's consumers run with the API's configuration, as in the cloud.
    const changeStream = startChangeStream(options.changeStreamEntry ?? CHANGE_STREAM_ENTRY, {
      ...shared,
      env: { ...apiEnv, [PORT_ENV.lrs]: String(ports.lrs) },
    });
    if (changeStream) children.push(changeStream);
    // The scheduled jobs, with the same configuration, at their schedules' times; the
    // digest mails into the SES emulator, `xapi-retry` sends to the stream's local LRS.
    const scheduler = startScheduler(options.schedulerEntry ?? SCHEDULER_ENTRY, {
      ...shared,
      env: { ...apiEnv, [PORT_ENV.lrs]: String(ports.lrs) },
    });
    if (scheduler) children.push(scheduler);

    const webDir = options.webDir ?? WEB_DIR;
    const web = startWeb(webDir, ports.web, {
      ...shared,
      env: {
        ...process.env,
        ...cloud.webEnv,
        [PORT_ENV.web]: String(ports.web),
        [PORT_ENV.api]: String(ports.api),
        [ENV.publicSiteUrl]: webUrl,
        // The site serves the extracted SCORM packages from the local store (decision 0086).
        SCORM_ORIGIN: `${cloud.endpoints.s3}/${cloud.ids.bucket}`,
      },
    });
    if (web) children.push(web);
    else
      notices.push(
        `Web app not started: ${relative(REPO_ROOT, join(webDir, "index.html"))} does not exist yet.`,
      );

    await Promise.all([
      api &&
        waitUntil(() => answers(`${apiUrl}/api/health`, true), {
          what: `the API at ${apiUrl}/api/health`,
          child: api,
          timeoutMs: 60_000,
          failIf: apiCrashed(api),
        }),
      web &&
        waitUntil(() => answers(webUrl), {
          what: `the web app at ${webUrl}`,
          child: web,
          timeoutMs: 60_000,
        }),
    ]);

    const everyone = [...cloud.emulators.map((emulator) => emulator.child), ...children];
    const failed = Promise.race(
      everyone.map(async (child) => {
        const exit = await child.exited;
        // An exit we asked for is not a failure: never settle for it.
        if (child.isStopping()) return new Promise<string>(() => {});
        const reason = describeExit(child, exit);
        await stop();
        return reason;
      }),
    );
    const lrsUrl = `http://localhost:${ports.lrs}`;
    return { apiUrl, webUrl, cloud, seed, notices, lrsUrl, failed, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
