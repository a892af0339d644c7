import { beforeAll, describe, expect, it } from "vitest";
import { type Caller, ifMatch, ok, problemOf, type TestContext } from "./support/context.ts";
import {
  APPLICATION,
  anApplication,
  application,
  applicationIn,
} from "./support/membership-fixtures.ts";
import { ownTableContext } from "./support/own-table.ts";

let ctx: TestContext;
let admin: Caller;
let otherAdmin: Caller;

beforeAll(async () => {
  // Approvals make member cities: on a table of its own, they stay out of the shared directory.
  ctx = await ownTableContext("membership");
  [admin, otherAdmin] = await Promise.all([
    ctx.newUser({ groups: ["admin"] }),
    ctx.newUser({ groups: ["admin"] }),
  ]);
});

const review = (
  caller: Caller,
  applicationId: string,
  version: number,
  json: { decision: "approve" | "decline" | "request-information"; message?: string },
) =>
  application(ctx, caller).review.$post({
    param: { applicationId },
    json,
    header: ifMatch(version),
  });

describe("an application from submission to a member city", () => {
  it("is submitted, questioned, edited and resubmitted, then approved: a city with its first contributor", async () => {
    const { applicant, applicationId } = await applicationIn(ctx, "information-requested", admin);
    const mine = await ok(ctx.api(applicant).api.me["membership-applications"].$get());
    expect(mine.items.map((item) => [item.applicationId, item.state])).toEqual([
      [applicationId, "information-requested"],
    ]);

    const resubmitted = await application(ctx, applicant).resubmit.$post({
      param: { applicationId },
      json: { ...APPLICATION, region: "Pirkanmaa region" },
      header: ifMatch(2),
    });
    expect(resubmitted.status).toBe(200);
    expect(resubmitted.headers.get("etag")).toBe('"3"');

    const queued = await ok(
      ctx.api(admin).api.admin["membership-applications"].$get({ query: { state: "resubmitted" } }),
    );
    expect(queued.items.map((item) => item.applicationId)).toContain(applicationId);

    const approved = await ok(review(admin, applicationId, 3, { decision: "approve" }));
    expect(approved.state).toBe("approved");
    expect(approved.log.map((event) => [event.action, event.message])).toEqual([
      ["submitted", null],
      ["information-requested", "Who leads the network?"],
      ["resubmitted", null],
      ["approved", null],
    ]);
    const cityId = approved.cityId as string;
    const city = await ok(ctx.api().api.cities[":cityId"].$get({ param: { cityId } }));
    expect(city).toMatchObject({
      name: "Tampere",
      country: "FI",
      region: "Pirkanmaa region",
      population: 255_000,
      memberSince: new Date().toISOString().slice(0, 10),
    });

    // Signed in again, the applicant is the new city's contributor and may edit its profile.
    const contributor = await ctx.signInAgain(applicant);
    const me = await ok(ctx.api(contributor).api.me.$get());
    expect(me).toMatchObject({ cityId, roles: ["contributor"] });
    const edited = await ctx.api(contributor).api.cities[":cityId"].$patch({
      param: { cityId },
      json: { contactName: "Aino Virtanen" },
      header: ifMatch(1),
    });
    expect(edited.status).toBe(200);
  });

  it("keeps one open application per person, and a declined one lets them apply again", async () => {
    const { applicant, applicationId } = await applicationIn(ctx, "submitted", admin);
    const again = await ctx
      .api(applicant)
      .api.membership.applications.$post({ json: anApplication() });
    expect(again.status).toBe(409);
    expect((await problemOf(again)).code).toBe("application-open");

    const noReason = await review(admin, applicationId, 1, { decision: "decline" });
    expect(noReason.status).toBe(400);
    expect((await problemOf(noReason)).errors?.map((error) => error.field)).toEqual(["message"]);
    const declined = await ok(
      review(admin, applicationId, 1, { decision: "decline", message: "Not a local authority." }),
    );
    expect(declined.log.at(-1)).toMatchObject({
      action: "declined",
      message: "Not a local authority.",
    });

    const closed = await review(admin, applicationId, 2, { decision: "approve" });
    expect(closed.status).toBe(409);
    const next = await ctx
      .api(applicant)
      .api.membership.applications.$post({ json: anApplication() });
    expect(next.status).toBe(201);
  });

  it("lets the applicant withdraw, and refuses steps that are not theirs", async () => {
    const { applicant, applicationId } = await applicationIn(ctx, "submitted", admin);
    const stranger = await ctx.newUser();
    const notYours = await application(ctx, stranger).withdraw.$post({
      param: { applicationId },
      header: ifMatch(1),
    });
    expect(notYours.status).toBe(404);
    const byAdmin = await application(ctx, admin).withdraw.$post({
      param: { applicationId },
      header: ifMatch(1),
    });
    expect(byAdmin.status).toBe(403);
    const early = await application(ctx, applicant).resubmit.$post({
      param: { applicationId },
      json: anApplication(),
      header: ifMatch(1),
    });
    expect(early.status).toBe(409);
    const withdrawn = await ok(
      application(ctx, applicant).withdraw.$post({ param: { applicationId }, header: ifMatch(1) }),
    );
    expect(withdrawn.state).toBe("withdrawn");
  });

  it("refuses a form without the principles accepted or with a bad e-mail, naming the fields", async () => {
    const applicant = await ctx.newUser();
    const refused = await ctx.raw(applicant, "POST", "/api/membership/applications", {
      ...APPLICATION,
      principlesAccepted: false,
      representative: { ...APPLICATION.representative, email: "not-an-address" },
    });
    expect(refused.status).toBe(400);
    expect((await problemOf(refused)).errors?.map((error) => error.field).sort()).toEqual([
      "principlesAccepted",
      "representative.email",
    ]);
  });

  it("refuses a contributor of a member city", async () => {
    const contributor = await ctx.newUser({ groups: ["contributor"] });
    const refused = await ctx
      .api(contributor)
      .api.membership.applications.$post({ json: anApplication() });
    expect(refused.status).toBe(409);
    expect((await problemOf(refused)).code).toBe("already-contributor");
  });

  it("answers 429 with Retry-After after three applications in a day", async () => {
    const applicant = await ctx.newUser();
    const applications = ctx.api(applicant).api.membership.applications;
    for (let sent = 0; sent < 3; sent += 1) {
      const { applicationId, version } = await ok(applications.$post({ json: anApplication() }));
      await ok(
        application(ctx, applicant).withdraw.$post({
          param: { applicationId },
          header: ifMatch(version),
        }),
      );
    }
    const fourth = await applications.$post({ json: anApplication() });
    expect(fourth.status).toBe(429);
    const wait = Number(fourth.headers.get("retry-after"));
    expect(wait).toBeGreaterThan(24 * 60 * 60 - 120);
    expect(wait).toBeLessThanOrEqual(24 * 60 * 60);
  });
});

