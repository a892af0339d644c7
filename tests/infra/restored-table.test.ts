import { Match, type Template } from "aws-cdk-lib/assertions";
import { beforeAll, describe, expect, it } from "vitest";
import { PRODUCTION_STAGE } from "../../infra/platform-settings.ts";
import {
  RESTORED_TABLE_SETTING,
  restoredTableFromContext,
  restoredTableFromEnv,
} from "../../infra/restored-table.ts";
import { ENV } from "../../packages/core/src/schema/index.ts";
import { HOOK_TIMEOUT_MS, lambdaFunction, onlyResource, synthAlliance } from "./synth-alliance.ts";

const RESTORED = "alliance-production-restored-20261204";
const STREAM = `arn:aws:dynamodb:eu-west-1:123456789012:table/${RESTORED}/stream/2026-12-04T10:00:00.000`;
/** The restored table's ARN (the stack's account and region are known, so CDK writes it out). */
const RESTORED_ARN = `arn:aws:dynamodb:eu-west-1:123456789012:table/${RESTORED}`;

type Synth = ReturnType<typeof synthAlliance>;
let switched: Synth;
let own: Synth;

beforeAll(() => {
  // Production: the stage with the backup plan, which must follow the switch too.
  switched = synthAlliance({
    stage: PRODUCTION_STAGE,
    restoredTable: restoredTableFromContext(RESTORED, STREAM),
  });
  own = synthAlliance({ stage: PRODUCTION_STAGE });
}, HOOK_TIMEOUT_MS * 2);

/** Every statement of every IAM policy in a template. */
function statements(template: Template) {
  return Object.values(template.findResources("AWS::IAM::Policy")).flatMap(
    (policy) =>
      (policy as { Properties: { PolicyDocument: { Statement: Array<Record<string, unknown>> } } })
        .Properties.PolicyDocument.Statement,
  );
}

/** Everything a template says, as one string, to look for a name anywhere in it. */
function text(template: Template) {
  return JSON.stringify(template.toJSON());
}

describe("a stage switched to a restored table (-c tableName -c tableStreamArn)", () => {
  it("creates no table", () => {
    switched.data.resourceCountIs("AWS::DynamoDB::Table", 0);
    for (const template of [switched.api, switched.events, switched.operations]) {
      template.resourceCountIs("AWS::DynamoDB::Table", 0);
    }
  });

  it("gives every function the restored table's name", () => {
    for (const [template, id] of [
      [switched.api, "ApiFunction"],
      [switched.api, "CertificateFunction"],
      [switched.events, "StreamFunction"],
    ] as const) {
      const variables = (
        lambdaFunction(template, id).Properties.Environment as {
          Variables: Record<string, unknown>;
        }
      ).Variables;
      expect(variables[ENV.tableName], id).toBe(RESTORED);
    }
  });

  it("grants the functions the restored table and its indexes, and nothing of another table", () => {
    const api = statements(switched.api).filter((s) =>
      JSON.stringify(s.Action).includes("dynamodb:"),
    );
    expect(api.length).toBeGreaterThan(0);
    for (const statement of api) {
      expect(statement.Resource).toEqual(
        expect.arrayContaining([RESTORED_ARN, `${RESTORED_ARN}/index/*`]),
      );
    }
    switched.api.hasResourceProperties("AWS::IAM::Policy", {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Action: Match.arrayWith(["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query"]),
            Resource: Match.arrayWith([RESTORED_ARN]),
          }),
        ]),
      },
    });
    // No reference to the Data stack's own table is left anywhere (it exports none).
    for (const template of [switched.api, switched.events, switched.operations]) {
      expect(text(template)).not.toMatch(/Fn::ImportValue[^}]*Table/);
    }
  });

  it("reads the restored table's stream and may only read its stream", () => {
    const mapping = onlyResource(switched.events, "AWS::Lambda::EventSourceMapping").Properties;
    expect(mapping.EventSourceArn).toBe(STREAM);
    switched.events.hasResourceProperties("AWS::IAM::Policy", {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Action: Match.arrayWith(["dynamodb:GetRecords", "dynamodb:GetShardIterator"]),
            Resource: STREAM,
          }),
        ]),
      },
    });
  });

  it("watches the restored table's throttling", () => {
    const dimensions = Object.values(switched.operations.findResources("AWS::CloudWatch::Alarm"))
      .flatMap((alarm) => {
        const properties = (alarm as { Properties: Record<string, unknown> }).Properties;
        return [
          ...((properties.Dimensions as Array<{ Name: string; Value: unknown }>) ?? []),
          ...((properties.Metrics as Array<Record<string, unknown>>) ?? []).flatMap(
            (metric) =>
              ((metric.MetricStat as { Metric: { Dimensions?: unknown[] } } | undefined)?.Metric
                .Dimensions ?? []) as Array<{ Name: string; Value: unknown }>,
          ),
        ];
      })
      .filter((dimension) => dimension.Name === "TableName");
    expect(dimensions.length).toBeGreaterThan(0);
    for (const dimension of dimensions) expect(dimension.Value).toBe(RESTORED);
  });

  it("backs up the restored table and names it in the TableName output", () => {
    switched.data.hasResourceProperties("AWS::Backup::BackupSelection", {
      BackupSelection: Match.objectLike({ Resources: [RESTORED_ARN] }),
    });
    switched.data.hasOutput("TableName", { Value: RESTORED });
  });
});

