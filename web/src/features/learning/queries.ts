import type { AttemptResult, CourseProgress, LessonPage, MyLearning } from "@alliance/core/web";
import { type QueryClient, queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { ApiError, api, readJson } from "../../api/client.ts";

/** Cache keys of the learner's own data: My learning, enrolments, lesson pages. */
export const learningKeys = {
  all: ["learning"] as const,
  mine: () => [...learningKeys.all, "mine"] as const,
  course: (courseId: string) => [...learningKeys.all, "course", courseId] as const,
  enrolment: (courseId: string) => [...learningKeys.course(courseId), "enrolment"] as const,
  lessons: (courseId: string) => [...learningKeys.course(courseId), "lesson"] as const,
  lesson: (courseId: string, lessonId: string) =>
    [...learningKeys.lessons(courseId), lessonId] as const,
};

const enrolmentRoute = (courseId: string) => ({
  route: api.api.me.courses[":courseId"].enrolment,
  param: { courseId },
});

export const learningQueries = {
  mine: () =>
    queryOptions({
      queryKey: learningKeys.mine(),
      queryFn: async ({ signal }): Promise<MyLearning> =>
        readJson(await api.api.me.learning.$get({}, { init: { signal } })),
    }),
  /** My progress in a course, or null when I am not enrolled (the API answers 404). */
  enrolment: (courseId: string) =>
    queryOptions({
      queryKey: learningKeys.enrolment(courseId),
      queryFn: async ({ signal }): Promise<CourseProgress | null> => {
        const { route, param } = enrolmentRoute(courseId);
        try {
          return await readJson(await route.$get({ param }, { init: { signal } }));
        } catch (error) {
          if (error instanceof ApiError && error.status === 404) return null;
          throw error;
        }
      },
    }),
  lesson: (courseId: string, lessonId: string) =>
    queryOptions({
      queryKey: learningKeys.lesson(courseId, lessonId),
      queryFn: async ({ signal }): Promise<LessonPage> =>
        readJson(
          await api.api.me.courses[":courseId"].lessons[":lessonId"].$get(
            { param: { courseId, lessonId } },
            { init: { signal } },
          ),
        ),
    }),
};

/**
 * The server's word on a course's progress, wherever it is shown: the course page's
 * enrolment and every cached lesson page of the course (progress is course-wide).
 * My learning is read again, as its lists are ordered by the server.
 */
function rememberProgress(queryClient: QueryClient, progress: CourseProgress) {
  queryClient.setQueryData(learningKeys.enrolment(progress.courseId), progress);
  queryClient.setQueriesData<LessonPage>(
    { queryKey: learningKeys.lessons(progress.courseId) },
    (page) => page && { ...page, progress },
  );
  void queryClient.invalidateQueries({ queryKey: learningKeys.mine() });
}

/** Enrols in a course; enrolling again answers the progress kept. */
export function useEnrol(courseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (): Promise<CourseProgress> => {
      const { route, param } = enrolmentRoute(courseId);
      return readJson(await route.$put({ param }));
    },
    onSuccess: (progress) => rememberProgress(queryClient, progress),
  });
}

/** Leaves a course in progress; the server keeps the progress for a return. */
export function useLeave(courseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      const { route, param } = enrolmentRoute(courseId);
      const response = await route.$delete({ param });
      if (!response.ok) await readJson(response as unknown as Response);
    },
    onSuccess: () => {
      queryClient.setQueryData(learningKeys.enrolment(courseId), null);
      queryClient.removeQueries({ queryKey: learningKeys.lessons(courseId) });
      void queryClient.invalidateQueries({ queryKey: learningKeys.mine() });
    },
  });
}

/** Marks a text, document or video lesson done (idempotent on the server). */
export function useCompleteLesson(courseId: string, lessonId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (): Promise<CourseProgress> =>
      readJson(
        await api.api.me.courses[":courseId"].lessons[":lessonId"].completion.$put({
          param: { courseId, lessonId },
        }),
      ),
    onSuccess: (progress) => rememberProgress(queryClient, progress),
  });
}

/** Submits a quiz attempt; the server scores it. */
export function useQuizAttempt(courseId: string, lessonId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (answers: number[][]): Promise<AttemptResult> =>
      readJson(
        await api.api.me.courses[":courseId"].lessons[":lessonId"].attempts.$post({
          param: { courseId, lessonId },
          json: { answers },
        }),
      ),
    onSuccess: (result) => {
      queryClient.setQueryData<LessonPage>(
        learningKeys.lesson(courseId, lessonId),
        (page) =>
          page && {
            ...page,
            quiz: result.quiz,
            progress: { ...page.progress, ...result.progress },
          },
      );
      // The attempt answers a summary: the per-lesson states come with a fresh read.
      void refreshCourse(queryClient, courseId);
    },
  });
}

/** Reads a course's progress again everywhere it is shown (after a conflict, say). */
export function refreshCourse(queryClient: QueryClient, courseId: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: learningKeys.course(courseId) }),
    queryClient.invalidateQueries({ queryKey: learningKeys.mine() }),
  ]);
}
