import { createCore, createDynamoClient, ROLES } from "@alliance/core";
import {
  bootstrapLocalCloud,
  DEMO_CITIES,
  DEMO_USERS,
  LOCAL_REGION,
  localCognito,
  localDynamoDb,
  localS3,
  seedDemo,
  signIn,
} from "@alliance/dev";
import {
  ListGroupsCommand,
  ListUserPoolClientsCommand,
  ListUserPoolsCommand,
  ListUsersCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { ListTablesCommand } from "@aws-sdk/client-dynamodb";
import { ListBucketsCommand } from "@aws-sdk/client-s3";
import { describe, expect, inject, it } from "vitest";

const cloud = inject("localCloud");

function claims(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8"));
}

/** Everything bootstrap and seed could have made, counted, to compare two runs. */
async function inventory() {
  const dynamodb = localDynamoDb(cloud.endpoints.dynamodb);
  const cognito = localCognito(cloud.endpoints.cognito);
  const s3 = localS3(cloud.endpoints.s3);
  const UserPoolId = cloud.ids.userPoolId;
  const config = {
    tableName: cloud.ids.tableName,
    region: LOCAL_REGION,
    dynamoEndpoint: cloud.endpoints.dynamodb,
  };
  const documents = createDynamoClient(config);
  const { data } = createCore({ config, client: documents });
  try {
    const [tables, pools, clients, groups, users, buckets, cities] = await Promise.all([
      dynamodb.send(new ListTablesCommand({})),
      cognito.send(new ListUserPoolsCommand({ MaxResults: 60 })),
      cognito.send(new ListUserPoolClientsCommand({ UserPoolId, MaxResults: 60 })),
      cognito.send(new ListGroupsCommand({ UserPoolId })),
      cognito.send(new ListUsersCommand({ UserPoolId })),
      s3.send(new ListBucketsCommand({})),
      data.entities.city.query.byName({}).go({ pages: "all" }),
    ]);
    const demoProfiles = await Promise.all(
      DEMO_USERS.map((user) => data.entities.user.query.byUserId({ userId: user.userId }).go()),
    );
    return {
      tables: tables.TableNames,
      pools: pools.UserPools?.map((pool) => pool.Name),
      clients: clients.UserPoolClients?.length,
      groups: groups.Groups?.map((group) => group.GroupName).sort(),
      users: users.Users?.map((user) => user.Username).sort(),
      buckets: buckets.Buckets?.map((bucket) => bucket.Name),
      cities: cities.data.map((city) => `${city.cityId} ${city.version}`),
      profilesPerDemoUser: demoProfiles.map((result) => result.data.length),
    };
  } finally {
    documents.destroy();
    dynamodb.destroy();
    cognito.destroy();
    s3.destroy();
  }
}

describe("the local cloud", () => {
  it("was bootstrapped and seeded by the global setup", async () => {
    const before = await inventory();
    expect(before.tables).toContain(cloud.ids.tableName);
    expect(before.pools?.filter((name) => name === "alliance-local")).toHaveLength(1);
    expect(before.groups).toEqual([...ROLES].sort());
    expect(before.buckets).toContain(cloud.ids.bucket);
    for (const city of DEMO_CITIES) expect(before.cities).toContain(`${city.cityId} 1`);
    expect(before.profilesPerDemoUser).toEqual(DEMO_USERS.map(() => 1));
  });

  it("bootstrap and seed are idempotent: a second run creates nothing and finds the same ids", async () => {
    const before = await inventory();
    const again = await bootstrapLocalCloud(cloud.endpoints);
    expect(again.created).toEqual([]);
    expect(again.ids).toEqual(cloud.ids);
    const reseed = await seedDemo(cloud);
    expect(reseed.created).toEqual([]);
    expect(reseed.users.map((user) => user.key)).toEqual(DEMO_USERS.map((user) => user.key));
    expect(await inventory()).toEqual(before);
  });

  it.each(DEMO_USERS.map((user) => [user.key, user] as const))(
    "demo user %s signs in and its access token carries its groups",
    async (_key, user) => {
      const tokens = await signIn(cloud, user.username, user.password);
      const access = claims(tokens.accessToken);
      expect(access).toMatchObject({
        token_use: "access",
        username: user.username,
        client_id: cloud.ids.userPoolClientId,
        iss: cloud.ids.tokenIssuer,
      });
      // cognito-local leaves the claim out for a user in no group, as Cognito does.
      expect(access["cognito:groups"] ?? []).toEqual([...user.groups]);
      expect(tokens.idToken).toBeTruthy();
      expect(tokens.refreshToken).toBeTruthy();
    },
  );

  it("a demo user's profile is keyed by the Cognito sub of that user", async () => {
    const seeded = inject("demoUsers");
    const trainer = DEMO_USERS.find((user) => user.key === "trainer");
    if (!trainer) throw new Error("no demo trainer");
    const tokens = await signIn(cloud, trainer.username, trainer.password);
    expect(seeded.find((user) => user.key === "trainer")?.subject).toBe(
      claims(tokens.accessToken).sub,
    );
  });
});
