import type { S3Client } from "@aws-sdk/client-s3";
import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import type { ScormFiles } from "./academy/scorm/scorm-files.ts";
import type { IdentityDirectory } from "./auth/identity-directory.ts";
import type { Config } from "./config/config.ts";
import { createDynamoClient } from "./data/client.ts";
import { createDataService } from "./data/service.ts";
import { deferred, once } from "./deferred.ts";
import type { AttachmentStore } from "./exchange/attachment-store.ts";
import type { ExchangeSearch } from "./exchange/index.ts";
import type { SnapshotObject } from "./exchange/search-snapshot-object.ts";

/**
 * The domain, wired to one table. The API builds one per process (a Lambda
 * container or the local server) and calls its use cases from routes: one
 * property per domain, named as its folder, its route files and its web feature.
 */
export function createCore(options: {
  config: Pick<Config, "tableName" | "region"> &
    Partial<
      Pick<
        Config,
        | "dynamoEndpoint"
        | "userPoolId"
        | "cognitoEndpoint"
        | "attachmentsBucket"
        | "s3Endpoint"
        | "publicSiteUrl"
      >
    >;
  /** Inject a client to point at another endpoint or to simulate faults in tests. */
  client?: DynamoDBDocumentClient;
  /** Inject the identity directory (roles); by default the configured Cognito pool. */
  directory?: IdentityDirectory;
  /** Inject the attachments' S3 client (another endpoint, simulated faults). */
  s3?: S3Client;
  /**
   * Where the S3 client made when none is injected reads a local emulator's keys
   * (`createS3Client`); by default the process's environment.
   */
  env?: Record<string, string | undefined>;
  /** Inject the clock of uploads and authoring (tests of what expires). */
  now?: () => Date;
  /**
   * Exchange search (`exchangeSearch` of `@alliance/core/exchange-search`): MiniSearch,
   * its stemmers and stop words. The search function, the local server and the tests
   * pass it; the API function does not, so its bundle lacks them (decision 0096).
   */
  search?: ExchangeSearch;
}) {
  const { config } = options;
  const client = options.client ?? createDynamoClient(config);
  const data = createDataService(client, config.tableName);
  // Each domain's module is imported, and its use cases built, on the first call of one
  // of them (decision 0109): a cold start evaluates no domain's code or schemas, and a
  // bundle split at these imports does not even load them. So are the Cognito and S3
  // clients, which a request to the table alone never uses.
  const directory: IdentityDirectory =
    options.directory ??
    deferred(async () =>
      (await import("./auth/identity-directory.ts")).createCognitoDirectory({
        region: config.region,
        userPoolId: config.userPoolId ?? "",
        cognitoEndpoint: config.cognitoEndpoint,
      }),
    );
  const injected = options.s3;
  const s3 = once(async () =>
    injected ? injected : (await import("./data/s3-client.ts")).createS3Client(config, options.env),
  );
  const bucket = config.attachmentsBucket ?? "";
  // The search snapshot lives in the attachments bucket, under a server-only prefix.
  const snapshotObject = once(async () =>
    (await import("./exchange/search-snapshot-object.ts")).s3SnapshotObject(await s3(), bucket),
  );
  const snapshot: SnapshotObject | undefined = config.attachmentsBucket
    ? {
        read: async () => (await snapshotObject()).read(),
        write: async (body) => (await snapshotObject()).write(body),
      }
    : undefined;
  // The domains are handed the stores at once; their S3 client is made on first use.
  const store: AttachmentStore = deferred(async () =>
    (await import("./exchange/attachment-store.ts")).createAttachmentStore(await s3(), bucket),
  );
  const scormFiles: ScormFiles = deferred(async () =>
    (await import("./academy/scorm/scorm-files.ts")).createScormFiles(await s3(), bucket),
  );
  const exchange = deferred(
    async () => {
      const { attachmentUseCases, exchangeUseCases } = await import("./exchange/index.ts");
      return {
        ...exchangeUseCases(data, { files: store, snapshot, search: options.search }),
        attachments: attachmentUseCases(data, store, options.now),
      };
    },
    {
      /** Where the search snapshot is kept; undefined without an attachments bucket. */
      searchSnapshot: snapshot,
    },
  );
  return {
    data,
    /** Where roles live (Cognito): for the change stream's consumers that grant one. */
    directory,
    profile: deferred(async () =>
      (await import("./profile/index.ts")).profileUseCases(data, directory),
    ),
    cities: deferred(async () => {
      const { cityUseCases, membershipStatusUseCases, similarCitiesUseCase } = await import(
        "./cities/index.ts"
      );
      return {
        ...cityUseCases(data),
        ...membershipStatusUseCases(data, options.now),
        /** Cities like this one, from the profiles and the exchange's published themes. */
        similar: similarCitiesUseCase(data, exchange.publishedThemes),
      };
    }),
    people: deferred(async () =>
      (await import("./people/index.ts")).peopleUseCases(data, directory),
    ),
    /** The administrators' audit log of changes to people (decision 0048). */
    audit: deferred(async () => (await import("./audit/index.ts")).auditLogUseCases(data)),
    figures: deferred(async () =>
      (await import("./figures/index.ts")).platformFiguresUseCases(data, options.now),
    ),
    membership: deferred(async () =>
      (await import("./membership/index.ts")).membershipUseCases(data, directory, options.now),
    ),
    academy: deferred(async () => {
      const { academyUseCases } = await import("./academy/index.ts");
      return academyUseCases(data, { directory, store, scormFiles }, options.now);
    }),
    learning: deferred(async () =>
      (await import("./learning/index.ts")).learningUseCases(data, {
        client,
        publicSiteUrl: config.publicSiteUrl,
      }),
    ),
    exchange,
    sitemap: deferred(async () =>
      (await import("./sitemap/index.ts")).sitemapUseCases(data, config.publicSiteUrl),
    ),
    discussions: deferred(async () =>
      (await import("./discussions/index.ts")).discussionUseCases(data, options.now),
    ),
    /** Exchange requests between member cities and their private threads. */
    exchangeRequests: deferred(async () =>
      (await import("./exchange-requests/index.ts")).exchangeRequestUseCases(
        data,
        exchange.items.create,
        options.now,
      ),
    ),
    /** Workshops, webinars, study visits and conferences, their registrations and calendars. */
    events: deferred(async () =>
      (await import("./events/index.ts")).eventsUseCases(data, store, options.now),
    ),
    /** The early-warning picture: observations of trends, their review, the aggregate. */
    signals: deferred(async () =>
      (await import("./signals/index.ts")).signalUseCases(data, options.now),
    ),
    /** Each person's inbox and e-mail choices, filled from the change stream (decision 0062). */
    notifications: deferred(async () =>
      (await import("./notifications/index.ts")).notificationsUseCases(data, options.now),
    ),
  };
}

export type Core = ReturnType<typeof createCore>;
