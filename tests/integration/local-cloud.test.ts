import { createCore, createDynamoClient, ROLES } from "@alliance/core";
import {
  bootstrapLocalCloud,
  DEMO_CITIES,
  DEMO_USERS,
  inventory,
  LOCAL_REGION,
  seedDemo,
  signIn,
} from "@alliance/dev";
import { describe, expect, inject, it } from "vitest";

const cloud = inject("localCloud");

function claims(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8"));
}

/** The emulators' resources plus the seeded items, to compare two runs. */
async function snapshot() {
  const config = {
    tableName: cloud.ids.tableName,
    region: LOCAL_REGION,
    dynamoEndpoint: cloud.endpoints.dynamodb,
  };
  const client = createDynamoClient(config);
  const { data } = createCore({ config, client });
  try {
    const cities = await data.entities.city.query.byName({}).go({ pages: "all" });
    const profiles = await Promise.all(
      DEMO_USERS.map((user) => data.entities.user.query.byUserId({ userId: user.userId }).go()),
    );
    return {
      ...(await inventory(cloud)),
      cities: cities.data.map((city) => `${city.cityId} v${city.version} ${city.updatedAt}`),
      profiles: profiles.map((result) =>
        result.data.map((item) => `${item.subject} v${item.version}`),
      ),
    };
  } finally {
    client.destroy();
  }
}

describe("the local cloud", () => {
  it("was bootstrapped and seeded by the global setup", async () => {
    const now = await snapshot();
    expect(now.tables).toContain(cloud.ids.tableName);
    expect(now.userPools.filter((name) => name === "alliance-local")).toHaveLength(1);
    expect(now.userPoolClients).toHaveLength(1);
    expect(now.groups).toEqual([...ROLES].sort());
    expect(now.buckets).toContain(cloud.ids.bucket);
    for (const user of DEMO_USERS) expect(now.users).toContain(user.username);
    for (const city of DEMO_CITIES) {
      expect(now.cities.filter((line) => line.startsWith(`${city.cityId} v1 `))).toHaveLength(1);
    }
    expect(now.profiles.map((items) => items.length)).toEqual(DEMO_USERS.map(() => 1));
  });

  it("bootstrap and seed are idempotent: a second run creates nothing and finds the same ids", async () => {
    const before = await snapshot();
    const again = await bootstrapLocalCloud(cloud.endpoints);
    expect(again.created).toEqual([]);
    expect(again.ids).toEqual(cloud.ids);
    const reseed = await seedDemo(cloud);
    expect(reseed.created).toEqual([]);
    expect(reseed.users).toEqual(inject("demoUsers"));
    expect(await snapshot()).toEqual(before);
  });

  it.each(DEMO_USERS.map((user) => [user.key, user] as const))(
    "demo user %s signs in; the access token carries its groups",
    async (_key, user) => {
      const tokens = await signIn(cloud, user.username, user.password);
      const access = claims(tokens.accessToken);
      expect(access).toMatchObject({
        token_use: "access",
        username: user.username,
        client_id: cloud.ids.userPoolClientId,
        iss: cloud.ids.tokenIssuer,
      });
      if (user.groups.length > 0) expect(access["cognito:groups"]).toEqual([...user.groups]);
      else expect(access["cognito:groups"] ?? []).toEqual([]);
      expect(tokens.idToken).toBeTruthy();
      expect(tokens.refreshToken).toBeTruthy();
    },
  );

  it("each demo profile is keyed by its user's Cognito sub", async () => {
    for (const seeded of inject("demoUsers")) {
      const user = DEMO_USERS.find((demo) => demo.key === seeded.key);
      if (!user) throw new Error(`unknown demo user ${seeded.key}`);
      const tokens = await signIn(cloud, user.username, user.password);
      expect(claims(tokens.accessToken).sub, user.key).toBe(seeded.subject);
    }
  });
});