describe("two administrators deciding one application at once", () => {
  it("lets one approval win; the other gets 412 naming the current state, and the log holds one approval", async () => {
    const { applicationId } = await applicationIn(ctx, "submitted", admin, {
      form: { cityName: "Concurrent City" },
    });
    const answers = await Promise.all([
      review(admin, applicationId, 1, { decision: "approve" }),
      review(otherAdmin, applicationId, 1, { decision: "approve" }),
    ]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 412]);
    const loser = answers.find((answer) => (answer.status as number) === 412);
    expect((await problemOf(loser as Response)).detail).toMatch(/now approved \(version 2\)/);
    const current = await ok(application(ctx, admin).$get({ param: { applicationId } }));
    expect(current.log.filter((event) => event.action === "approved")).toHaveLength(1);
  });

  it("lets one of an approval and a decline win", async () => {
    const { applicationId } = await applicationIn(ctx, "submitted", admin);
    const answers = await Promise.all([
      review(admin, applicationId, 1, { decision: "approve" }),
      review(otherAdmin, applicationId, 1, { decision: "decline", message: "Out of scope." }),
    ]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 412]);
    const current = await ok(application(ctx, admin).$get({ param: { applicationId } }));
    expect(current.log).toHaveLength(2);
    expect(["approved", "declined"]).toContain(current.state);
  });
});

