/**
 * Writes the catalogue's course summaries from the course listings of a deployed stage
 * whose courses were published before summaries existed (decision 0025). Run it once
 * before deploying the release that reads summaries (the old code leaves them alone)
 * and once after (it catches what was published in between); it is idempotent and
 * never overwrites a summary a publish wrote meanwhile.
 *
 * Needs the stage's table and region, as the API reads them, and AWS credentials that
 * may read and write the table:
 *
 *   TABLE_NAME=alliance-prod AWS_REGION=eu-west-1 pnpm exec tsx scripts/backfill-course-summaries.ts
 *
 * (DYNAMODB_ENDPOINT points it at DynamoDB Local.)
 */
import {
  backfillCourseSummaries,
  createDataService,
  createDynamoClient,
  ENV,
} from "@alliance/core";

const tableName = process.env[ENV.tableName];
const region = process.env[ENV.region];
if (!tableName || !region) {
  console.error(
    `Set ${ENV.tableName} and ${ENV.region} (and ${ENV.dynamoEndpoint} for a local table).`,
  );
  process.exit(2);
}
const endpoint = process.env[ENV.dynamoEndpoint];
const client = createDynamoClient({ region, ...(endpoint && { dynamoEndpoint: endpoint }) });
try {
  const { written, skipped } = await backfillCourseSummaries(createDataService(client, tableName));
  process.stdout.write(
    `Course summaries: ${written} written, ${skipped} left (changed meanwhile).\n`,
  );
} finally {
  client.destroy();
}
