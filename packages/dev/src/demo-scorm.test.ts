import {
  courseFieldsSchema,
  isId,
  lessonContentSchema,
  lessonSchema,
  moduleSchema,
  publishedCourseSchema,
} from "@alliance/core";
import { inspectScormPackage } from "@alliance/core/scorm-package";
import { describe, expect, it } from "vitest";
import { zipOf } from "../../core/src/academy/scorm/scorm-package.fixture.ts";
import { DEMO_COURSES, demoCourseListing } from "./demo-courses.ts";
import { DEMO_SCORM_COURSE, DEMO_SCORM_FILES, demoScormPackage } from "./demo-scorm.ts";

describe("the demo SCORM course", () => {
  it("is a course core accepts, whose second lesson plays the package", () => {
    const course = DEMO_SCORM_COURSE;
    expect(courseFieldsSchema.parse(course.fields)).toEqual(course.fields);
    for (const module of course.modules) expect(moduleSchema.parse(module)).toEqual(module);
    const lessons = course.modules.flatMap((module) => module.lessons);
    for (const lesson of lessons) {
      expect(isId("les", lesson.lessonId)).toBe(true);
      expect(lessonSchema.parse(lesson)).toEqual(lesson);
      expect(lessonContentSchema.parse(lesson.content)).toEqual(lesson.content);
    }
    const { row } = demoScormPackage();
    expect(lessons[1]?.content).toEqual({ kind: "scorm", packageId: row.packageId });
    expect(publishedCourseSchema.safeParse(demoCourseListing(course).view).success).toBe(true);
    const others = new Set(DEMO_COURSES.map((each) => each.courseId));
    expect(others.has(course.courseId)).toBe(false);
  });

  it("has a package the platform's own check accepts, as its seeded row says", async () => {
    const files = Object.fromEntries(
      Object.entries(DEMO_SCORM_FILES).map(([path, file]) => [path, file.body]),
    );
    const inspection = await inspectScormPackage(zipOf(files));
    if (!("package" in inspection)) throw new Error(inspection.refusal);
    const { row, objects } = demoScormPackage();
    expect(inspection.package).toMatchObject({
      standard: row.standard,
      launchPath: row.launchPath,
      title: row.title,
      masteryScore: row.masteryScore,
    });
    expect(inspection.package.files).toHaveLength(row.fileCount ?? 0);
    expect(row.status).toBe("ready");
    for (const object of objects) {
      expect(object.key.startsWith(`scorm/${row.courseId}/${row.packageId}/`)).toBe(true);
    }
  });
});
