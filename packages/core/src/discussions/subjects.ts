import { type Member, managesCity } from "../auth/index.ts";
import type { DataService } from "../data/service.ts";
import { VisibleError } from "../errors.ts";
import { type AuthorRole, parseSubject } from "./schemas.ts";

/** What a discussion's subject tells: whose it is, and so whose posts are marked. */
export interface Subject {
  subject: string;
  /** The item's city (items only). */
  cityId?: string;
  /** The course's trainers (courses only). */
  trainerIds?: string[];
}

export const subjectNotFound = () =>
  new VisibleError(
    "not-found",
    "subject-not-found",
    "There is no published item or course to discuss here.",
  );

/**
 * The published item or listed course a discussion is about: one GetItem.
 * Anything else (a draft, an archived item, an unpublished course, no such id)
 * has no discussion: 404.
 */
export async function loadSubject(data: DataService, subject: string): Promise<Subject> {
  const { kind, id } = parseSubject(subject);
  if (kind === "item") {
    const item = await data.entities.exchangeItem
      .get({ itemId: id })
      .go({ attributes: ["status", "cityId"] });
    if (item.data?.status !== "published") throw subjectNotFound();
    return { subject, cityId: item.data.cityId };
  }
  const listing = await data.entities.courseListing
    .get({ courseId: id })
    .go({ attributes: ["listed", "ownerIds"] });
  if (!listing.data?.listed) throw subjectNotFound();
  return { subject, trainerIds: listing.data.ownerIds };
}

/** The mark `member`'s post gets: from the item's city, or a trainer of the course. */
export function roleOf(member: Member, subject: Subject): AuthorRole | undefined {
  if (subject.cityId && managesCity(member, subject.cityId)) return "city";
  if (subject.trainerIds?.includes(member.userId)) return "trainer";
  return undefined;
}

/** What every event of `subject` carries about whom it belongs to. */
export const subjectOwners = (subject: Subject) => ({
  ...(subject.cityId && { subjectCityId: subject.cityId }),
  ...(subject.trainerIds && { subjectTrainerIds: subject.trainerIds }),
});
