import type { S3Client } from "@aws-sdk/client-s3";
import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { academyUseCases, createScormFiles } from "./academy/index.ts";
import { auditLogUseCases } from "./audit/index.ts";
import { createCognitoDirectory, type IdentityDirectory } from "./auth/index.ts";
import { cityUseCases, membershipStatusUseCases, similarCitiesUseCase } from "./cities/index.ts";
import type { Config } from "./config/index.ts";
import { createDataService, createDynamoClient, createS3Client } from "./data/index.ts";
import { discussionUseCases } from "./discussions/index.ts";
import { eventsUseCases } from "./events/index.ts";
import {
  attachmentUseCases,
  createAttachmentStore,
  type ExchangeSearch,
  exchangeUseCases,
  type SnapshotObject,
  s3SnapshotObject,
} from "./exchange/index.ts";
import { exchangeRequestUseCases } from "./exchange-requests/index.ts";
import { platformFiguresUseCases } from "./figures/index.ts";
import { learningUseCases } from "./learning/index.ts";
import { membershipUseCases } from "./membership/index.ts";
import { notificationsUseCases } from "./notifications/index.ts";
import { peopleUseCases } from "./people/index.ts";
import { profileUseCases } from "./profile/index.ts";
import { signalUseCases } from "./signals/index.ts";
import { sitemapUseCases } from "./sitemap/index.ts";

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
  const directory =
    options.directory ??
    createCognitoDirectory({
      region: config.region,
      userPoolId: config.userPoolId ?? "",
      cognitoEndpoint: config.cognitoEndpoint,
    });
  const s3 = options.s3 ?? createS3Client(config);
  const store = createAttachmentStore(s3, config.attachmentsBucket ?? "");
  // The search snapshot lives in the attachments bucket, under a server-only prefix.
  const snapshot = config.attachmentsBucket
    ? s3SnapshotObject(s3, config.attachmentsBucket)
    : undefined;
  const exchange = exchangeUseCases(data, { files: store, snapshot, search: options.search });
  return {
    data,
    /** Where roles live (Cognito): for the change stream's consumers that grant one. */
    directory,
    profile: profileUseCases(data, directory),
    cities: {
      ...cityUseCases(data),
      ...membershipStatusUseCases(data, options.now),
      /** Cities like this one, from the profiles and the exchange's published themes. */
      similar: similarCitiesUseCase(data, exchange.publishedThemes),
    },
    people: peopleUseCases(data, directory),
    /** The administrators' audit log of changes to people (decision 0048). */
    audit: auditLogUseCases(data),
    figures: platformFiguresUseCases(data, options.now),
    membership: membershipUseCases(data, directory, options.now),
    academy: academyUseCases(
      data,
      { directory, store, scormFiles: createScormFiles(s3, config.attachmentsBucket ?? "") },
      options.now,
    ),
    learning: learningUseCases(data, { client, publicSiteUrl: config.publicSiteUrl }),
    exchange: {
      ...exchange,
      attachments: attachmentUseCases(data, store, options.now),
      /** Where the search snapshot is kept; undefined without an attachments bucket. */
      searchSnapshot: snapshot satisfies SnapshotObject | undefined,
    },
    sitemap: sitemapUseCases(data, config.publicSiteUrl),
    discussions: discussionUseCases(data, options.now),
    /** Exchange requests between member cities and their private threads. */
    exchangeRequests: exchangeRequestUseCases(data, exchange.items.create, options.now),
    /** Workshops, webinars, study visits and conferences, their registrations and calendars. */
    events: eventsUseCases(data, store, options.now),
    /** The early-warning picture: observations of trends, their review, the aggregate. */
    signals: signalUseCases(data, options.now),
    /** Each person's inbox and e-mail choices, filled from the change stream (decision 0062). */
    notifications: notificationsUseCases(data, options.now),
  };
}

export type Core = ReturnType<typeof createCore>;
