import {
  type ContentLanguage,
  type CourseFields,
  type CourseLevel,
  type CoursePatch,
  courseFieldsSchema,
  type Theme,
} from "@alliance/core/web";
import { checkValues, type Message, type SchemaFormOptions } from "../../../ui/form/index.ts";

/** What the course form holds: strings as typed, lists for checkboxes and objectives. */
export interface CourseFormValues {
  title: string;
  summary: string;
  description: string;
  objectives: string[];
  language: ContentLanguage;
  themes: Theme[];
  level: CourseLevel;
  durationMinutes: string;
  audience: string;
  coverImageUrl: string;
}

export type CourseFormErrors = Record<string, Message>;

/** The fields of the course, in the order of the form. */
export const COURSE_FIELD_ORDER = [
  "title",
  "summary",
  "description",
  "objectives",
  "language",
  "themes",
  "level",
  "durationMinutes",
  "audience",
  "coverImageUrl",
] as const;

export function courseValuesOf(fields: CourseFields): CourseFormValues {
  return {
    title: fields.title,
    summary: fields.summary,
    description: fields.description,
    objectives: fields.objectives,
    language: fields.language,
    themes: fields.themes,
    level: fields.level,
    durationMinutes: String(fields.durationMinutes),
    audience: fields.audience,
    coverImageUrl: fields.coverImageUrl ?? "",
  };
}

/** A whole number as typed, or NaN (which the schema refuses) for anything else. */
export function wholeNumber(text: string, empty: number): number {
  const trimmed = text.trim();
  if (trimmed === "") return empty;
  return /^\d{1,9}$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** The course's fields as the API takes them; blank objectives are left out. */
export function courseFieldsOf(values: CourseFormValues): CourseFields {
  return {
    title: values.title.trim(),
    summary: values.summary.trim(),
    description: values.description,
    objectives: values.objectives.map((text) => text.trim()).filter(Boolean),
    language: values.language,
    themes: values.themes,
    level: values.level,
    durationMinutes: wholeNumber(values.durationMinutes, 0),
    audience: values.audience.trim(),
    coverImageUrl: values.coverImageUrl.trim() || null,
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Only the fields that differ from `base`: a save never overwrites what nobody here changed. */
export function coursePatchOf(base: CourseFields, values: CourseFormValues): CoursePatch {
  const fields = courseFieldsOf(values);
  const patch: Record<string, unknown> = {};
  for (const name of COURSE_FIELD_ORDER) {
    if (!same(fields[name], base[name])) patch[name] = fields[name];
  }
  return patch as CoursePatch;
}

/**
 * After reloading a draft someone else changed: what the person changed since
 * `base` stays as typed, every other field takes the latest value.
 */
export function rebaseCourseValues(
  base: CourseFormValues,
  typed: CourseFormValues,
  latest: CourseFormValues,
): CourseFormValues {
  const next = { ...latest };
  for (const name of COURSE_FIELD_ORDER) {
    if (!same(typed[name], base[name])) Object.assign(next, { [name]: typed[name] });
  }
  return next;
}

/**
 * The form's field of a path as the API and zod name it. `objectives.1` is the
 * second objective that is not blank; `rows` are the objective inputs as shown.
 */
export function courseFieldId(path: string, rows: readonly string[] = []): string {
  const [name = path, index] = path.split(".");
  if (name === "objectives" && index !== undefined) {
    const shown = rows.flatMap((text, row) => (text.trim() ? [row] : []));
    return `objectives.${shown[Number(index)] ?? index}`;
  }
  return name;
}

/** The message of a course field: each names the rule, so client and server agree. */
export function courseErrorOf(field: string): Message {
  if (field.startsWith("objectives.")) return { key: "authoring.courseErrors.objective" };
  const known = (COURSE_FIELD_ORDER as readonly string[]).includes(field);
  return { key: known ? `authoring.courseErrors.${field}` : "authoring.courseErrors.rejected" };
}

/** How the form meets core's course schema. */
export const COURSE_CHECKS: SchemaFormOptions<CourseFormValues> = {
  toInput: courseFieldsOf,
  fieldOf: (path, values) => courseFieldId(path, values.objectives),
  messageOf: courseErrorOf,
};

/** Checks the form with core's own schema, so the browser and the API agree. */
export function validateCourse(values: CourseFormValues): CourseFormErrors {
  return checkValues(courseFieldsSchema, values, COURSE_CHECKS).errors;
}
