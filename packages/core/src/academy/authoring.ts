import { type IdentityDirectory, isAdmin } from "../auth/index.ts";
import { isConditionalCheckFailed } from "../data/errors.ts";
import type { DataService } from "../data/service.ts";
import { VisibleError } from "../errors.ts";
import { newId } from "../ids.ts";
import type { StoredDraft } from "./course.entity.ts";
import { COURSE_RULES } from "./course-policy.ts";
import {
  checkCitations,
  checkScormPackage,
  checkWorkshop,
  citedInDraft,
  withDocument,
} from "./lesson-references.ts";
import * as outline from "./outline.ts";
import {
  COURSE_DEFAULTS,
  type CourseCreate,
  type CourseDraft,
  type CourseDraftSummary,
  type CourseModule,
  type CoursePatch,
  type LessonCreate,
  type LessonMove,
  type LessonPatch,
  type ModuleMove,
} from "./schemas.ts";
import { currentAuthor, loadOwnDraft, ownsCourse, staleCourse } from "./trainers.ts";
import { toDraft } from "./views.ts";

/*
 * A draft is one DynamoDB item (its whole outline), and an item holds at most
 * 400 KB: past that the write fails and the author saw a 500. Its JSON size is a
 * little above its stored size; the rest is headroom for the published version,
 * which copies the outline.
 */
const DRAFT_MAX_BYTES = 360_000;

const courseTooLarge = () =>
  new VisibleError(
    "conflict",
    "course-too-large",
    "This change would make the course too large to save. Shorten some lessons or split the course in two.",
  );

