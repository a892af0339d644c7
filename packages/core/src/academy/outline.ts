import { VisibleError } from "../errors.ts";
import { newId } from "../ids.ts";
import type {
  CourseModule,
  Lesson,
  LessonCreate,
  LessonMove,
  LessonPatch,
  ModuleMove,
} from "./schemas.ts";

/*
 * Pure edits of a course outline. Ids are made here once and never change, so
 * a learner's progress, keyed by lesson id, keeps its meaning across versions.
 */

const moduleNotFound = () =>
  new VisibleError("not-found", "module-not-found", "This course has no such module.");
const lessonNotFound = () =>
  new VisibleError("not-found", "lesson-not-found", "This course has no such lesson.");

function moveWithin<T>(list: T[], from: number, move: { direction?: string; index?: number }) {
  const to =
    move.index !== undefined
      ? Math.min(move.index, list.length - 1)
      : Math.max(0, Math.min(list.length - 1, from + (move.direction === "up" ? -1 : 1)));
  const next = [...list];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved as T);
  return next;
}

function moduleIndex(modules: CourseModule[], moduleId: string): number {
  const index = modules.findIndex((module) => module.moduleId === moduleId);
  if (index < 0) throw moduleNotFound();
  return index;
}

function findLesson(modules: CourseModule[], lessonId: string) {
  for (const [m, module] of modules.entries()) {
    const l = module.lessons.findIndex((lesson) => lesson.lessonId === lessonId);
    if (l >= 0) return { m, l, lesson: module.lessons[l] as Lesson };
  }
  throw lessonNotFound();
}

export function addModule(modules: CourseModule[], title: string): CourseModule[] {
  return [...modules, { moduleId: newId("mod"), title, lessons: [] }];
}

export function renameModule(modules: CourseModule[], moduleId: string, title: string) {
  const index = moduleIndex(modules, moduleId);
  return modules.map((module, i) => (i === index ? { ...module, title } : module));
}

export function removeModule(modules: CourseModule[], moduleId: string) {
  const index = moduleIndex(modules, moduleId);
  return modules.filter((_, i) => i !== index);
}

export function moveModule(modules: CourseModule[], moduleId: string, move: ModuleMove) {
  return moveWithin(modules, moduleIndex(modules, moduleId), move);
}

export function addLesson(modules: CourseModule[], moduleId: string, input: LessonCreate) {
  const index = moduleIndex(modules, moduleId);
  const lesson: Lesson = { lessonId: newId("les"), ...input };
  return modules.map((module, i) =>
    i === index ? { ...module, lessons: [...module.lessons, lesson] } : module,
  );
}

export function editLesson(modules: CourseModule[], lessonId: string, patch: LessonPatch) {
  const { m, l, lesson } = findLesson(modules, lessonId);
  const edited: Lesson = { ...lesson, ...patch, lessonId };
  return modules.map((module, i) =>
    i === m
      ? { ...module, lessons: module.lessons.map((old, j) => (j === l ? edited : old)) }
      : module,
  );
}

export function removeLesson(modules: CourseModule[], lessonId: string) {
  const { m, l } = findLesson(modules, lessonId);
  return modules.map((module, i) =>
    i === m ? { ...module, lessons: module.lessons.filter((_, j) => j !== l) } : module,
  );
}

export function moveLesson(modules: CourseModule[], lessonId: string, move: LessonMove) {
  const { m, l, lesson } = findLesson(modules, lessonId);
  const target = move.moduleId === undefined ? m : moduleIndex(modules, move.moduleId);
  if (target === m) {
    if (move.direction === undefined && move.index === undefined) return modules;
    return modules.map((module, i) =>
      i === m ? { ...module, lessons: moveWithin(module.lessons, l, move) } : module,
    );
  }
  return modules.map((module, i) => {
    if (i === m) return { ...module, lessons: module.lessons.filter((_, j) => j !== l) };
    if (i !== target) return module;
    const lessons = [...module.lessons];
    lessons.splice(Math.min(move.index ?? lessons.length, lessons.length), 0, lesson);
    return { ...module, lessons };
  });
}
