import { DEMO_CITIES } from "@alliance/dev";
import { beforeAll, describe, expect, it } from "vitest";
import { type Caller, ifMatch, type TestContext, testContext } from "./support/context.ts";
import { courseApi, courseOf } from "./support/course-fixtures.ts";
import { itemIn } from "./support/exchange-fixtures.ts";

/**
 * What each kind of caller is told they may do with an item or a course, per
 * state: the `actions` field the web renders its controls from.
 */
const ACTORS = [
  "anonymous",
  "learner",
  "contributorOwnCity",
  "contributorOtherCity",
  "trainer",
  "otherTrainer",
  "admin",
] as const;
type ActorName = (typeof ACTORS)[number];

const [aarhus, rotterdam] = DEMO_CITIES;
let ctx: TestContext;
const callers = {} as Record<Exclude<ActorName, "anonymous">, Caller>;

beforeAll(async () => {
  ctx = await testContext();
  const [learner, ownCity, otherCity, trainer, otherTrainer, admin] = await Promise.all([
    ctx.newUser(),
    ctx.newUser({ groups: ["contributor"], cityId: aarhus?.cityId }),
    ctx.newUser({ groups: ["contributor"], cityId: rotterdam?.cityId }),
    ctx.newUser({ groups: ["trainer"] }),
    ctx.newUser({ groups: ["trainer"] }),
    ctx.newUser({ groups: ["admin"] }),
  ]);
  Object.assign(callers, {
    learner,
    contributorOwnCity: ownCity,
    contributorOtherCity: otherCity,
    trainer,
    otherTrainer,
    admin,
  });
});

const caller = (actor: ActorName) => (actor === "anonymous" ? undefined : callers[actor]);

/** The actions each caller gets for one item, `null` where they may not read it at all. */
async function itemActionsFor(itemId: string) {
  const seen: Record<string, string[] | null> = {};
  for (const actor of ACTORS) {
    const item = ctx.api(caller(actor)).api.exchange.items[":itemId"];
    const response = await item.$get({ query: {}, param: { itemId } });
    seen[actor] =
      response.status === 200
        ? Object.entries((await response.json()).actions)
            .filter(([, allowed]) => allowed)
            .map(([action]) => action)
            .sort()
        : null;
  }
  return seen;
}

const reader = ["bookmark"];

describe("an item tells each caller what they may do with it", () => {
  const cases: Array<{ state: string; make: () => Promise<string>; expected: object }> = [
    {
      state: "draft",
      make: async () =>
        (await itemIn(ctx, "draft", callers.contributorOwnCity, callers.admin)).itemId,
      expected: {
        anonymous: null,
        learner: null,
        contributorOwnCity: ["addFiles", "archive", "edit", "submit", "translate"],
        contributorOtherCity: null,
        trainer: null,
        otherTrainer: null,
        admin: ["archive", "translate"],
      },
    },
    {
      state: "submitted",
      make: async () =>
        (await itemIn(ctx, "submitted", callers.contributorOwnCity, callers.admin)).itemId,
      expected: {
        anonymous: null,
        learner: null,
        contributorOwnCity: ["addFiles", "archive", "edit", "translate"],
        contributorOtherCity: null,
        trainer: null,
        otherTrainer: null,
        admin: ["archive", "review", "translate"],
      },
    },
    {
      state: "published",
      make: async () =>
        (await itemIn(ctx, "published", callers.contributorOwnCity, callers.admin)).itemId,
      expected: {
        anonymous: [],
        learner: reader,
        contributorOwnCity: ["addFiles", "archive", "bookmark", "edit", "translate"],
        contributorOtherCity: reader,
        trainer: reader,
        otherTrainer: reader,
        admin: ["archive", "bookmark", "translate"],
      },
    },
    {
      state: "published, with a submitted revision",
      make: async () => {
        const { itemId, version } = await itemIn(
          ctx,
          "published",
          callers.contributorOwnCity,
          callers.admin,
        );
        const own = ctx.api(callers.contributorOwnCity).api.exchange.items[":itemId"];
        const param = { itemId };
        await own.$patch({ param, json: { title: "Mentors, revised" }, header: ifMatch(version) });
        await own.submit.$post({ param, header: ifMatch(version + 1) });
        return itemId;
      },
      expected: {
        anonymous: [],
        learner: reader,
        contributorOwnCity: [
          "addFiles",
          "archive",
          "bookmark",
          "edit",
          "translate",
          "withdrawRevision",
        ],
        contributorOtherCity: reader,
        trainer: reader,
        otherTrainer: reader,
        admin: ["archive", "bookmark", "review", "translate"],
      },
    },
  ];

  for (const { state, make, expected } of cases) {
    it(state, async () => {
      expect(await itemActionsFor(await make())).toEqual(expected);
    });
  }
});

describe("a course page tells each caller what they may do with the course", () => {
  it("offers its trainer and administrators the editor and the figures, and nobody else", async () => {
    const { courseId } = await courseOf(ctx, callers.trainer, { publish: true });
    const seen: Record<string, object> = {};
    for (const actor of ACTORS) {
      const { course, param } = courseApi(ctx, caller(actor), courseId);
      const response = await course.$get({ param });
      expect(response.status).toBe(200);
      seen[actor] = (await response.json()).actions;
    }
    const none = {
      edit: false,
      publish: false,
      unpublish: false,
      archive: false,
      statistics: false,
    };
    const all = { edit: true, publish: true, unpublish: true, archive: true, statistics: true };
    expect(seen).toEqual({
      anonymous: none,
      learner: none,
      contributorOwnCity: none,
      contributorOtherCity: none,
      trainer: all,
      otherTrainer: none,
      admin: all,
    });
  });
});
