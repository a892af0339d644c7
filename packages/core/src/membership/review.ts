import { decisionAudit } from "../audit/index.ts";
import { type IdentityDirectory, type Member, requireRole } from "../auth/index.ts";
import { cityAlreadyInAlliance, cityNamed, newMemberCity } from "../cities/index.ts";
import type { Page } from "../data/pagination.ts";
import { queryPage } from "../data/pagination.ts";
import type { DataService } from "../data/service.ts";
import { VisibleError } from "../errors.ts";
import { findUser } from "../people/lookup.ts";
import { applicationStore, toSummary } from "./application-store.ts";
import type { ApplicationItem } from "./membership-application.entity.ts";
import type {
  Application,
  ApplicationQueueQuery,
  ApplicationReview,
  ApplicationState,
  ApplicationSummary,
} from "./schemas.ts";

/** An administrator's decision on an application, for the audit log (decision 0050). */
function applicationAudit(
  member: Member,
  item: ApplicationItem,
  action: "application-approved" | "application-declined" | "application-information-requested",
  state: ApplicationState,
  at: string,
  reason?: string,
) {
  return decisionAudit(
    member,
    action,
    { id: item.applicationId, name: `${item.cityName} (${item.country})` },
    { before: `state: ${item.state}`, after: `state: ${state}`, reason },
    at,
  );
}

/** Applications an administrator may decide on: those waiting for review. */
const AWAITING_REVIEW = ["submitted", "resubmitted"] as const;

/**
 * Administrators' side of membership: the queue, and the three decisions. Each
 * decision is one transaction conditional on the version the administrator saw,
 * so of two administrators deciding at once one wins and the other gets 412.
 */
export function reviewUseCases(data: DataService, directory: IdentityDirectory, now: () => Date) {
  const store = applicationStore(data, now);

  return {
    /** Applications in `state` (every state when absent), oldest first: one Query of gsi2. */
    async queue(query: ApplicationQueueQuery): Promise<Page<ApplicationSummary>> {
      requireRole("admin");
      const byState = data.entities.membershipApplication.query.byState(
        query.state ? { state: query.state } : {},
      );
      const page = await queryPage(byState, query);
      return { items: page.items.map(toSummary), cursor: page.cursor };
    },

    async review(
      applicationId: string,
      review: ApplicationReview,
      expectedVersion: number,
    ): Promise<Application> {
      const { member, item } = await store.loadFor(
        "admin",
        applicationId,
        expectedVersion,
        AWAITING_REVIEW,
      );
      if (item.applicantId === member.userId) {
        throw new VisibleError(
          "forbidden",
          "own-application",
          "You sent this application: another administrator decides on it.",
        );
      }
      if (review.decision === "approve") return approve(member, item);
      const state = review.decision === "decline" ? "declined" : "information-requested";
      // A declined application is closed: its applicant may send another.
      return store.step(item, member, {
        state,
        message: review.message,
        closes: state === "declined",
        audit: (at) =>
          applicationAudit(member, item, `application-${state}`, state, at, review.message),
      });
    },
  };

  /**
   * Creates the member city, names it on the applicant's profile and closes the
   * application, in one transaction; then makes the applicant a contributor
   * (Cognito group, outside the transaction: see decision 0033), or leaves that
   * to the change stream when Cognito fails.
   */
  async function approve(
    member: Parameters<typeof store.event>[1],
    item: ApplicationItem,
  ): Promise<Application> {
    const applicant = await findUser(data, item.applicantId);
    const roles = await directory.rolesOf(applicant.username);
    if (roles.includes("contributor")) {
      // The approval of another administrator, finished a moment ago, made them one.
      const current = await store.load(item.applicationId);
      if (current.version !== item.version) return store.raceLost(item.applicationId);
      throw new VisibleError(
        "conflict",
        "applicant-is-contributor",
        "The applicant already speaks for a member city; decline this application or change their roles first.",
      );
    }
    // Another application for the same city may have been approved since this one was sent.
    const existing = await cityNamed(data, item.cityName, item.country);
    if (existing) {
      // Or this very application, approved a moment ago by another administrator.
      const current = await store.load(item.applicationId);
      if (current.version !== item.version) return store.raceLost(item.applicationId);
      throw cityAlreadyInAlliance(existing);
    }
    const at = now();
    const city = newMemberCity(item, at);
    const next = { ...store.stamp(item, "approved"), cityId: city.cityId };
    const result = await data.transaction
      .write(
        ({
          membershipApplication,
          membershipEvent,
          openApplication,
          city: cities,
          user,
          auditRecord,
        }) => [
          membershipApplication
            .patch({ applicationId: item.applicationId })
            .set(next)
            .where((attributes, { eq }) => eq(attributes.version, item.version))
            .commit(),
          membershipEvent
            .create(
              store.event(item, member, "approved", "approved", next.updatedAt, {
                cityId: city.cityId,
              }),
            )
            .commit(),
          openApplication.delete({ userId: item.applicantId }).commit(),
          cities.create(city).commit(),
          auditRecord
            .create(
              applicationAudit(member, item, "application-approved", "approved", next.updatedAt),
            )
            .commit(),
          user
            .patch({ subject: applicant.subject })
            .set({ cityId: city.cityId, updatedAt: next.updatedAt, version: applicant.version + 1 })
            .where((attributes, { eq }) => eq(attributes.version, applicant.version))
            .commit(),
        ],
      )
      .go();
    if (result.canceled) {
      const current = await store.load(item.applicationId);
      if (current.version !== item.version) return store.raceLost(item.applicationId);
      throw new VisibleError(
        "conflict",
        "profile-changed",
        "The applicant's profile changed at the same moment. Please try again.",
      );
    }
    // The approval stands once committed. Should Cognito fail now, the `approved` log
    // entry's consumer on the change stream grants the role (contributor-grant.ts);
    // the administrator is not told of a failure that heals itself.
    await directory.setRoles(applicant.username, [...roles, "contributor"]).catch(() => {});
    return store.withLog({ ...item, ...next });
  }
}
