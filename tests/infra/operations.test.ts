import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Match, type Template } from "aws-cdk-lib/assertions";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PRODUCTION_STAGE } from "../../infra/platform-settings.ts";
import { createAlliance } from "../../stacks/alliance.ts";
import {
  HOOK_TIMEOUT_MS,
  repoRoot,
  synthAlliance,
  TEST_ALARM_EMAIL,
  TEST_SITE_URL,
  testApp,
} from "./synth-alliance.ts";

type Synth = ReturnType<typeof synthAlliance>;
let production: Synth;
let staging: Synth;
let renderDir: string;

beforeAll(() => {
  // A render function's directory, so the web stack has its fourth function to watch.
  renderDir = mkdtempSync(join(tmpdir(), "render-"));
  writeFileSync(join(renderDir, "lambda.mjs"), "export const handler = async () => ({});\n");
  production = synthAlliance({ stage: PRODUCTION_STAGE, webRenderDir: renderDir });
  staging = synthAlliance({ stage: "staging" });
}, HOOK_TIMEOUT_MS);

afterAll(() => rmSync(renderDir, { recursive: true, force: true }));

type Resource = { Properties: Record<string, unknown> };

function alarm(template: Template, name: string): Resource {
  const found = Object.values(
    template.findResources("AWS::CloudWatch::Alarm", {
      Properties: { AlarmName: Match.stringLikeRegexp(`-${name}$`) },
    }),
  );
  if (found.length !== 1) throw new Error(`expected one alarm ${name}, found ${found.length}`);
  return found[0] as Resource;
}

/** The alarm's metrics as `namespace/metric statistic`, in order. */
function watched(resource: Resource): string[] {
  const { Properties: p } = resource;
  if (p.MetricName) return [`${p.Namespace}/${p.MetricName} ${p.Statistic ?? p.ExtendedStatistic}`];
  return (p.Metrics as { MetricStat?: { Metric: Record<string, string>; Stat: string } }[]).flatMap(
    (m) =>
      m.MetricStat
        ? [
            `${m.MetricStat.Metric.Namespace}/${m.MetricStat.Metric.MetricName} ${m.MetricStat.Stat}`,
          ]
        : [],
  );
}

function expression(resource: Resource): string | undefined {
  const metrics = resource.Properties.Metrics as { Expression?: string }[] | undefined;
  return metrics?.find((m) => m.Expression)?.Expression;
}

