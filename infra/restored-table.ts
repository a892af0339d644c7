/**
 * Switching a stage to a restored table (docs/operations/restore.md step 3, decision 0049).
 * A restore always makes a new table; the stage is pointed at it by configuration, never by
 * editing a function: CDK `-c tableName=<table> -c tableStreamArn=<its stream>`, SST
 * `TABLE_NAME_OVERRIDE=<table>` (SST reads the stream from the table itself). Without the
 * setting the stage makes and owns its table as before. Pure, like platform-settings.ts.
 */

import { euRegion } from "./regions.ts";

/** The names of the setting: CDK context keys and SST's environment variable. */
export const RESTORED_TABLE_SETTING = {
  cdkTableName: "tableName",
  cdkStreamArn: "tableStreamArn",
  sstTableName: "TABLE_NAME_OVERRIDE",
} as const;

/** An existing table the stage uses instead of making its own. */
export interface RestoredTable {
  readonly tableName: string;
  /** The table's stream (the change consumers read it); a restored table has none until re-enabled. */
  readonly tableStreamArn?: string;
}

/** DynamoDB's rule for table names. */
const TABLE_NAME = /^[A-Za-z0-9_.-]{3,255}$/;
/** arn:aws:dynamodb:<region>:<account>:table/<name>/stream/<label> */
const STREAM_ARN =
  /^arn:aws:dynamodb:([a-z0-9-]+):(\d{12}):table\/([A-Za-z0-9_.-]{3,255})\/stream\/(\S+)$/;

const describeStream =
  'aws dynamodb describe-table --table-name <table> --query Table.LatestStreamArn --output text (if it prints "None", enable the stream first: restore.md step 2)';

function optional(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  const text = String(value).trim();
  return text === "" ? undefined : text;
}

function checkedName(name: string, setting: string): string {
  if (!TABLE_NAME.test(name)) {
    throw new Error(
      `${setting}=${JSON.stringify(name)} is not a DynamoDB table name (3–255 of A–Z a–z 0–9 _ . -)`,
    );
  }
  return name;
}

/**
 * CDK: the restored table named by `-c tableName` and `-c tableStreamArn`, or undefined when
 * neither is given. Both are required together: the stream's consumer needs the stream, and
 * its ARN must be the named table's, in an EU region.
 */
export function restoredTableFromContext(
  tableName: unknown,
  tableStreamArn: unknown,
): RestoredTable | undefined {
  const { cdkTableName, cdkStreamArn } = RESTORED_TABLE_SETTING;
  const name = optional(tableName);
  const stream = optional(tableStreamArn);
  if (name === undefined && stream === undefined) return undefined;
  if (name === undefined) {
    throw new Error(`-c ${cdkStreamArn} needs -c ${cdkTableName}=<the restored table>`);
  }
  checkedName(name, `-c ${cdkTableName}`);
  if (stream === undefined) {
    throw new Error(`-c ${cdkTableName} needs -c ${cdkStreamArn}=<its stream>: ${describeStream}`);
  }
  const match = STREAM_ARN.exec(stream);
  if (!match) {
    throw new Error(
      `-c ${cdkStreamArn}=${JSON.stringify(stream)} is not a DynamoDB stream ARN: ${describeStream}`,
    );
  }
  const [, region = "", , streamTable] = match;
  if (streamTable !== name) {
    throw new Error(
      `-c ${cdkStreamArn} is the stream of table ${streamTable}, not of -c ${cdkTableName}=${name}`,
    );
  }
  euRegion(region);
  return { tableName: name, tableStreamArn: stream };
}

/** SST: the restored table named by TABLE_NAME_OVERRIDE, or undefined when it is unset or empty. */
export function restoredTableFromEnv(
  env: Readonly<Record<string, string | undefined>>,
): RestoredTable | undefined {
  const name = optional(env[RESTORED_TABLE_SETTING.sstTableName]);
  return name === undefined
    ? undefined
    : { tableName: checkedName(name, RESTORED_TABLE_SETTING.sstTableName) };
}
