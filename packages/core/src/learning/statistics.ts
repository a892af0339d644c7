import { type DynamoDBDocumentClient, QueryCommand } from "@aws-sdk/lib-dynamodb";
import { courseNotFound, currentAuthor, ownsCourse, ownsCourseByToken } from "../academy/index.ts";
import { currentMember, isAdmin, managesCity, requireRole } from "../auth/index.ts";
import type { DataService } from "../data/service.ts";
import { VisibleError } from "../errors.ts";
import { lessonsOf } from "./progress.ts";
import type { CityLearningStats, CourseStats } from "./statistics-schemas.ts";

const DAY_MS = 24 * 60 * 60 * 1000;
const rate = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 100) : 0);

/**
 * Figures for a course's trainers and a city's contributors, read from counters
 * kept as learners progress, never by reading every enrolment. Aggregates only.
 */
export function statisticsUseCases(
  data: DataService,
  client: DynamoDBDocumentClient,
  now: () => Date = () => new Date(),
) {
  /**
   * The course's counters, draft and listing in one Query of the course's
   * partition: their sort keys start with `$coursecounter`, `$coursedraft` and
   * `$courselisting`, which sort together before the versions.
   */
  async function courseItems(courseId: string) {
    const { courseCounter, courseDraft, courseListing } = data.entities;
    const keys = courseDraft.get({ courseId }).params() as {
      TableName: string;
      Key: { pk: string; sk: string };
    };
    const result = await client.send(
      new QueryCommand({
        TableName: keys.TableName,
        KeyConditionExpression: "#pk = :pk AND #sk BETWEEN :from AND :to",
        ExpressionAttributeNames: { "#pk": "pk", "#sk": "sk" },
        ExpressionAttributeValues: {
          ":pk": keys.Key.pk,
          ":from": "$coursecounter",
          ":to": "$courselisting~",
        },
      }),
    );
    const items: Record<string, unknown>[] = result.Items ?? [];
    const of = (entity: string) => items.filter((item) => item.__edb_e__ === entity);
    const [draft] = courseDraft.parse({ Items: of("courseDraft") }).data;
    const [listing] = courseListing.parse({ Items: of("courseListing") }).data;
    const counters = courseCounter.parse({ Items: of("courseCounter") }).data;
    return { draft, listing, counters };
  }

  return {
    async course(courseId: string): Promise<CourseStats> {
      const actor = requireRole("trainer", "admin");
      const [{ draft, listing, counters }, active] = await Promise.all([
        courseItems(courseId),
        data.entities.enrolment.query
          .byCourseActivity({ courseId })
          .gte({ lastActiveAt: new Date(now().getTime() - 30 * DAY_MS).toISOString() })
          .go({ pages: "all", attributes: ["lastActiveAt"] }),
      ]);
      if (!draft) throw courseNotFound();
      const owns = ownsCourseByToken(actor, draft) ?? ownsCourse(await currentAuthor(data), draft);
      if (!owns) {
        throw new VisibleError(
          "forbidden",
          "not-your-course",
          "Only this course's trainers see its figures.",
        );
      }
      const byScope = new Map(counters.map((counter) => [counter.scope, counter]));
      const totals = byScope.get("course");
      const enrolled = totals?.enrolled ?? 0;
      const completed = totals?.completed ?? 0;
      const course = listing?.view ?? null;
      const lessons = course ? lessonsOf(course) : [];
      return {
        courseId,
        title: course?.title ?? draft.fields.title,
        versionNumber: course?.versionNumber ?? null,
        enrolled,
        active30Days: active.data.length,
        completed,
        completionRate: rate(completed, enrolled),
        lessons: lessons.map((lesson) => ({
          lessonId: lesson.lessonId,
          title: lesson.title,
          kind: lesson.content.kind,
          optional: lesson.optional,
          done: byScope.get(lesson.lessonId)?.done ?? 0,
        })),
        quizzes: lessons
          .filter((lesson) => lesson.content.kind === "quiz")
          .map((lesson) => {
            const figures = byScope.get(lesson.lessonId);
            const attempters = figures?.attempters ?? 0;
            const attempts = figures?.attempts ?? 0;
            const passes = figures?.passes ?? 0;
            return {
              lessonId: lesson.lessonId,
              title: lesson.title,
              attempters,
              attempts,
              passes,
              passRate: rate(passes, attempters),
              averageAttempts: attempters > 0 ? Math.round((attempts / attempters) * 10) / 10 : 0,
            };
          }),
      };
    },

    async city(cityId: string): Promise<CityLearningStats> {
      const member = await currentMember(data);
      if (!managesCity(member, cityId) && !isAdmin(member)) {
        throw new VisibleError(
          "forbidden",
          "not-your-city",
          "Only this city's contributors and administrators see its learning figures.",
        );
      }
      const found = await data.entities.cityCourseCounter.query
        .byCity({ cityId })
        .go({ pages: "all" });
      return {
        cityId,
        courses: found.data
          .map((counter) => ({
            courseId: counter.courseId,
            courseTitle: counter.courseTitle ?? "",
            enrolled: counter.enrolled ?? 0,
            completed: counter.completed ?? 0,
          }))
          .sort((a, b) => a.courseTitle.localeCompare(b.courseTitle)),
      };
    },
  };
}