describe("alarms (decision 0041)", () => {
  it("watch the API's 5xx rate: 1% in production, 5% elsewhere, judged from 20 requests", () => {
    for (const [template, percent] of [
      [production.operations, 1],
      [staging.operations, 5],
    ] as const) {
      const rate = alarm(template, "Api5xxRate");
      expect(watched(rate)).toEqual(["AWS/ApiGateway/5xx Sum", "AWS/ApiGateway/Count Sum"]);
      expect(expression(rate)).toBe("IF(requests >= 20, 100 * errors / requests, 0)");
      expect(rate.Properties).toMatchObject({
        Threshold: percent,
        ComparisonOperator: "GreaterThanOrEqualToThreshold",
        EvaluationPeriods: 1,
        TreatMissingData: "notBreaching",
      });
    }
  });

  it("watch the API's p99 latency: 3 s in production for 15 minutes", () => {
    const latency = alarm(production.operations, "ApiP99Latency");
    expect(latency.Properties).toMatchObject({
      Namespace: "AWS/ApiGateway",
      MetricName: "Latency",
      ExtendedStatistic: "p99",
      Period: 300,
      Threshold: 3000,
      EvaluationPeriods: 3,
      DatapointsToAlarm: 3,
    });
    expect(alarm(staging.operations, "ApiP99Latency").Properties.Threshold).toBe(5000);
  });

  it("watch every function's errors, throttles and concurrency near its limit", () => {
    const limits = {
      ApiFunction: 50,
      CertificateFunction: 5,
      ScormFunction: 3,
      SearchFunction: 20,
      StreamFunction: 1000,
      RenderFunction: 1000,
    };
    for (const [fn, limit] of Object.entries(limits)) {
      expect(alarm(production.operations, `${fn}Errors`).Properties).toMatchObject({
        MetricName: "Errors",
        Statistic: "Sum",
        Threshold: 5,
      });
      expect(alarm(production.operations, `${fn}Throttles`).Properties).toMatchObject({
        MetricName: "Throttles",
        Threshold: 1,
      });
      expect(alarm(production.operations, `${fn}Concurrency`).Properties).toMatchObject({
        MetricName: "ConcurrentExecutions",
        Statistic: "Maximum",
        Threshold: Math.floor(limit * 0.8),
      });
    }
    // Staging's reserved concurrency is 5 for the API: near its limit is 4.
    expect(alarm(staging.operations, "ApiFunctionConcurrency").Properties.Threshold).toBe(4);
    expect(alarm(staging.operations, "ApiFunctionErrors").Properties.Threshold).toBe(10);
  });

  it("name each function they watch by the function's own name", () => {
    const dimensions = alarm(production.operations, "StreamFunctionErrors").Properties.Dimensions;
    expect(JSON.stringify(dimensions)).toMatch(
      /FunctionName.*Alliance-production-Events:ExportsOutputRefStreamFunction/,
    );
  });

  it("watch DynamoDB's throttled reads and writes of the table", () => {
    const throttled = alarm(production.operations, "TableThrottledRequests");
    expect(watched(throttled)).toEqual([
      "AWS/DynamoDB/ReadThrottleEvents Sum",
      "AWS/DynamoDB/WriteThrottleEvents Sum",
    ]);
    expect(expression(throttled)).toBe("reads + writes");
    expect(throttled.Properties.Threshold).toBe(1);
  });

  it("watch the change stream's dead-letter queue: one message is one too many", () => {
    const dlq = alarm(production.operations, "ChangeStreamDeadLetters");
    expect(dlq.Properties).toMatchObject({
      Namespace: "AWS/SQS",
      MetricName: "ApproximateNumberOfMessagesVisible",
      Statistic: "Maximum",
      Threshold: 1,
    });
    expect(JSON.stringify(dlq.Properties.Dimensions)).toMatch(/QueueName.*ChangeStreamDeadLetters/);
  });

  it("watch failed scheduled work: the schedules' dead-letter queue, and every error of the scheduled function (decision 0089)", () => {
    for (const synth of [production, staging]) {
      const dlq = alarm(synth.operations, "ScheduleDeadLetters");
      expect(dlq.Properties).toMatchObject({
        Namespace: "AWS/SQS",
        MetricName: "ApproximateNumberOfMessagesVisible",
        Statistic: "Maximum",
        Threshold: 1,
        ComparisonOperator: "GreaterThanOrEqualToThreshold",
        TreatMissingData: "notBreaching",
      });
      expect(JSON.stringify(dlq.Properties.Dimensions)).toMatch(
        /QueueName.*-Schedules:ExportsOutputFnGetAttScheduleDeadLetters\w*QueueName/,
      );
      const errors = alarm(synth.operations, "ScheduledFunctionErrors");
      expect(errors.Properties).toMatchObject({
        Namespace: "AWS/Lambda",
        MetricName: "Errors",
        Statistic: "Sum",
        Threshold: 1,
        Period: 300,
      });
      expect(JSON.stringify(errors.Properties.Dimensions)).toMatch(
        /FunctionName.*-Schedules:ExportsOutputRefScheduledFunction/,
      );
    }
  });

  it("watch failed scheduled work in SST alike, from the same rules", () => {
    const source = readFileSync(join(repoRoot, "infra", "operations.ts"), "utf8");
    expect(source).toContain(
      '{ id: "ScheduledFunction", name: scheduledFunction.name, scheduled: true }',
    );
    expect(source).toContain("scheduleDeadLetterQueueName: scheduleDeadLetters.nodes.queue.name");
    // Every alarm of the shared rules becomes a MetricAlarm on the one topic.
    expect(source).toMatch(/specs\.map\([\s\S]*alarmActions: \[alarmTopic\.arn\]/);
  });

  it("watch SES's account reputation below the rates at which AWS reviews an account", () => {
    expect(alarm(production.operations, "SesBounceRate").Properties).toMatchObject({
      Namespace: "AWS/SES",
      MetricName: "Reputation.BounceRate",
      Threshold: 0.04,
      Period: 3600,
    });
    expect(alarm(production.operations, "SesComplaintRate").Properties).toMatchObject({
      Namespace: "AWS/SES",
      MetricName: "Reputation.ComplaintRate",
      Threshold: 0.0008,
    });
  });

  it("all notify one topic when they fire and when they clear", () => {
    const alarms = Object.values(production.operations.findResources("AWS::CloudWatch::Alarm"));
    // API 2, seven functions' 3 each, the table, two dead-letter queues, SES 2.
    expect(alarms).toHaveLength(2 + 7 * 3 + 5);
    const topic = { Ref: production.operations.getResourceId("AWS::SNS::Topic") };
    for (const { Properties } of alarms) {
      expect(Properties).toMatchObject({ AlarmActions: [topic], OKActions: [topic] });
      expect(Properties.AlarmDescription).toMatch(/First steps: README, Operations, ".+"\.$/);
    }
  });
});

describe("the alarm topic", () => {
  it("is one topic, TLS only, with the stage's e-mail subscription", () => {
    production.operations.resourceCountIs("AWS::SNS::Topic", 1);
    production.operations.hasResourceProperties("AWS::SNS::Subscription", {
      Protocol: "email",
      Endpoint: TEST_ALARM_EMAIL,
    });
    production.operations.hasResourceProperties("AWS::SNS::TopicPolicy", {
      PolicyDocument: Match.objectLike({
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: "Deny",
            Condition: { Bool: { "aws:SecureTransport": "false" } },
          }),
        ]),
      }),
    });
  });

  it("needs an e-mail address to synthesise", () => {
    const app = testApp({ "aws:cdk:bundling-stacks": [] });
    expect(() =>
      createAlliance(app, {
        stage: "staging",
        env: { account: "123456789012", region: "eu-west-1" },
        repoRoot,
        publicSiteUrl: TEST_SITE_URL,
        alarmEmail: "",
      }),
    ).toThrow(/alarmEmail/);
  });
});

