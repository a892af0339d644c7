import type { DataService } from "../data/service.ts";
import { catalogEntry, type SavedSearchMatcher, type StoredItem } from "../exchange/index.ts";
import type { TableChange } from "../stream/change.ts";
import type { NotificationKind } from "./schemas.ts";

/** A notification before it has a recipient's id and key: what one change tells whom. */
export interface NotificationDraft {
  recipientId: string;
  kind: NotificationKind;
  params: Record<string, string>;
  link: string;
}

/** The domain events notifications are made from: inserts of these log entities. */
export const SOURCE_ENTITIES = [
  "moderationEvent",
  "eventLogEntry",
  "membershipEvent",
  "exchangeRequestEvent",
  "discussionEvent",
  "courseVersion",
] as const;

/** An event's change that its registered and waiting people are told of (decision 0053). */
const TOLD_CHANGES = new Set(["start", "end", "timeZone", "venue", "onlineLink"]);
const SENT_BACK = new Set(["changes-requested", "revision-changes-requested"]);
const APPROVED = new Set(["approved", "revision-approved"]);
const DECISIONS = new Set(["approved", "declined", "information-requested"]);

type Image = Readonly<Record<string, unknown>>;
const text = (image: Image, field: string) =>
  typeof image[field] === "string" ? (image[field] as string) : "";

/**
 * Who is told what of one change (decision 0062). Reads only what the log entry
 * does not carry: an item's owner and title, an event's registrations, a request's
 * participants. Nobody is told of their own step.
 */
export async function draftsFor(
  data: DataService,
  change: TableChange,
  matchesSearch: SavedSearchMatcher,
): Promise<NotificationDraft[]> {
  const image = change.newImage;
  if (change.kind !== "insert" || !image) return [];
  const action = text(image, "action");
  const by = text(image, "by");
  const drafts = await draftsOf(data, change.entity ?? "", action, image, matchesSearch);
  return drafts.filter((draft) => draft.recipientId !== "" && draft.recipientId !== by);
}

async function draftsOf(
  data: DataService,
  entity: string,
  action: string,
  image: Image,
  matchesSearch: SavedSearchMatcher,
): Promise<NotificationDraft[]> {
  switch (entity) {
    case "moderationEvent":
      return itemReviewed(data, action, image, matchesSearch);
    case "eventLogEntry":
      return eventStep(data, action, image);
    case "membershipEvent":
      return DECISIONS.has(action)
        ? [
            {
              recipientId: text(image, "applicantId"),
              kind: "application-decided",
              params: { decision: action, city: text(image, "cityName") },
              link: `/membership/applications/${text(image, "applicationId")}`,
            },
          ]
        : [];
    case "exchangeRequestEvent":
      return action === "message-posted" ? requestMessage(data, image) : [];
    case "discussionEvent":
      return action === "answered" ? [discussionAnswer(image)] : [];
    case "courseVersion":
      return courseUpdated(data, image);
    default:
      return [];
  }
}

async function itemReviewed(
  data: DataService,
  action: string,
  image: Image,
  matchesSearch: SavedSearchMatcher,
) {
  const kind: NotificationKind | null = APPROVED.has(action)
    ? "item-approved"
    : SENT_BACK.has(action)
      ? "item-sent-back"
      : null;
  if (!kind) return [];
  const itemId = text(image, "itemId");
  const item = await data.entities.exchangeItem.get({ itemId }).go();
  if (!item.data) return [];
  const draft: NotificationDraft = {
    recipientId: item.data.ownerId,
    kind,
    params: { title: item.data.title, comment: text(image, "comment") },
    link: `/exchange/items/${itemId}`,
  };
  // A first publication (not a revision's) is news for the saved searches it matches.
  const matches =
    action === "approved" ? await savedSearchMatches(data, item.data, matchesSearch) : [];
  return [draft, ...matches];
}

/**
 * The owners of the saved searches a newly published item matches (decision 0079), by
 * the exchange search's own filters; one notification a person, naming their first
 * matching search. Every saved search is read: at most 20 a member, one Query.
 */
