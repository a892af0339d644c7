/** How much a course assumes its learners already know. */
export const COURSE_LEVELS = ["introductory", "intermediate", "advanced"] as const;
export type CourseLevel = (typeof COURSE_LEVELS)[number];

export const LESSON_KINDS = ["text", "video", "document", "quiz", "workshop", "scorm"] as const;
export type LessonKind = (typeof LESSON_KINDS)[number];

/** Where a course is in its life: published courses appear in the catalogue. */
export const COURSE_STATUSES = ["draft", "published", "unpublished", "archived"] as const;
export type CourseStatus = (typeof COURSE_STATUSES)[number];

/**
 * The only hosts a video lesson may embed from: players that respect the
 * platform's privacy settings and caption support. Defined once, here.
 */
export const VIDEO_HOSTS = [
  "youtube.com",
  "www.youtube.com",
  "youtube-nocookie.com",
  "www.youtube-nocookie.com",
  "youtu.be",
  "vimeo.com",
  "player.vimeo.com",
] as const;