describe("a city already in the alliance", () => {
  it("cannot apply again (409 on cityName, whatever the case), nor be approved twice", async () => {
    const oulu = { ...APPLICATION, cityName: "Oulu", region: "North Ostrobothnia" };
    const first = await applicationIn(ctx, "submitted", admin, { form: oulu });
    const second = await applicationIn(ctx, "submitted", admin, { form: oulu });
    await ok(review(admin, first.applicationId, 1, { decision: "approve" }));

    const refused = await review(admin, second.applicationId, 1, { decision: "approve" });
    expect(refused.status).toBe(409);
    expect(await problemOf(refused)).toMatchObject({
      code: "city-already-member",
      errors: [{ field: "cityName", message: expect.stringContaining("Oulu is already a member") }],
    });
    const unchanged = await ok(
      application(ctx, admin).$get({ param: { applicationId: second.applicationId } }),
    );
    expect(unchanged).toMatchObject({ state: "submitted", version: 1 });

    const again = await ctx
      .api(await ctx.newUser())
      .api.membership.applications.$post({ json: { ...oulu, cityName: "OULU" } });
    expect(again.status).toBe(409);
    expect((await problemOf(again)).code).toBe("city-already-member");
    // Same name, another country: another city.
    const elsewhere = await ctx
      .api(await ctx.newUser())
      .api.membership.applications.$post({ json: { ...oulu, country: "SE" } });
    expect(elsewhere.status).toBe(201);
  });
});

describe("an applicant who deletes their account", () => {
  it("withdraws the open application and leaves the applicant's name in none of their applications or logs", async () => {
    const applicant = await ctx.newUser();
    const declined = await applicationIn(ctx, "submitted", admin, {
      applicant,
      form: { cityName: "Declined City" },
    });
    await ok(
      review(admin, declined.applicationId, 1, { decision: "decline", message: "Out of scope." }),
    );
    const open = await applicationIn(ctx, "information-requested", admin, { applicant });

    expect((await ctx.api(applicant).api.me.$delete()).status).toBe(204);

    const withdrawn = await ok(
      application(ctx, admin).$get({ param: { applicationId: open.applicationId } }),
    );
    expect(withdrawn).toMatchObject({
      state: "withdrawn",
      cityName: expect.stringMatching(/^Tampere \d+$/),
      applicant: { name: "Deleted account", title: "Deleted account" },
      representative: { name: "Deleted account", office: "Deleted account", email: "" },
    });
    expect(withdrawn.log.map((event) => [event.action, event.byName])).toEqual([
      ["submitted", "Deleted account"],
      ["information-requested", expect.not.stringMatching(/Deleted account/)],
      ["withdrawn", "Deleted account"],
    ]);
    const other = await ok(
      application(ctx, admin).$get({ param: { applicationId: declined.applicationId } }),
    );
    expect(other).toMatchObject({
      state: "declined",
      applicant: { name: "Deleted account" },
      representative: { email: "" },
    });
    expect(JSON.stringify([withdrawn, other])).not.toMatch(/Aino Virtanen|deputy\.mayor/);
    const queue = await ok(
      ctx.api(admin).api.admin["membership-applications"].$get({ query: { state: "withdrawn" } }),
    );
    expect(queue.items.map((item) => item.applicationId)).toContain(open.applicationId);
  });
});

describe("an administrator who applies for their city", () => {
  it("cannot decide on their own application (403); another administrator can", async () => {
    const applying = await ctx.newUser({ groups: ["admin"] });
    const { applicationId } = await applicationIn(ctx, "submitted", admin, {
      applicant: applying,
      form: { cityName: "Own City" },
    });
    const own = await review(applying, applicationId, 1, { decision: "approve" });
    expect(own.status).toBe(403);
    expect((await problemOf(own)).code).toBe("own-application");
    const current = await ok(application(ctx, admin).$get({ param: { applicationId } }));
    expect(current).toMatchObject({ state: "submitted", version: 1 });
    expect((await review(admin, applicationId, 1, { decision: "approve" })).status).toBe(200);
  });
});
