import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  APPLICATION_RETENTION_SECONDS,
  AUDIT_RETENTION_YEARS,
  createDataService,
  DIGEST_SECONDS,
  NOTIFICATION_SECONDS,
  OBSERVATION_RETENTION_MONTHS,
  PROCESSED_CHANGE_SECONDS,
  TOMBSTONE_SECONDS,
} from "@alliance/core";
import { XAPI_OUTBOX_SECONDS } from "@alliance/core/xapi";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { describe, expect, it } from "vitest";

/*
 * The record of processing activities (GDPR art. 30) must follow the code: every entity
 * of the table is accounted for, and each retention enforced by TTL says the number the
 * code uses (decision 0045).
 */
const record = readFileSync(
  join(import.meta.dirname, "../../docs/record-of-processing.md"),
  "utf8",
);
const client = DynamoDBDocumentClient.from(new DynamoDBClient({ region: "eu-west-1" }));
const entities = Object.values(createDataService(client, "t").entities).map(
  (entity) => entity.schema.model.entity,
);
const DAY = 24 * 60 * 60;

describe("docs/record-of-processing.md", () => {
  it.each(entities)("accounts for the %s entity", (name) => {
    expect(record).toContain(`\`${name}\``);
  });

  it.each([
    ["accountTombstone", TOMBSTONE_SECONDS, `${TOMBSTONE_SECONDS / DAY} days, TTL`],
    ["processedChange", PROCESSED_CHANGE_SECONDS, `${PROCESSED_CHANGE_SECONDS / DAY} days, TTL`],
    ["membershipApplication", APPLICATION_RETENTION_SECONDS, "1 year after the last step, TTL"],
    ["auditRecord", AUDIT_RETENTION_YEARS, `${AUDIT_RETENTION_YEARS} years, TTL`],
    [
      "signalObservation",
      OBSERVATION_RETENTION_MONTHS,
      `${OBSERVATION_RETENTION_MONTHS} months after it is recorded, TTL`,
    ],
    ["notification", NOTIFICATION_SECONDS, `${NOTIFICATION_SECONDS / DAY} days, TTL`],
    ["xapiStatement", XAPI_OUTBOX_SECONDS, `${XAPI_OUTBOX_SECONDS / DAY} days, TTL`],
    ["digestEntry", DIGEST_SECONDS, `${DIGEST_SECONDS / DAY} days, TTL`],
  ])("states the TTL retention of %s as the code sets it", (name, seconds, stated) => {
    const row = record.split("\n").find((line) => line.includes(`\`${name}\``)) ?? "";
    expect(row).toContain(`**${stated}**`);
    expect(seconds).toBeGreaterThan(0);
  });

  it("says one year where the code keeps applications 365 days", () => {
    expect(APPLICATION_RETENTION_SECONDS).toBe(365 * DAY);
  });
});
