import {
  COURSE_LEVELS,
  courseFieldsSchema,
  courseSummarySchema,
  isId,
  lessonContentSchema,
  lessonSchema,
  moduleSchema,
  publishedCourseSchema,
  toCourseSummary,
  VIDEO_HOSTS,
} from "@alliance/core";
import { describe, expect, it } from "vitest";
import {
  DEMO_COURSES,
  DEMO_TRAINER,
  type DemoCourse,
  demoCourseDraft,
  demoCourseListing,
  demoCourseVersions,
} from "./demo-courses.ts";
import { DEMO_ITEMS } from "./demo-items.ts";
import { DEMO_USERS } from "./demo-users.ts";
import { SEEDED_AT } from "./seed.ts";

const lessonsOf = (course: DemoCourse) => course.modules.flatMap((module) => module.lessons);
const quizzesOf = (course: DemoCourse) =>
  lessonsOf(course).flatMap((lesson) =>
    lesson.content.kind === "quiz" ? [{ title: lesson.title, ...lesson.content }] : [],
  );
const byTitle = DEMO_COURSES.map((course) => [course.fields.title, course] as const);

describe("DEMO_COURSES", () => {
  it("are three, with well-formed ids unique across all courses", () => {
    expect(DEMO_COURSES).toHaveLength(3);
    const ids = DEMO_COURSES.flatMap((course) => {
      expect(isId("crs", course.courseId), course.courseId).toBe(true);
      for (const module of course.modules) expect(isId("mod", module.moduleId)).toBe(true);
      for (const lesson of lessonsOf(course)) expect(isId("les", lesson.lessonId)).toBe(true);
      return [
        course.courseId,
        ...course.modules.map((module) => module.moduleId),
        ...lessonsOf(course).map((lesson) => lesson.lessonId),
      ];
    });
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(byTitle)("%s has fields and an outline core accepts as they are", (_title, course) => {
    expect(courseFieldsSchema.parse(course.fields)).toEqual(course.fields);
    for (const module of course.modules) expect(moduleSchema.parse(module)).toEqual(module);
    for (const lesson of lessonsOf(course)) {
      expect(lessonSchema.parse(lesson), lesson.lessonId).toEqual(lesson);
      expect(lessonContentSchema.parse(lesson.content), lesson.lessonId).toEqual(lesson.content);
    }
  });

  it.each(byTitle)("%s is a full course for elected representatives", (_title, course) => {
    const { fields } = course;
    expect(fields.objectives.length).toBeGreaterThanOrEqual(3);
    expect(fields.objectives.length).toBeLessThanOrEqual(5);
    expect(fields.themes.length).toBeGreaterThan(0);
    expect(fields.durationMinutes).toBeGreaterThan(0);
    expect(fields.summary.length).toBeGreaterThan(80);
    expect(fields.audience.length).toBeGreaterThan(40);
    expect(fields.description).toMatch(/^## /m);
    expect(fields.coverImageUrl).toBeNull();
    expect(course.modules.length).toBeGreaterThanOrEqual(2);
    expect(course.modules.length).toBeLessThanOrEqual(3);
    expect(lessonsOf(course).length).toBeGreaterThanOrEqual(4);
    expect(lessonsOf(course).length).toBeLessThanOrEqual(8);
    const kinds = new Set(lessonsOf(course).map((lesson) => lesson.content.kind));
    expect(kinds).toEqual(new Set(["text", "video", "quiz"]));
    for (const lesson of lessonsOf(course)) {
      if (lesson.content.kind === "text")
        expect(lesson.content.body, lesson.title).toMatch(/^## /m);
    }
    expect(lessonsOf(course).some((lesson) => lesson.optional)).toBe(true);
  });

  it("span the levels a beginner and a practitioner need, in English and French", () => {
    const levels = new Set(DEMO_COURSES.map((course) => course.fields.level));
    expect(levels).toContain("introductory");
    expect(levels).toContain("intermediate");
    for (const level of levels) expect(COURSE_LEVELS).toContain(level);
    expect(DEMO_COURSES.map((course) => course.fields.language).sort()).toEqual(["en", "en", "fr"]);
  });

  it.each(byTitle)("%s has a quiz with feedback on every option", (_title, course) => {
    const quizzes = quizzesOf(course);
    expect(quizzes.length).toBeGreaterThanOrEqual(1);
    for (const quiz of quizzes) {
      expect(quiz.questions.length, quiz.title).toBeGreaterThanOrEqual(3);
      expect(quiz.questions.length, quiz.title).toBeLessThanOrEqual(5);
      expect(new Set(quiz.questions.map((question) => question.choice))).toEqual(
        new Set(["single", "multiple"]),
      );
      expect(quiz.passMark).toBeGreaterThanOrEqual(70);
      expect(quiz.passMark).toBeLessThanOrEqual(80);
      for (const question of quiz.questions) {
        const correct = question.options.filter((option) => option.correct).length;
        if (question.choice === "single") expect(correct, question.prompt).toBe(1);
        else expect(correct, question.prompt).toBeGreaterThanOrEqual(1);
        expect(correct, question.prompt).toBeLessThan(question.options.length);
        for (const option of question.options) expect(option.feedback, option.text).not.toBe("");
      }
    }
  });

  it("have videos on an allowed host, each with a transcript", () => {
    const videos = DEMO_COURSES.flatMap(lessonsOf).flatMap((lesson) =>
      lesson.content.kind === "video" ? [lesson.content] : [],
    );
    expect(videos.length).toBeGreaterThanOrEqual(DEMO_COURSES.length);
    for (const { url, transcript } of videos) {
      expect(VIDEO_HOSTS as readonly string[]).toContain(new URL(url).hostname);
      expect(url).toMatch(/demo/);
      // Well-formed for the in-page player: an 11-character YouTube id or a numeric Vimeo id.
      expect(url).toMatch(
        /^https:\/\/(www\.youtube-nocookie\.com\/embed\/[\w-]{11}|vimeo\.com\/(channels\/[\w-]+\/)?\d+)$/,
      );
      expect(transcript.split(/\s+/).length, url).toBeGreaterThan(200);
    }
  });

  it("cite exchange items that were published before the course", () => {
    const published = new Map(
      DEMO_ITEMS.filter((item) => item.status === "published").map((item) => [
        item.itemId,
        item.dates.approved ?? "",
      ]),
    );
    for (const course of DEMO_COURSES) {
      const citing = lessonsOf(course).filter((lesson) => lesson.citations.length > 0);
      expect(citing.length, course.courseId).toBeGreaterThan(0);
      for (const lesson of citing) {
        expect(lesson.citations.length).toBeLessThanOrEqual(2);
        for (const itemId of lesson.citations) {
          expect(published.has(itemId), `${lesson.title} cites ${itemId}`).toBe(true);
          expect(published.get(itemId)).toBeDefined();
          expect((published.get(itemId) ?? "") < course.publications[0].at, itemId).toBe(true);
        }
      }
    }
  });
});

describe("the seeded course items", () => {
  const trainer = DEMO_USERS.find((user) => user.key === "trainer");

  it("are authored and published by the demo trainer, on dates in order", () => {
    expect(DEMO_TRAINER).toEqual({ userId: trainer?.userId, displayName: trainer?.displayName });
    for (const course of DEMO_COURSES) {
      const draft = demoCourseDraft(course);
      expect(draft).toMatchObject({
        status: "published",
        publishedVersion: course.publications.length,
        ownerIds: [DEMO_TRAINER.userId],
        trainers: [DEMO_TRAINER],
      });
      const dates = [SEEDED_AT, course.created, ...course.publications.map(({ at }) => at)];
      expect(dates).toEqual([...new Set(dates)].sort());
      expect(draft.updatedAt).toBe(dates.at(-1));
      expect(Date.parse(draft.updatedAt)).toBeLessThan(Date.now());
      for (const version of demoCourseVersions(course)) {
        expect(version.publishedBy).toBe(DEMO_TRAINER.userId);
        expect(version.publishedByName).toBe(DEMO_TRAINER.displayName);
      }
    }
  });

  it("keep every version, answers included; one course shows a history of two", () => {
    const histories = DEMO_COURSES.map((course) => demoCourseVersions(course));
    for (const versions of histories) {
      expect(versions.map((version) => version.versionNumber)).toEqual(
        versions.map((_, index) => index + 1),
      );
      const latest = versions.at(-1);
      const course = DEMO_COURSES.find((candidate) => candidate.courseId === latest?.courseId);
      expect(latest?.course.modules).toEqual(course?.modules);
    }
    const [first, second] = histories.find((versions) => versions.length === 2) ?? [];
    const count = (modules: { lessons: unknown[] }[] = []) =>
      modules.reduce((sum, module) => sum + module.lessons.length, 0);
    expect(count(first?.course.modules)).toBeLessThan(count(second?.course.modules));
  });

  it.each(byTitle)("%s is listed in the catalogue, learner-safe", (_title, course) => {
    const listing = demoCourseListing(course);
    const versions = demoCourseVersions(course);
    expect(listing).toMatchObject({
      listed: true,
      versionNumber: versions.length,
      publishedAt: versions.at(-1)?.publishedAt,
    });
    expect(publishedCourseSchema.parse(listing.view)).toEqual(listing.view);
    expect(listing.view).toMatchObject({ courseId: course.courseId, ...course.fields });
    const serialised = JSON.stringify(listing.view);
    expect(serialised).not.toContain('"correct"');
    expect(serialised).not.toContain('"feedback"');
    const summary = courseSummarySchema.parse(toCourseSummary(listing.view));
    expect(summary.lessonCount).toBe(lessonsOf(course).length);
    const cited = lessonsOf(course).flatMap((lesson) => lesson.citations);
    expect([...listing.citedItemIds].sort()).toEqual([...new Set(cited)].sort());
  });
});
