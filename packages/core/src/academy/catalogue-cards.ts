import { setTimeout as sleep } from "node:timers/promises";
import { isDeepStrictEqual } from "node:util";
import type { DataService } from "../data/service.ts";
import { VisibleError } from "../errors.ts";
import { cardOf } from "./course-summary.entity.ts";
import type { CourseSummary } from "./schemas.ts";

/** The catalogue item's cards, from its JSON text (course-catalogue.entity.ts). */
export const cardsOf = (item: { cards: string }): CourseSummary[] => JSON.parse(item.cards);

/**
 * The most the catalogue item's cards may take, well under DynamoDB's 400 KB an item
 * (some 200 courses of about 1.4 KB). Past it the item is kept without cards ("full")
 * and the catalogue reads the summaries again, as before decision 0104.
 */
export const CATALOGUE_MAX_BYTES = 300 * 1024;

/** Newest first, as the catalogue lists them. */
export const catalogueOrder = (course: CourseSummary) => `${course.publishedAt}|${course.courseId}`;

/** What one write does to a course's place in the catalogue: its card, or null when not listed. */
export interface CardChange {
  courseId: string;
  card: CourseSummary | null;
}

/** Tries of a write whose catalogue item another write changed meanwhile (then busy, 503). */
export const CATALOGUE_ATTEMPTS = 8;

type WriteBuilder = Parameters<DataService["transaction"]["write"]>[0];
type TransactionEntities = Parameters<WriteBuilder>[0];
type TransactionWrite = ReturnType<WriteBuilder>[number];

/** Every listed course's card, from the summaries (one paged Query of their index). */
export async function listedSummaryCards(data: DataService): Promise<CourseSummary[]> {
  const result = await data.entities.courseSummary.query
    .catalogue({})
    .where(({ listed }, { eq }) => eq(listed, true))
    .go({ pages: "all", attributes: ["card"] });
  return result.data.map(cardOf);
}

/**
 * The catalogue item as stored now (a consistent read), or null before its first
 * write; its cards are null once it is full.
 */
async function storedCatalogue(data: DataService) {
  const { data: stored } = await data.entities.courseCatalogue.get({}).go({ consistent: true });
  if (!stored) return null;
  const { cards, version } = stored;
  return { cards: cards === undefined ? null : cardsOf({ cards }), version };
}

/** The cards as the item holds them, or undefined when they would not fit. */
function cardsText(cards: CourseSummary[]): string | undefined {
  const text = JSON.stringify(cards);
  return Buffer.byteLength(text) > CATALOGUE_MAX_BYTES ? undefined : text;
}

function withChange(cards: CourseSummary[], change: CardChange): CourseSummary[] {
  const others = cards.filter((card) => card.courseId !== change.courseId);
  const next = change.card ? [...others, change.card] : others;
  return next.sort((a, b) => catalogueOrder(b).localeCompare(catalogueOrder(a)));
}

const catalogueBusy = () =>
  new VisibleError(
    "unavailable",
    "catalogue-busy",
    "The catalogue is being changed by other publications. Try again.",
    [],
    { retryAfterSeconds: 1 },
  );

/**
 * Runs `writes` and the catalogue item's change in one transaction (decision 0104).
 * The catalogue item is read (consistently), changed and put on the condition that its
 * `version` is still the one read; before its first write it is built from the
 * summaries and created on the condition that it does not exist. Cards that would take
 * more than CATALOGUE_MAX_BYTES are left out for good ("full"). When only the
 * catalogue item stops the transaction (another write changed it, or was changing it),
 * the whole transaction is tried again from a fresh read, up to CATALOGUE_ATTEMPTS
 * times, with a short random pause; past that the caller is told to retry (503). When
 * one of `writes`' own conditions stops it, nothing is written and the answer is
 * "canceled", for the caller to say what that means (a stale course, most often).
 */
export async function writeWithCatalogue(
  data: DataService,
  change: CardChange,
  writes: (entities: TransactionEntities) => TransactionWrite[],
  now: () => Date = () => new Date(),
): Promise<"written" | "canceled"> {
  for (let attempt = 1; ; attempt += 1) {
    const stored = await storedCatalogue(data);
    // A full item stays full: its cards, were they made again from the summaries'
    // index (read eventually consistent), could miss a publish that just happened.
    const cards =
      stored?.cards === null
        ? undefined
        : cardsText(withChange(stored?.cards ?? (await listedSummaryCards(data)), change));
    const item = {
      ...(cards !== undefined && { cards }),
      version: (stored?.version ?? 0) + 1,
      updatedAt: now().toISOString(),
    };
    const result = await data.transaction
      .write((entities) => [
        ...writes(entities),
        stored
          ? entities.courseCatalogue
              .put(item)
              .where(({ version }, { eq }) => eq(version, stored.version))
              .commit()
          : entities.courseCatalogue.create(item).commit(),
      ])
      .go();
    if (!result.canceled) return "written";
    // One reason per write, in order (ElectroDB's own shape, which its types cannot
    // infer for writes built by a caller).
    const reasons = result.data as unknown as { rejected: boolean; code: string }[];
    const catalogue = reasons.at(-1);
    const own = reasons.slice(0, -1);
    if (!catalogue?.rejected || own.some((reason) => reason.code === "ConditionalCheckFailed")) {
      return "canceled";
    }
    if (attempt >= CATALOGUE_ATTEMPTS) throw catalogueBusy();
    await sleep(Math.random() * 20 * attempt);
  }
}

/**
 * Brings the catalogue item in line with one course's summary, as migration 003 and
 * the demo seed do (decision 0104): its card when the summary is listed, none when not.
 * Null when the catalogue already says so; the write is conditional on the summary
 * still showing that version and visibility, so a publish or an unpublish that runs
 * meanwhile (and changes the catalogue itself) is never undone.
 */
export async function syncCatalogueCard(
  data: DataService,
  summary: { courseId: string; versionNumber: number; listed: boolean; card: string },
  dryRun = false,
): Promise<string | null> {
  const card = summary.listed ? cardOf(summary) : null;
  const stored = await storedCatalogue(data);
  if (stored?.cards === null) return null; // Full: the catalogue reads the summaries.
  const current = stored?.cards.find((entry) => entry.courseId === summary.courseId) ?? null;
  if (stored && isDeepStrictEqual(current, card)) return null;
  // Before its first write the item is made from every listed summary at once.
  const [verb, done, what] = !stored
    ? ["write", "wrote", `the catalogue item, from the summaries (at ${summary.courseId})`]
    : [
        ...(card ? (current ? ["replace", "replaced"] : ["add", "added"]) : ["remove", "removed"]),
        `the card of ${summary.courseId} in the catalogue`,
      ];
  if (dryRun) return `would ${verb} ${what}`;
  const outcome = await writeWithCatalogue(
    data,
    { courseId: summary.courseId, card },
    ({ courseSummary }) => [
      courseSummary
        .check({ courseId: summary.courseId })
        .where(
          ({ versionNumber, listed }, { eq }) =>
            `${eq(versionNumber, summary.versionNumber)} AND ${eq(listed, summary.listed)}`,
        )
        .commit(),
    ],
  );
  // Cancelled: a publish changed the summary, and the catalogue with it, meanwhile.
  return outcome === "canceled" ? null : `${done} ${what}`;
}
