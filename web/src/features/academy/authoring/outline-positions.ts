import type { CourseModule } from "@alliance/core/web";

/** Where a module is in the outline: 1-based position and count. */
export function modulePosition(modules: readonly CourseModule[], moduleId: string) {
  const index = modules.findIndex((module) => module.moduleId === moduleId);
  return { position: index + 1, count: modules.length };
}

/** Where a lesson is: its module (1-based, with title) and its place in that module. */
export function lessonPosition(modules: readonly CourseModule[], lessonId: string) {
  for (const [index, module] of modules.entries()) {
    const at = module.lessons.findIndex((lesson) => lesson.lessonId === lessonId);
    if (at >= 0) {
      return {
        module: index + 1,
        moduleTitle: module.title,
        position: at + 1,
        count: module.lessons.length,
      };
    }
  }
  return null;
}
