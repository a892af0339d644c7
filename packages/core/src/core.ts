import type { S3Client } from "@aws-sdk/client-s3";
import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { academyUseCases } from "./academy/index.ts";
import { cityUseCases } from "./cities/cities.ts";
import type { Config } from "./config/config.ts";
import { createDynamoClient } from "./data/client.ts";
import { createS3Client } from "./data/s3-client.ts";
import { createDataService } from "./data/service.ts";
import { createAttachmentStore } from "./exchange/attachment-store.ts";
import { attachmentUseCases } from "./exchange/attachments.ts";
import { exchangeUseCases } from "./exchange/index.ts";
import { createCognitoDirectory, type IdentityDirectory } from "./identity/directory.ts";
import { certificateUseCases } from "./learning/certificates.ts";
import { learningUseCases } from "./learning/learning.ts";
import { learningRecordUseCases } from "./learning/record.ts";
import { statisticsUseCases } from "./learning/statistics.ts";
import { profileUseCases } from "./profile/profiles.ts";
import { peopleUseCases } from "./users/people.ts";
import { roleAssignmentUseCases } from "./users/role-assignment.ts";

/**
 * The domain, wired to one table. The API builds one per process (a Lambda
 * container or the local server) and calls its use cases from routes.
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
  const store = createAttachmentStore(
    options.s3 ?? createS3Client(config),
    config.attachmentsBucket ?? "",
  );
  return {
    data,
    profiles: profileUseCases(data, directory),
    cities: cityUseCases(data),
    roles: roleAssignmentUseCases(data, directory),
    people: peopleUseCases(data, directory),
    academy: academyUseCases(data, { directory, store }, options.now),
    learning: {
      ...learningUseCases(data),
      certificates: certificateUseCases(data, config.publicSiteUrl),
      record: learningRecordUseCases(data, directory),
      statistics: statisticsUseCases(data, client),
    },
    exchange: {
      ...exchangeUseCases(data, { files: store }),
      attachments: attachmentUseCases(data, store, options.now),
    },
  };
}

export type Core = ReturnType<typeof createCore>;
