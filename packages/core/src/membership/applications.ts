import { currentMember, type Member, requireUser } from "../auth/index.ts";
import { cityAlreadyInAlliance, cityNamed } from "../cities/index.ts";
import type { DataService } from "../data/service.ts";
import { VisibleError } from "../errors.ts";
import { newId } from "../ids.ts";
import { applicationStore, toSummary } from "./application-store.ts";
import type { ApplicationItem } from "./membership-application.entity.ts";
import {
  type Application,
  type ApplicationForm,
  type ApplicationSummary,
  OPEN_APPLICATION_STATES,
} from "./schemas.ts";

/** New applications one person may send in a day (decision 0033). */
export const SUBMISSIONS_PER_DAY = 3;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The form's fields as stored (also what the demo seed stores). */
export function formFields(form: ApplicationForm) {
  return {
    cityName: form.cityName,
    country: form.country,
    region: form.region,
    population: form.population,
    applicantName: form.applicant.name,
    applicantTitle: form.applicant.title,
    representativeName: form.representative.name,
    representativeOffice: form.representative.office,
    representativeEmail: form.representative.email,
    motivation: form.motivation,
    contribution: form.contribution,
    principlesAccepted: form.principlesAccepted,
  };
}

/** A city's or region's application to join, as its applicant sends, follows, edits and withdraws it. */
export function applicantUseCases(data: DataService, now: () => Date) {
  const store = applicationStore(data, now);
  const applications = data.entities.membershipApplication;

  /** 429 with the seconds until the oldest of the day's submissions leaves the window. */
  async function assertUnderDailyLimit(member: Member, at: Date): Promise<void> {
    const since = new Date(at.getTime() - DAY_MS).toISOString();
    const recent = await applications.query
      .byApplicant({ applicantId: member.userId })
      .gt({ submittedAt: since })
      .go({ pages: "all" });
    if (recent.data.length < SUBMISSIONS_PER_DAY) return;
    const oldest = recent.data.map((item) => item.submittedAt).sort()[0] ?? since;
    const wait = Math.ceil((Date.parse(oldest) + DAY_MS - at.getTime()) / 1000);
    throw new VisibleError(
      "rate-limited",
      "too-many-applications",
      `You sent ${SUBMISSIONS_PER_DAY} applications in the last 24 hours. Try again later.`,
      [],
      { retryAfterSeconds: Math.max(1, wait) },
    );
  }

  /** 409 on `cityName` when the city applying is, or was, in the alliance already. */
  async function assertNotInAlliance(form: ApplicationForm): Promise<void> {
    const city = await cityNamed(data, form.cityName, form.country);
    if (city) throw cityAlreadyInAlliance(city);
  }

  return {
    /**
     * Sends an application for the signed-in person, who must have no other open
     * one and may not already speak for a member city (a contributor).
     */
    async submit(form: ApplicationForm): Promise<Application> {
      const actor = requireUser();
      if (actor.roles.includes("contributor")) {
        throw new VisibleError(
          "conflict",
          "already-contributor",
          "You already speak for a member city. Ask an administrator if your city should apply as well.",
        );
      }
      const member = await currentMember(data);
      const at = now();
      await assertUnderDailyLimit(member, at);
      await assertNotInAlliance(form);
      const stamp = at.toISOString();
      const item: ApplicationItem = {
        applicationId: newId("apl"),
        state: "submitted",
        applicantId: member.userId,
        ...formFields(form),
        submittedAt: stamp,
        createdAt: stamp,
        updatedAt: stamp,
        version: 1,
      };
      const result = await data.transaction
        .write(({ membershipApplication, membershipEvent, openApplication }) => [
          openApplication
            .create({ userId: member.userId, applicationId: item.applicationId })
            .commit(),
          membershipApplication.create(item).commit(),
          membershipEvent
            .create(store.event(item, member, "submitted", "submitted", stamp))
            .commit(),
        ])
        .go();
      if (result.canceled) {
        throw new VisibleError(
          "conflict",
          "application-open",
          "You already have an open application. Follow it on your application's page, or withdraw it first.",
        );
      }
      return store.withLog(item);
    },

    /** The signed-in person's applications, newest first. */
    async mine(): Promise<ApplicationSummary[]> {
      const member = await currentMember(data);
      const found = await applications.query
        .byApplicant({ applicantId: member.userId })
        .go({ pages: "all", order: "desc" });
      return found.data.map(toSummary);
    },

    /** One application with its log, for its applicant and administrators (404 for anyone else). */
    async get(applicationId: string): Promise<Application> {
      const member = await currentMember(data);
      const item = await store.load(applicationId);
      const admin = member.actor.roles.includes("admin");
      if (item.applicantId !== member.userId && !admin) {
        throw new VisibleError(
          "not-found",
          "application-not-found",
          "No application of yours has this id.",
        );
      }
      return store.withLog(item);
    },

    /** Answers a request for information: the edited application goes back to the administrators. */
    async resubmit(
      applicationId: string,
      form: ApplicationForm,
      expectedVersion: number,
    ): Promise<Application> {
      const { member, item } = await store.loadFor("applicant", applicationId, expectedVersion, [
        "information-requested",
      ]);
      await assertNotInAlliance(form);
      return store.step(item, member, { state: "resubmitted", changes: formFields(form) });
    },

    /** The applicant takes back an open application; they may then send another. */
    async withdraw(applicationId: string, expectedVersion: number): Promise<Application> {
      const { member, item } = await store.loadFor(
        "applicant",
        applicationId,
        expectedVersion,
        OPEN_APPLICATION_STATES,
      );
      return store.step(item, member, { state: "withdrawn", closes: true });
    },
  };
}