/** Creating and editing a course's draft: fields, modules, lessons, trainers. */
export function authoringUseCases(
  data: DataService,
  directory: IdentityDirectory,
  now: () => Date = () => new Date(),
) {
  const drafts = data.entities.courseDraft;

  /** Loads the draft for an owner, checks If-Match, writes `changes` conditional on the version. */
  async function change(
    courseId: string,
    expectedVersion: number,
    changes: (draft: StoredDraft) => Partial<StoredDraft> | Promise<Partial<StoredDraft>>,
  ): Promise<CourseDraft> {
    const { draft } = await loadOwnDraft(data, courseId);
    if (draft.version !== expectedVersion) throw staleCourse();
    if (!COURSE_RULES.edit(draft.status)) {
      throw new VisibleError("conflict", "invalid-status", "An archived course cannot be edited.");
    }
    const next = {
      ...(await changes(draft)),
      updatedAt: now().toISOString(),
      version: draft.version + 1,
    };
    if (new TextEncoder().encode(JSON.stringify({ ...draft, ...next })).length > DRAFT_MAX_BYTES) {
      throw courseTooLarge();
    }
    try {
      await drafts
        .patch({ courseId })
        .set(next)
        .where((attributes, { eq }) => eq(attributes.version, expectedVersion))
        .go();
    } catch (error) {
      if (isConditionalCheckFailed(error)) throw staleCourse();
      throw error;
    }
    return toDraft({ ...draft, ...next });
  }

  const outlineChange =
    (edit: (modules: CourseModule[]) => CourseModule[]) => (draft: StoredDraft) => ({
      modules: edit(draft.modules),
    });

  return {
    async create(input: CourseCreate): Promise<CourseDraft> {
      const member = await currentAuthor(data);
      const at = now().toISOString();
      const draft: StoredDraft = {
        courseId: newId("crs"),
        status: "draft",
        ownerIds: [member.userId],
        ownerSubjects: [member.actor.subject],
        trainers: [{ userId: member.userId, displayName: member.displayName }],
        fields: { ...COURSE_DEFAULTS, ...input },
        modules: [],
        publishedVersion: 0,
        createdAt: at,
        updatedAt: at,
        version: 1,
      };
      await drafts.create(draft).go();
      return toDraft(draft);
    },

    /** The caller's courses (every course, for an administrator), most recently changed first. */
    async mine(): Promise<CourseDraftSummary[]> {
      const member = await currentAuthor(data);
      const query = drafts.query.all({});
      const result = await (isAdmin(member)
        ? query
        : query.where(({ ownerIds }, { contains }) => contains(ownerIds, member.userId))
      ).go({
        pages: "all",
        attributes: [
          "courseId",
          "fields",
          "status",
          "trainers",
          "ownerIds",
          "publishedVersion",
          "updatedAt",
        ],
      });
      return result.data
        .filter((draft) => ownsCourse(member, draft))
        .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
        .map((draft) => ({
          courseId: draft.courseId,
          title: draft.fields.title,
          status: draft.status,
          trainers: draft.trainers,
          publishedVersion: draft.publishedVersion > 0 ? draft.publishedVersion : null,
          updatedAt: draft.updatedAt,
        }));
    },

    /** People who may be added as co-trainers: holders of the trainer role with a profile. */
    async trainers(): Promise<CourseDraft["trainers"]> {
      await currentAuthor(data);
      const subjects = await directory.membersOf("trainer");
      if (subjects.length === 0) return [];
      const found = await data.entities.user
        .get(subjects.map((subject) => ({ subject })))
        .go({ attributes: ["userId", "displayName"] });
      return found.data
        .map((user) => ({ userId: user.userId, displayName: user.displayName }))
        .sort((a, b) => a.displayName.localeCompare(b.displayName));
    },

    async get(courseId: string): Promise<CourseDraft> {
      return toDraft((await loadOwnDraft(data, courseId)).draft);
    },

    update: (courseId: string, patch: CoursePatch, version: number) =>
      change(courseId, version, (draft) => ({ fields: { ...draft.fields, ...patch } })),

    addModule: (courseId: string, title: string, version: number) =>
      change(
        courseId,
        version,
        outlineChange((m) => outline.addModule(m, title)),
      ),
    renameModule: (courseId: string, moduleId: string, title: string, version: number) =>
      change(
        courseId,
        version,
        outlineChange((m) => outline.renameModule(m, moduleId, title)),
      ),
    removeModule: (courseId: string, moduleId: string, version: number) =>
      change(
        courseId,
        version,
        outlineChange((m) => outline.removeModule(m, moduleId)),
      ),
    moveModule: (courseId: string, moduleId: string, move: ModuleMove, version: number) =>
      change(
        courseId,
        version,
        outlineChange((m) => outline.moveModule(m, moduleId, move)),
      ),

    addLesson: (courseId: string, moduleId: string, input: LessonCreate, version: number) =>
      change(courseId, version, async (draft) => {
        await checkCitations(data, input.citations, citedInDraft(draft));
        await checkWorkshop(data, input.content);
        await checkScormPackage(data, courseId, input.content);
        const lesson = { ...input, content: withDocument(draft, input.content) };
        return { modules: outline.addLesson(draft.modules, moduleId, lesson) };
      }),
    editLesson: (courseId: string, lessonId: string, patch: LessonPatch, version: number) =>
      change(courseId, version, async (draft) => {
        if (patch.citations) await checkCitations(data, patch.citations, citedInDraft(draft));
        if (patch.content) await checkWorkshop(data, patch.content);
        if (patch.content) await checkScormPackage(data, courseId, patch.content);
        const edit = patch.content
          ? { ...patch, content: withDocument(draft, patch.content) }
          : patch;
        return { modules: outline.editLesson(draft.modules, lessonId, edit) };
      }),
    removeLesson: (courseId: string, lessonId: string, version: number) =>
      change(
        courseId,
        version,
        outlineChange((m) => outline.removeLesson(m, lessonId)),
      ),
    moveLesson: (courseId: string, lessonId: string, move: LessonMove, version: number) =>
      change(
        courseId,
        version,
        outlineChange((m) => outline.moveLesson(m, lessonId, move)),
      ),

    /** Adds a co-trainer (someone with the trainer role) as an owner of the course. */
    addTrainer: (courseId: string, userId: string, version: number) =>
      change(courseId, version, async (draft) => {
        if (draft.ownerIds.includes(userId)) return {};
        const users = await data.entities.user.query.byUserId({ userId }).go({ limit: 1 });
        const user = users.data[0];
        if (!user) {
          throw new VisibleError("not-found", "user-not-found", "No user with this id.");
        }
        if (!(await directory.rolesOf(user.username)).includes("trainer")) {
          throw new VisibleError(
            "conflict",
            "not-a-trainer",
            `${user.displayName} is not a trainer; an administrator can give them the trainer role first.`,
          );
        }
        return {
          ownerIds: [...draft.ownerIds, userId],
          ownerSubjects: [...(draft.ownerSubjects ?? []), user.subject],
          trainers: [...draft.trainers, { userId, displayName: user.displayName }],
        };
      }),
  };
}
