import type { AuditRecordItem } from "../audit/index.ts";
import { currentMember, isAdmin, type Member } from "../auth/index.ts";
import type { DataService } from "../data/service.ts";
import { VisibleError } from "../errors.ts";
import { newId } from "../ids.ts";
import {
  type ApplicationItem,
  applicationExpiry,
  EXPIRING_STATES,
} from "./membership-application.entity.ts";
import type {
  Application,
  ApplicationAction,
  ApplicationEvent,
  ApplicationState,
  ApplicationSummary,
} from "./schemas.ts";

export function toSummary(item: ApplicationItem): ApplicationSummary {
  return {
    applicationId: item.applicationId,
    state: item.state,
    cityName: item.cityName,
    country: item.country,
    region: item.region,
    population: item.population,
    applicant: { userId: item.applicantId, name: item.applicantName, title: item.applicantTitle },
    representative: {
      name: item.representativeName,
      office: item.representativeOffice,
      email: item.representativeEmail,
    },
    motivation: item.motivation,
    contribution: item.contribution,
    principlesAccepted: item.principlesAccepted,
    cityId: item.cityId ?? null,
    submittedAt: item.submittedAt,
    updatedAt: item.updatedAt,
    version: item.version,
  };
}

const notFound = () =>
  new VisibleError("not-found", "application-not-found", "No application of yours has this id.");

/** Names a state in messages as people read it. */
const stateName = (state: ApplicationState) => state.replace("-", " ");

/** Log entries patched inside a step's transaction: DynamoDB takes 100 items, 3 are the step's. */
const LOG_IN_TRANSACTION = 90;

/** The applicant or an administrator, each for the steps that are theirs. */
export type Party = "applicant" | "admin";

/**
 * Reading, checking and writing one application with its log. A step is one
 * transaction conditional on the version the caller saw, with its log entry.
 */
export function applicationStore(data: DataService, now: () => Date) {
  const applications = data.entities.membershipApplication;

  async function load(applicationId: string): Promise<ApplicationItem> {
    const found = await applications.get({ applicationId }).go({ consistent: true });
    if (!found.data) throw notFound();
    return found.data;
  }

  async function log(applicationId: string): Promise<ApplicationEvent[]> {
    const events = await data.entities.membershipEvent.query
      .byApplication({ applicationId })
      .go({ pages: "all" });
    return events.data.map((event) => ({
      action: event.action,
      by: event.by,
      byName: event.byName,
      message: event.message ?? null,
      at: event.at,
    }));
  }

  /** 412 or 409 after a lost race, naming the state the application is in now. */
  async function raceLost(applicationId: string): Promise<never> {
    const current = await load(applicationId);
    throw new VisibleError(
      "precondition-failed",
      "stale-version",
      `This application changed since you loaded it: it is now ${stateName(current.state)} (version ${current.version}). Reload it.`,
    );
  }

  return {
    load,
    raceLost,

    async withLog(item: ApplicationItem): Promise<Application> {
      return { ...toSummary(item), log: await log(item.applicationId) };
    },

    /**
     * The application, for `party` to take a step allowed in `states` at
     * `expectedVersion`. Someone who may not read it learns it does not exist
     * (404); one who may read it but not take this step, 403; then a stale
     * version is 412 and a state that does not allow the step 409.
     */
    async loadFor(
      party: Party,
      applicationId: string,
      expectedVersion: number,
      states: readonly ApplicationState[],
    ): Promise<{ member: Member; item: ApplicationItem }> {
      const member = await currentMember(data);
      const item = await load(applicationId);
      const isApplicant = item.applicantId === member.userId;
      const allowed = party === "admin" ? isAdmin(member) : isApplicant;
      if (!allowed) {
        if (!isApplicant && !isAdmin(member)) throw notFound();
        throw new VisibleError(
          "forbidden",
          party === "admin" ? "role-required" : "not-the-applicant",
          party === "admin"
            ? "Only administrators decide on applications."
            : "Only the applicant can do this.",
        );
      }
      if (item.version !== expectedVersion) await raceLost(applicationId);
      if (!states.includes(item.state)) {
        throw new VisibleError(
          "conflict",
          "invalid-state",
          `This application is ${stateName(item.state)}: this step is not possible now.`,
        );
      }
      return { member, item };
    },

    /** The log entry of `action` on `item`, as it is written beside the change. */
    event(
      item: ApplicationItem,
      member: Member,
      action: ApplicationAction,
      state: ApplicationState,
      at: string,
      extra: { message?: string | undefined; cityId?: string } = {},
    ) {
      return {
        applicationId: item.applicationId,
        at,
        eventId: newId("apl").slice(4),
        action,
        state,
        applicantId: item.applicantId,
        cityName: item.cityName,
        by: member.userId,
        byName: member.displayName,
        ...(extra.message && { message: extra.message }),
        ...(extra.cityId && { cityId: extra.cityId }),
      };
    },

    /**
     * One step of `member` on `item`: sets the new state (and `changes`), logs
     * `action` with `message`, and with `closes` lets the applicant open another
     * application; one transaction conditional on the version loaded.
     */
    async step(
      item: ApplicationItem,
      member: Member,
      step: {
        state: ApplicationState & ApplicationAction;
        changes?: Partial<ApplicationItem>;
        message?: string | undefined;
        closes?: boolean;
        /** An administrator's decision: its audit record, written in the same transaction. */
        audit?: (at: string) => AuditRecordItem;
      },
    ): Promise<Application> {
      const stamp = this.stamp(item, step.state);
      const ends = (EXPIRING_STATES as readonly string[]).includes(step.state);
      const expiry = ends ? { expiresAt: applicationExpiry(stamp.updatedAt) } : {};
      const next = { ...step.changes, ...stamp, ...expiry };
      const { applicationId } = item;
      // The log expires with the application, in the same transaction (a log has a few
      // entries, one per step; past what a transaction holds the rest follow it).
      // Migration 002 set it on what ended before this code.
      const logged = ends
        ? (
            await data.entities.membershipEvent.query
              .byApplication({ applicationId })
              .go({ pages: "all", attributes: ["applicationId", "at", "eventId"] })
          ).data
        : [];
      const [earlier, later] = [
        logged.slice(0, LOG_IN_TRANSACTION),
        logged.slice(LOG_IN_TRANSACTION),
      ];
      const result = await data.transaction
        .write(({ membershipApplication, membershipEvent, openApplication, auditRecord }) => [
          membershipApplication
            .patch({ applicationId })
            .set(next)
            .where((attributes, { eq }) => eq(attributes.version, item.version))
            .commit(),
          membershipEvent
            .create({
              ...this.event(item, member, step.state, step.state, next.updatedAt, {
                message: step.message,
              }),
              ...expiry,
            })
            .commit(),
          ...earlier.map((entry) => membershipEvent.patch(entry).set(expiry).commit()),
          ...(step.closes ? [openApplication.delete({ userId: item.applicantId }).commit()] : []),
          ...(step.audit ? [auditRecord.create(step.audit(next.updatedAt)).commit()] : []),
        ])
        .go();
      if (result.canceled) return raceLost(applicationId);
      for (const entry of later) await data.entities.membershipEvent.patch(entry).set(expiry).go();
      return this.withLog({ ...item, ...next });
    },

    /** What every step sets on the application: its state, the time and the next version. */
    stamp(item: ApplicationItem, state: ApplicationState) {
      return {
        state,
        // The queue's sort key is built from state, submittedAt and id: all three go with a change of state.
        submittedAt: item.submittedAt,
        updatedAt: now().toISOString(),
        version: item.version + 1,
      };
    },
  };
}
