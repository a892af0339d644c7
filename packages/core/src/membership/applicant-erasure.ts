import type { Member } from "../auth/index.ts";
import type { DataService } from "../data/service.ts";
import { applicationStore } from "./application-store.ts";
import type { ApplicationItem } from "./membership-application.entity.ts";
import { OPEN_APPLICATION_STATES } from "./schemas.ts";

/** What an application and its log show instead of the name of an applicant who left. */
export const ERASED_NAME = "Deleted account";

const isOpen = (item: ApplicationItem) =>
  (OPEN_APPLICATION_STATES as readonly string[]).includes(item.state);

/**
 * What deleting an account does to the person's membership applications (decision 0033):
 * an open one is withdrawn, logged as such, and no longer blocks anyone; every one loses
 * the applicant's name and title, in the application and in the log entries the applicant
 * wrote. An approved application is the record of how a city joined, so it keeps the
 * city's facts and its endorsing representative; the others, decided or withdrawn and of
 * no further use, lose the representative's name, office and e-mail as well. Idempotent:
 * a deletion that failed half-way runs it again.
 */
export async function eraseApplicant(
  data: DataService,
  member: Member,
  now: () => Date,
): Promise<void> {
  const store = applicationStore(data, now);
  const erased: Member = { ...member, displayName: ERASED_NAME };
  const { data: applications } = await data.entities.membershipApplication.query
    .byApplicant({ applicantId: member.userId })
    .go({ pages: "all" });
  for (const item of applications) {
    const changes: Partial<ApplicationItem> = {
      applicantName: ERASED_NAME,
      applicantTitle: ERASED_NAME,
      ...(item.state !== "approved" && {
        representativeName: ERASED_NAME,
        representativeOffice: ERASED_NAME,
        representativeEmail: "",
      }),
    };
    if (isOpen(item)) {
      await store.step(item, erased, {
        state: "withdrawn",
        closes: true,
        changes,
        message: "Withdrawn: the applicant deleted their account.",
      });
    } else if (
      Object.entries(changes).some(([key, value]) => item[key as keyof ApplicationItem] !== value)
    ) {
      await data.entities.membershipApplication
        .patch({ applicationId: item.applicationId })
        .set({ ...changes, updatedAt: now().toISOString(), version: item.version + 1 })
        .where((attributes, { eq }) => eq(attributes.version, item.version))
        .go();
    }
    const { data: log } = await data.entities.membershipEvent.query
      .byApplication({ applicationId: item.applicationId })
      .go({ pages: "all" });
    for (const entry of log) {
      if (entry.by !== member.userId || entry.byName === ERASED_NAME) continue;
      // Log entries are never changed by the app; this one loses a name, in place.
      await data.entities.membershipEvent.put({ ...entry, byName: ERASED_NAME }).go();
    }
  }
}
