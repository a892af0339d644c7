import { type CourseSummary, createCore, createDynamoClient, ROLES } from "@alliance/core";
import {
  bootstrapLocalCloud,
  DEMO_CITIES,
  DEMO_CITY_PROFILES,
  DEMO_COURSES,
  DEMO_ITEMS,
  DEMO_TRAINER,
  DEMO_USERS,
  inventory,
  LOCAL_REGION,
  SEEDED_AT,
  seedDemo,
  signIn,
} from "@alliance/dev";
import { describe, expect, inject, it } from "vitest";

const cloud = inject("localCloud");

function claims(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8"));
}

type Catalogue = ReturnType<typeof createCore>["academy"]["catalogue"];

/** Every listed course, page by page: other test files publish courses of their own meanwhile. */
async function wholeCatalogue(catalogue: Catalogue) {
  const courses: CourseSummary[] = [];
  let cursor: string | undefined;
  do {
    const page = await catalogue.search({ limit: 100, cursor });
    courses.push(...page.items);
    cursor = page.cursor ?? undefined;
  } while (cursor);
  return courses;
}

/**
 * What bootstrap and seed own, to compare two runs. Other test files run in
 * parallel and add users of their own, so only the demo ones are compared.
 */
async function snapshot() {
  const config = {
    tableName: cloud.ids.tableName,
    region: LOCAL_REGION,
    dynamoEndpoint: cloud.endpoints.dynamodb,
  };
  const client = createDynamoClient(config);
  const { data, academy } = createCore({ config, client });
  const demoUsernames = new Set<string>(DEMO_USERS.map((user) => user.username));
  try {
    const [held, cities, items, profiles, courses, catalogue] = await Promise.all([
      inventory(cloud),
      Promise.all(DEMO_CITIES.map(({ cityId }) => data.entities.city.get({ cityId }).go())),
      Promise.all(DEMO_ITEMS.map(({ itemId }) => data.entities.exchangeItem.get({ itemId }).go())),
      Promise.all(
        DEMO_USERS.map(({ userId }) => data.entities.user.query.byUserId({ userId }).go()),
      ),
      Promise.all(
        DEMO_COURSES.map(async ({ courseId }) => {
          const [draft, versions, listing] = await Promise.all([
            data.entities.courseDraft.get({ courseId }).go(),
            data.entities.courseVersion.query.byCourse({ courseId }).go({ pages: "all" }),
            data.entities.courseListing.get({ courseId }).go(),
          ]);
          return { draft: draft.data, versions: versions.data, listing: listing.data };
        }),
      ),
      wholeCatalogue(academy.catalogue),
    ]);
    const demoCourseIds = new Set(DEMO_COURSES.map((course) => course.courseId));
    return {
      ...held,
      // The local cloud's own: other test files make and drop tables and buckets meanwhile.
      tables: held.tables.filter((name) => name === cloud.ids.tableName),
      buckets: held.buckets.filter((name) => name === cloud.ids.bucket),
      users: held.users.filter((username) => demoUsernames.has(username)),
      // Creation, not version: other test files edit city profiles meanwhile.
      cities: cities.map(({ data: city }) => city && `${city.cityId} created ${city.createdAt}`),
      items: items.map(
        ({ data: item }) => item && `${item.itemId} ${item.status} ${item.createdAt}`,
      ),
      profiles: profiles.map((result) =>
        result.data.map((item) => `${item.subject} v${item.version}`),
      ),
      courses: courses.map(({ draft, versions, listing }) => ({
        draft: draft && `${draft.courseId} ${draft.status} ${draft.updatedAt} by ${draft.ownerIds}`,
        versions: versions.map((version) => `${version.versionNumber} by ${version.publishedBy}`),
        listing:
          listing && `${listing.courseId} v${listing.versionNumber} listed ${listing.listed}`,
      })),
      catalogue: catalogue
        .filter((course) => demoCourseIds.has(course.courseId))
        .map(
          (course) => `${course.courseId} v${course.versionNumber} ${course.lessonCount} lessons`,
        )
        .sort(),
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
    expect(now.users).toEqual(DEMO_USERS.map((user) => user.username).sort());
    expect(now.cities).toEqual(DEMO_CITIES.map((city) => `${city.cityId} created ${SEEDED_AT}`));
    expect(now.items).toEqual(
      DEMO_ITEMS.map((item) => `${item.itemId} ${item.status} ${item.dates.created}`),
    );
    expect(now.profiles.map((items) => items.length)).toEqual(DEMO_USERS.map(() => 1));
    for (const [index, course] of DEMO_COURSES.entries()) {
      const latest = course.publications.length;
      const updated = course.publications.at(-1)?.at;
      expect(now.courses[index]).toEqual({
        draft: `${course.courseId} published ${updated} by ${DEMO_TRAINER.userId}`,
        versions: course.publications.map((_, n) => `${n + 1} by ${DEMO_TRAINER.userId}`),
        listing: `${course.courseId} v${latest} listed true`,
      });
    }
    expect(now.catalogue).toEqual(
      DEMO_COURSES.map((course) => {
        const lessons = course.modules.reduce((sum, module) => sum + module.lessons.length, 0);
        return `${course.courseId} v${course.publications.length} ${lessons} lessons`;
      }).sort(),
    );
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

  it("gives a demo city seeded before matching its profile once, and keeps priorities someone set", async () => {
    const bologna = DEMO_CITIES[5];
    const profile = DEMO_CITY_PROFILES[bologna.cityId];
    const config = {
      tableName: cloud.ids.tableName,
      region: LOCAL_REGION,
      dynamoEndpoint: cloud.endpoints.dynamodb,
    };
    const client = createDynamoClient(config);
    const city = createCore({ config, client }).data.entities.city;
    const read = async () => (await city.get({ cityId: bologna.cityId }).go()).data;
    try {
      const fields = ["populationBand", "priorities", "challenges", "languages"] as const;
      await city
        .patch({ cityId: bologna.cityId })
        .remove([...fields])
        .go();
      const before = await read();
      expect((await seedDemo(cloud)).created).toEqual(["profile for matching of Bologna"]);
      expect(await read()).toMatchObject({ ...profile, version: (before?.version ?? 0) + 1 });

      await city
        .patch({ cityId: bologna.cityId })
        .set({ priorities: ["education"] })
        .remove(["languages"])
        .go();
      expect((await seedDemo(cloud)).created).toEqual([]);
      expect(await read()).toMatchObject({ priorities: ["education"] });
    } finally {
      await city.patch({ cityId: bologna.cityId }).set(profile).go();
      client.destroy();
    }
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
