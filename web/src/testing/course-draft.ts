import { COURSE_DEFAULTS, type CourseDraft } from "@alliance/core/web";

export const COURSE_ID = "crs_01J9ZC3V6D8R1F3W5S9K2M4N7P";

/** A draft as the API answers it, with `changes` made to it. */
export function courseDraft(changes: Partial<CourseDraft> = {}): CourseDraft {
  return {
    courseId: COURSE_ID,
    ...COURSE_DEFAULTS,
    title: "Prevention basics",
    status: "draft",
    trainers: [{ userId: "usr_01J9ZC3V6D8R1F3W5S9K2M4N7A", displayName: "Claire Moreau" }],
    modules: [],
    documents: [],
    publishedVersion: null,
    createdAt: "2026-03-01T09:00:00.000Z",
    updatedAt: "2026-03-01T09:00:00.000Z",
    version: 1,
    actions: {
      edit: true,
      publish: true,
      unpublish: false,
      archive: true,
      statistics: false,
    },
    ...changes,
  };
}