describe("regions", () => {
  it("the app refuses a region outside the EU before creating anything", () => {
    const app = testApp({ "aws:cdk:bundling-stacks": [] });
    expect(() =>
      createAlliance(app, {
        stage: "staging",
        env: { account: "123456789012", region: "us-east-1" },
        repoRoot,
        publicSiteUrl: TEST_SITE_URL,
        alarmEmail: TEST_ALARM_EMAIL,
      }),
    ).toThrow(/"us-east-1" is outside the EU/);
    expect(app.node.children).toHaveLength(0);
  });
});

describe("the dashboard", () => {
  it("graphs each alarm's figure with its threshold", () => {
    const dashboard = Object.values(
      production.operations.findResources("AWS::CloudWatch::Dashboard"),
    )[0] as Resource;
    expect(dashboard.Properties.DashboardName).toBe("alliance-production");
    // The body is a JSON string joined around the resources' names.
    const body = JSON.stringify(dashboard.Properties.DashboardBody);
    for (const name of [
      "Api5xxRate",
      "ApiP99Latency",
      "ApiFunctionConcurrency",
      "RenderFunctionErrors",
      "TableThrottledRequests",
      "ChangeStreamDeadLetters",
      "ScheduleDeadLetters",
      "ScheduledFunctionErrors",
      "SesComplaintRate",
    ]) {
      expect(body).toContain(`\\"title\\":\\"${name}\\"`);
    }
    expect(body).toContain('\\"value\\":3000');
    expect(body).toContain("Reputation.BounceRate");
  });
});

describe("logs", () => {
  it("API Gateway writes a JSON access log line per request, kept 30 days", () => {
    const stage = Object.values(
      production.api.findResources("AWS::ApiGatewayV2::Stage"),
    )[0] as Resource;
    const settings = stage.Properties.AccessLogSettings as {
      DestinationArn: unknown;
      Format: string;
    };
    const format = JSON.parse(settings.Format) as Record<string, string>;
    expect(format).toMatchObject({
      requestId: "$context.requestId",
      routeKey: "$context.routeKey",
      status: "$context.status",
      responseLatency: "$context.responseLatency",
      integrationError: "$context.integrationErrorMessage",
    });
    const [groupId] = Object.keys(production.api.findResources("AWS::Logs::LogGroup")).filter(
      (id) => id.startsWith("AccessLogs"),
    );
    expect(settings.DestinationArn).toEqual({ "Fn::GetAtt": [groupId, "Arn"] });
    expect(production.api.toJSON().Resources[groupId ?? ""].Properties.RetentionInDays).toBe(30);
  });

  it("every log group of every stack has a retention, and every function a log group", () => {
    for (const synth of [production, staging]) {
      for (const name of [
        "data",
        "auth",
        "api",
        "events",
        "schedules",
        "web",
        "operations",
      ] as const) {
        const template = synth[name];
        for (const group of Object.values(template.findResources("AWS::Logs::LogGroup"))) {
          expect(group.Properties.RetentionInDays, name).toBe(30);
        }
        const groupNames = Object.values(template.findResources("AWS::Logs::LogGroup")).map(
          (group) => JSON.stringify(group.Properties.LogGroupName ?? null),
        );
        for (const [id, fn] of Object.entries(template.findResources("AWS::Lambda::Function"))) {
          const own = fn.Properties.LoggingConfig?.LogGroup;
          const named = groupNames.some((groupName) => groupName.includes(`{"Ref":"${id}"}`));
          expect(own !== undefined || named, `${name} ${id}`).toBe(true);
        }
      }
    }
  });

  it("production keeps its log groups when the stack is removed", () => {
    production.api.allResources("AWS::Logs::LogGroup", { DeletionPolicy: "Retain" });
  });
});

describe("tracing", () => {
  it("every platform function is traced by Lambda (X-Ray active tracing)", () => {
    for (const template of [production.api, production.events]) {
      for (const fn of Object.values(
        template.findResources("AWS::Lambda::Function", {
          Properties: { Handler: "index.handler" },
        }),
      )) {
        expect(fn.Properties.TracingConfig).toEqual({ Mode: "Active" });
      }
    }
  });
});
