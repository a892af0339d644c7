import { CustomAttributeType, type EntityItem } from "electrodb";
import { defineEntity } from "../data/entity.ts";
import { SERVICE_NAME } from "../data/service-name.ts";
import { timestamps } from "../data/timestamps.ts";
import type { StoredAttachment } from "../exchange/exchange-item.entity.ts";
import { COURSE_STATUSES } from "../taxonomy/academy.ts";
import type { CourseDraft, CourseFields, CourseModule, PublishedCourse } from "./schemas.ts";

/**
 * A course's working copy: its fields, trainers and whole outline in one item,
 * so that every authoring step is one conditional write on `version` (If-Match).
 * `fields` and `modules` are validated by zod at the edges and stored as they are.
 */
export const CourseDraftEntity = defineEntity({
  model: { entity: "courseDraft", version: "1", service: SERVICE_NAME },
  attributes: {
    courseId: { type: "string", required: true, readOnly: true },
    status: { type: COURSE_STATUSES, required: true },
    ownerIds: { type: "list", items: { type: "string" }, required: true },
    /** The owners' identity subjects, so a token alone proves ownership (no profile read). */
    ownerSubjects: { type: "list", items: { type: "string" } },
    trainers: { type: CustomAttributeType<CourseDraft["trainers"]>("any"), required: true },
    fields: { type: CustomAttributeType<CourseFields>("any"), required: true },
    modules: { type: CustomAttributeType<CourseModule[]>("any"), required: true },
    /** Files uploaded for document lessons, confirmed (checked) by the server. */
    documents: { type: CustomAttributeType<StoredAttachment[]>("any"), required: false },
    /** The latest published version's number; 0 before the first publication. */
    publishedVersion: { type: "number", required: true },
    ...timestamps,
  },
  indexes: {
    byId: {
      pk: { field: "pk", composite: ["courseId"] },
      sk: { field: "sk", composite: [] },
    },
    /** Every draft in one `gsi1` partition: a trainer's "my courses" is one Query. */
    all: {
      index: "gsi1",
      pk: { field: "gsi1pk", composite: [] },
      sk: { field: "gsi1sk", composite: ["courseId"] },
    },
  },
});

/** A course's working copy as stored. */
export type StoredDraft = EntityItem<typeof CourseDraftEntity>;

/** One published version, never changed after it is written (answers included, for scoring). */
export const CourseVersionEntity = defineEntity({
  model: { entity: "courseVersion", version: "1", service: SERVICE_NAME },
  attributes: {
    courseId: { type: "string", required: true, readOnly: true },
    versionNumber: {
      type: "number",
      required: true,
      readOnly: true,
      padding: { length: 6, char: "0" },
    },
    /** The course as published: its fields, trainers and outline, answers included. */
    course: {
      type: CustomAttributeType<
        CourseFields & Pick<CourseDraft, "trainers"> & { modules: CourseModule[] }
      >("any"),
      required: true,
      readOnly: true,
    },
    publishedAt: { type: "string", required: true, readOnly: true },
    publishedBy: { type: "string", required: true, readOnly: true },
    publishedByName: { type: "string", required: true, readOnly: true },
  },
  indexes: {
    byCourse: {
      pk: { field: "pk", composite: ["courseId"] },
      sk: { field: "sk", composite: ["versionNumber"] },
    },
  },
});

/** What a listing and its summary (course-summary.entity.ts) both hold: the version shown. */
export const listingState = {
  courseId: { type: "string", required: true, readOnly: true },
  versionNumber: { type: "number", required: true },
  /** False once the course is unpublished or archived. */
  listed: { type: "boolean", required: true },
} as const;

/** By course, and every one in one `gsi2` partition (a list is one Query). */
export const listingIndexes = {
  byId: {
    pk: { field: "pk", composite: ["courseId"] },
    sk: { field: "sk", composite: [] },
  },
  catalogue: {
    index: "gsi2",
    pk: { field: "gsi2pk", composite: [] },
    sk: { field: "gsi2sk", composite: ["courseId"] },
  },
} as const;

/**
 * What the course page reads: the latest published version,
 * learner-safe, in one item. Every listing sits in one `gsi2` partition, so the
 * catalogue is one Query; `listed` is false once the course is unpublished or archived.
 */
export const CourseListingEntity = defineEntity({
  model: { entity: "courseListing", version: "1", service: SERVICE_NAME },
  attributes: {
    ...listingState,
    ownerIds: { type: "list", items: { type: "string" }, required: true },
    /** The owners' identity subjects, so the course page tells its trainers apart by token alone. */
    ownerSubjects: { type: "list", items: { type: "string" } },
    view: { type: CustomAttributeType<PublishedCourse>("any"), required: true },
    /** Exchange items the listed version's lessons cite: "courses that cite this item". */
    citedItemIds: { type: "list", items: { type: "string" }, required: false },
    publishedAt: { type: "string", required: true },
  },
  indexes: listingIndexes,
});