describe("a stage without the setting", () => {
  it("makes its own table, retained and deletion-protected, and points everything at it", () => {
    own.data.hasResource("AWS::DynamoDB::Table", {
      DeletionPolicy: "Retain",
      UpdateReplacePolicy: "Retain",
      Properties: Match.objectLike({ DeletionProtectionEnabled: true }),
    });
    const variables = (
      lambdaFunction(own.api, "ApiFunction").Properties.Environment as {
        Variables: Record<string, unknown>;
      }
    ).Variables;
    expect(JSON.stringify(variables[ENV.tableName])).toMatch(/Fn::ImportValue.*Table/);
    const mapping = onlyResource(own.events, "AWS::Lambda::EventSourceMapping").Properties;
    expect(JSON.stringify(mapping.EventSourceArn)).toMatch(/Fn::ImportValue.*Table\w*StreamArn/);
    expect(text(own.api)).not.toContain(RESTORED);
  });
});

describe("reading the setting", () => {
  const { cdkTableName, cdkStreamArn, sstTableName } = RESTORED_TABLE_SETTING;

  it("is nothing when neither value is given (or they are empty)", () => {
    expect(restoredTableFromContext(undefined, undefined)).toBeUndefined();
    expect(restoredTableFromContext("", " ")).toBeUndefined();
    expect(restoredTableFromEnv({})).toBeUndefined();
    expect(restoredTableFromEnv({ [sstTableName]: "" })).toBeUndefined();
  });

  it("takes a table and its own stream", () => {
    expect(restoredTableFromContext(RESTORED, STREAM)).toEqual({
      tableName: RESTORED,
      tableStreamArn: STREAM,
    });
    expect(restoredTableFromEnv({ [sstTableName]: RESTORED })).toEqual({ tableName: RESTORED });
  });

  it.each([
    [
      "a table without its stream",
      RESTORED,
      undefined,
      `-c ${cdkTableName} needs -c ${cdkStreamArn}`,
    ],
    [
      "a stream without its table",
      undefined,
      STREAM,
      `-c ${cdkStreamArn} needs -c ${cdkTableName}`,
    ],
    ["a name DynamoDB refuses", "a b", STREAM, "is not a DynamoDB table name"],
    ["something that is no stream ARN", RESTORED, "None", "is not a DynamoDB stream ARN"],
    [
      "another table's stream",
      RESTORED,
      STREAM.replace(`table/${RESTORED}`, "table/alliance-production-Table"),
      "is the stream of table alliance-production-Table",
    ],
    [
      "a stream outside the EU",
      RESTORED,
      STREAM.replace("eu-west-1", "us-east-1"),
      "is outside the EU",
    ],
  ])("refuses %s", (_case, name, stream, message) => {
    expect(() => restoredTableFromContext(name, stream)).toThrow(message);
  });

  it("refuses an override that is no table name", () => {
    expect(() => restoredTableFromEnv({ [sstTableName]: "x" })).toThrow(sstTableName);
  });
});
