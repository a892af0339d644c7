import type { ApiClient } from "@alliance/api/client";
import { type Caller, ifMatch, ok, type TestContext } from "./context.ts";

type Applications = ApiClient["api"]["membership"]["applications"];
export type ApplicationForm = Parameters<Applications["$post"]>[0]["json"];

/** A complete application, as a city would send it. */
export const APPLICATION: ApplicationForm = {
  cityName: "Tampere",
  country: "FI",
  region: "Pirkanmaa",
  population: 255_000,
  applicant: { name: "Aino Virtanen", title: "Prevention coordinator" },
  representative: {
    name: "Kalle Mäkinen",
    office: "Deputy mayor for welfare",
    email: "deputy.mayor@tampere.example",
  },
  motivation:
    "Our city runs a multi-agency prevention network and wants to learn how other cities work with schools and youth services.",
  contribution:
    "We bring ten years of experience with exit work and a training programme for youth workers on online hate.",
  principlesAccepted: true,
};

let applications = 0;
/**
 * APPLICATION for a city of its own: an approval makes a member city, and the next
 * application of a city of that name is refused (409 `city-already-member`).
 */
export function anApplication(): ApplicationForm {
  applications += 1;
  return { ...APPLICATION, cityName: `${APPLICATION.cityName} ${applications}` };
}

export const application = (ctx: TestContext, caller: Caller | undefined) =>
  ctx.api(caller).api.membership.applications[":applicationId"];

/**
 * An application by `applicant` (by default a new learner), submitted, and (if
 * asked) with information requested by `admin`.
 */
export async function applicationIn(
  ctx: TestContext,
  state: "submitted" | "information-requested",
  admin: Caller,
  options: { form?: Partial<ApplicationForm>; applicant?: Caller } = {},
) {
  const applicant = options.applicant ?? (await ctx.newUser());
  const form = options.form ?? {};
  const sent = await ok(
    ctx.api(applicant).api.membership.applications.$post({ json: { ...anApplication(), ...form } }),
  );
  if (state === "submitted") return { applicant, applicationId: sent.applicationId, version: 1 };
  await ok(
    application(ctx, admin).review.$post({
      param: { applicationId: sent.applicationId },
      json: { decision: "request-information", message: "Who leads the network?" },
      header: ifMatch(1),
    }),
  );
  return { applicant, applicationId: sent.applicationId, version: 2 };
}
