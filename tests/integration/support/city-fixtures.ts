import { type Caller, ifMatch, ok, type TestContext } from "./context.ts";
import { type ApplicationForm, application, applicationIn } from "./membership-fixtures.ts";
import { ownTableContext } from "./own-table.ts";

type Cities = ReturnType<TestContext["api"]>["api"]["cities"][":cityId"];
export const cityOf = (ctx: TestContext, caller: Caller | undefined): Cities =>
  ctx.api(caller).api.cities[":cityId"];

/**
 * A new member city, made as the platform makes one: an application approved by
 * `admin`. Its applicant, signed in again, is the city's contributor.
 */
export async function memberCity(
  ctx: TestContext,
  admin: Caller,
  cityName: string,
  form: Partial<ApplicationForm> = {},
) {
  const made = await applicationIn(ctx, "submitted", admin, { form: { ...form, cityName } });
  const approved = await ok(
    application(ctx, admin).review.$post({
      param: { applicationId: made.applicationId },
      json: { decision: "approve" },
      header: ifMatch(made.version),
    }),
  );
  return { cityId: approved.cityId as string, contributor: await ctx.signInAgain(made.applicant) };
}

/**
 * A table of its own with two member cities and one person of each kind, for
 * tests that suspend cities or make them leave: the shared table's cities must
 * stay active for every other test, and its directory as seeded.
 */
export async function cityWorld(prefix: string, table?: string) {
  const ctx = await ownTableContext(prefix, table);
  const admin = await ctx.newUser({ groups: ["admin"] });
  const [own, other, learner, trainer, otherTrainer] = await Promise.all([
    memberCity(ctx, admin, "Tampere"),
    memberCity(ctx, admin, "Graz"),
    ctx.newUser(),
    ctx.newUser({ groups: ["trainer"] }),
    ctx.newUser({ groups: ["trainer"] }),
  ]);
  return {
    ctx,
    cityId: own.cityId,
    otherCityId: other.cityId,
    callers: {
      learner,
      contributorOwnCity: own.contributor,
      contributorOtherCity: other.contributor,
      trainer,
      otherTrainer,
      admin,
    },
  };
}

const REASON = { reason: "Decided by the alliance's board on 1 December." };

/** Brings the city to `status` as `admin` (from any status), and answers its version. */
export async function cityIn(
  ctx: TestContext,
  admin: Caller,
  cityId: string,
  status: "active" | "suspended" | "former",
): Promise<number> {
  const cities = cityOf(ctx, admin);
  let city = await ok(cities.$get({ param: { cityId } }));
  const step = async (action: "suspend" | "reinstate" | "leave") => {
    const param = { cityId };
    const header = ifMatch(city.version);
    city = await ok(
      action === "leave"
        ? cities.leave.$post({ param, json: { ...REASON, confirm: true }, header })
        : cities[action].$post({ param, json: REASON, header }),
    );
  };
  if (city.membershipStatus !== status && city.membershipStatus !== "active") {
    await step("reinstate");
  }
  if (status === "suspended" && city.membershipStatus !== "suspended") await step("suspend");
  if (status === "former" && city.membershipStatus !== "former") await step("leave");
  return city.version;
}

export { REASON as STATUS_REASON };
