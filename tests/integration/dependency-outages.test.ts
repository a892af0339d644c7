import { createAppFromEnv } from "@alliance/api";
import { createCognitoDirectory, createCore, createS3Client, loadConfig } from "@alliance/core";
import { DEMO_CITIES } from "@alliance/dev";
import {
  AdminAddUserToGroupCommand,
  AdminDeleteUserCommand,
  AdminListGroupsForUserCommand,
  CognitoIdentityProviderClient,
  InternalErrorException,
  ListUsersInGroupCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { S3ServiceException } from "@aws-sdk/client-s3";
import { mockClient } from "aws-sdk-client-mock";
import { afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { attachmentsOf, uploaded } from "./support/attachment-fixtures.ts";
import { type Caller, clientsOver, ok, type TestContext, testContext } from "./support/context.ts";
import { itemIn } from "./support/exchange-fixtures.ts";
import "../support/provided.ts";
import { exchangeSearch } from "@alliance/core/exchange-search";

/**
 * S3 or Cognito's admin API failing under a request: the API answers 503 with
 * Retry-After, never 500. DynamoDB and the tokens are real; only the faulty service's
 * client is simulated (aws-sdk-client-mock), as no emulator can be made to fail so.
 */
const env = { ...inject("apiEnv"), LOG_LEVEL: "SILENT" };
const config = loadConfig(env);
const s3 = createS3Client(config, env);
const cognito = new CognitoIdentityProviderClient({
  region: config.region,
  endpoint: config.cognitoEndpoint,
  credentials: { accessKeyId: "local", secretAccessKey: "local" },
});
const app = createAppFromEnv(env, {
  core: createCore({
    config,
    s3,
    directory: createCognitoDirectory(config, cognito),
    search: exchangeSearch,
  }),
});

let ctx: TestContext;
let contributor: Caller;
let admin: Caller;
/** Puts the real clients back after each test, also after a failed one. */
const restores: Array<() => void> = [];
const simulatedS3 = () => {
  const stub = mockClient(s3);
  restores.push(() => stub.restore());
  return stub;
};
const simulatedCognito = () => {
  const stub = mockClient(cognito);
  restores.push(() => stub.restore());
  return stub;
};

beforeAll(async () => {
  ctx = await testContext();
  [contributor, admin] = await Promise.all([
    ctx.newUser({ groups: ["contributor"], cityId: DEMO_CITIES[0]?.cityId }),
    ctx.newUser({ groups: ["admin"] }),
  ]);
});

afterEach(() => {
  for (const restore of restores.splice(0)) restore();
});

/** The typed client over this file's app (whose S3 and Cognito clients can be simulated). */
const { api } = clientsOver(async (_caller, input, init) => app.request(input, init));

async function expectRetryLater(
  response: { status: number; headers: Headers; json(): Promise<unknown> },
  code = "service-unavailable",
) {
  expect(response.status).toBe(503);
  expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  const body = await response.json();
  expect(body).toMatchObject({ status: 503, code });
  // What the problem says, not the address and request id it echoes: a random id
  // such as "att_…S31…" would match /s3/i.
  const { instance: _instance, requestId: _requestId, ...said } = body as Record<string, unknown>;
  expect(JSON.stringify(said)).not.toMatch(/ECONNREFUSED|InternalError|s3|cognito/i);
}

const refused = () =>
  Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:4569"), { code: "ECONNREFUSED" });
const s3Down = () =>
  new S3ServiceException({
    name: "InternalError",
    $fault: "server",
    $metadata: { httpStatusCode: 500 },
    message: "We encountered an internal error. Please try again.",
  });
const cognitoDown = () =>
  new InternalErrorException({ $metadata: { httpStatusCode: 500 }, message: "Internal error" });

describe("S3 failing while an upload is confirmed", () => {
  it.each([
    ["refuses connections", refused],
    ["answers 500", s3Down],
  ])("answers 503 with Retry-After when S3 %s; the upload stays pending", async (_how, fault) => {
    const { itemId } = await itemIn(ctx, "draft", contributor, admin);
    const { attachmentId } = await uploaded(ctx, contributor, itemId);
    const s3Mock = simulatedS3();
    s3Mock.onAnyCommand().callsFake(() => Promise.reject(fault()));
    const confirm = () => attachmentsOf({ api }, contributor, itemId).confirm(attachmentId);
    await expectRetryLater(await confirm());
    expect(s3Mock.calls().length).toBeGreaterThan(0);
    for (const restore of restores.splice(0)) restore();

    // S3 is back: the same confirmation goes through.
    const retried = await confirm();
    expect(retried.status).toBe(200);
  });
});

describe("Cognito's admin API failing", () => {
  it("answers 503 when adding a user to a group fails during a role assignment", async () => {
    const person = await ctx.newUser();
    const { userId } = await ok(api(person).api.me.$get());
    const cognitoMock = simulatedCognito();
    cognitoMock.on(AdminListGroupsForUserCommand).resolves({ Groups: [] });
    cognitoMock.on(AdminAddUserToGroupCommand).callsFake(() => Promise.reject(cognitoDown()));
    await expectRetryLater(
      await api(admin).api.admin.users[":userId"].roles.$put({
        param: { userId },
        json: { roles: ["trainer"] },
      }),
    );
    expect(cognitoMock.commandCalls(AdminAddUserToGroupCommand)).toHaveLength(1);
  });

  it("answers 503 when the trainers cannot be listed for co-trainers", async () => {
    const trainer = await ctx.newUser({ groups: ["trainer"] });
    const cognitoMock = simulatedCognito();
    cognitoMock.on(ListUsersInGroupCommand).callsFake(() => Promise.reject(refused()));
    await expectRetryLater(await api(trainer).api.trainers.$get());
  });

  it("answers 503 when the sign-in cannot be deleted with the account", async () => {
    const person = await ctx.newUser();
    await api(person).api.me.$get();
    const cognitoMock = simulatedCognito();
    cognitoMock.on(AdminDeleteUserCommand).callsFake(() => Promise.reject(cognitoDown()));
    await expectRetryLater(await api(person).api.me.$delete());
  });
});