async function savedSearchMatches(
  data: DataService,
  item: StoredItem,
  matchesSearch: SavedSearchMatcher,
) {
  if (item.status !== "published") return [];
  const searches = await data.entities.savedSearch.query.all({}).go({ pages: "all" });
  const entry = catalogEntry(item);
  const told = new Map<string, NotificationDraft>();
  for (const search of searches.data) {
    if (search.ownerId === item.ownerId || told.has(search.ownerId)) continue;
    if (!matchesSearch(entry, search.criteria)) continue;
    told.set(search.ownerId, {
      recipientId: search.ownerId,
      kind: "saved-search-match",
      params: { title: item.title, search: search.name, savedSearchId: search.savedSearchId },
      link: `/exchange/items/${item.itemId}`,
    });
  }
  return [...told.values()];
}

/**
 * A course's new version (not its first) for everyone enrolled in it who has not left,
 * found by the enrolments' course index; the person's id from their profile.
 */
async function courseUpdated(data: DataService, image: Image): Promise<NotificationDraft[]> {
  const courseId = text(image, "courseId");
  const versionNumber = Number(image.versionNumber);
  if (!(versionNumber > 1)) return [];
  const course = (image.course ?? {}) as { title?: unknown };
  const title = typeof course.title === "string" ? course.title : "";
  const enrolments = await data.entities.enrolment.query
    .byCourseActivity({ courseId })
    .go({ pages: "all", attributes: ["subject", "status"] });
  const drafts: NotificationDraft[] = [];
  for (const { subject, status } of enrolments.data) {
    if (status === "left") continue;
    const profile = await data.entities.user.get({ subject }).go({ attributes: ["userId"] });
    if (!profile.data) continue;
    drafts.push({
      recipientId: profile.data.userId,
      kind: "course-updated",
      params: { title, version: String(versionNumber) },
      link: `/courses/${courseId}`,
    });
  }
  return drafts;
}

async function eventStep(data: DataService, action: string, image: Image) {
  const eventId = text(image, "eventId");
  const common = {
    params: { title: text(image, "title"), startsAt: text(image, "startsAt") },
    link: `/events/${eventId}`,
  };
  if (action === "promoted") {
    return [{ ...common, recipientId: text(image, "userId"), kind: "event-promoted" as const }];
  }
  const changed = Array.isArray(image.changed) ? (image.changed as unknown[]) : [];
  const told =
    action === "cancelled" ||
    (action === "edited" && changed.some((field) => TOLD_CHANGES.has(String(field))));
  if (!told) return [];
  const registrations = await data.entities.eventRegistration.query
    .byEvent({ eventId })
    .go({ pages: "all", attributes: ["userId", "state"] });
  const kind = action === "cancelled" ? ("event-cancelled" as const) : ("event-changed" as const);
  const params =
    action === "cancelled"
      ? { ...common.params, reason: text(image, "message") }
      : { ...common.params, changed: changed.map(String).join(",") };
  return registrations.data
    .filter(
      (registration) => registration.state === "registered" || registration.state === "waiting",
    )
    .map((registration) => ({ ...common, params, recipientId: registration.userId, kind }));
}

/**
 * A new message is for the request's other participants: the requester and everyone
 * who took a step of the request or its thread (the asked city's contributors who
 * answered), read from the request's own log. The author is dropped by the caller.
 */
async function requestMessage(data: DataService, image: Image) {
  const requestId = text(image, "requestId");
  const steps = await data.entities.exchangeRequestEvent.query
    .byRequest({ requestId })
    .go({ pages: "all", attributes: ["by"] });
  const people = new Set([text(image, "requesterId"), ...steps.data.map((step) => step.by)]);
  return [...people].map((recipientId) => ({
    recipientId,
    kind: "request-message" as const,
    params: { author: text(image, "byName") },
    link: `/exchange-requests/${requestId}`,
  }));
}

function discussionAnswer(image: Image): NotificationDraft {
  const [kind, id] = text(image, "subject").split(":");
  const page = kind === "course" ? `/courses/${id}` : `/exchange/items/${id}`;
  return {
    recipientId: text(image, "questionAuthorId"),
    kind: "discussion-answer",
    params: { author: text(image, "byName") },
    link: `${page}#${text(image, "questionId")}`,
  };
}
