import { requireUser } from "../auth/index.ts";
import type { DataService } from "../data/service.ts";
import { VisibleError } from "../errors.ts";
import type { QuizRecord } from "./enrolment.entity.ts";
import { lessonsOf, progressOf, quizStateOf, scoreQuiz, summaryOf } from "./progress.ts";
import { lessonNotFound, type ProgressStore } from "./progress-store.ts";
import type { AttemptResult, CourseProgress, LessonPage } from "./schemas.ts";

/**
 * A lesson as the enrolled learner studies it, and what makes it done: the
 * learner completes a text, document or video lesson; a quiz is done once an
 * attempt, scored on the server, passes; a workshop once its organisers mark the
 * learner attended (the `workshop-attendance` consumer, decision 0072).
 */
export function lessonUseCases(data: DataService, store: ProgressStore, now: () => Date) {
  const { readForLesson, saveProgress, retrying } = store;
  return {
    /** A lesson as the enrolled learner studies it: two GetItems, read at once. */
    async lesson(courseId: string, lessonId: string): Promise<LessonPage> {
      const { subject } = requireUser();
      const { enrolment, course, lesson } = await readForLesson(subject, courseId, lessonId);
      const lessons = lessonsOf(course);
      const index = lessons.indexOf(lesson);
      const module = course.modules.find((each) =>
        each.lessons.some((candidate) => candidate.lessonId === lessonId),
      );
      return {
        courseId,
        courseTitle: course.title,
        versionNumber: course.versionNumber,
        lesson,
        moduleTitle: module?.title ?? "",
        previousLessonId: lessons[index - 1]?.lessonId ?? null,
        nextLessonId: lessons[index + 1]?.lessonId ?? null,
        quiz:
          lesson.content.kind === "quiz"
            ? quizStateOf(enrolment.quizzes[lessonId], lesson.content.attemptLimit)
            : null,
        progress: progressOf(course, enrolment),
      };
    },

    /** Marks a text, document or video lesson done. Completing it again changes nothing. */
    async completeLesson(courseId: string, lessonId: string): Promise<CourseProgress> {
      const { subject } = requireUser();
      return retrying(async () => {
        const { enrolment, course, lesson } = await readForLesson(subject, courseId, lessonId);
        if (lesson.content.kind === "quiz") {
          throw new VisibleError(
            "conflict",
            "quiz-completes-by-passing",
            "A quiz is done when you pass it: submit your answers.",
          );
        }
        if (lesson.content.kind === "scorm") {
          throw new VisibleError(
            "conflict",
            "scorm-completes-by-package",
            "A SCORM lesson is done when the package reports that you completed or passed it.",
          );
        }
        if (lesson.content.kind === "workshop") {
          throw new VisibleError(
            "conflict",
            "workshop-completes-by-attendance",
            "A workshop lesson is done when its organisers mark that you attended.",
          );
        }
        if (enrolment.done.includes(lessonId)) return progressOf(course, enrolment);
        const { saved } = await saveProgress(enrolment, course, { doneNow: [lessonId] });
        return saved ? progressOf(course, saved) : null;
      });
    },

    /** Scores a quiz attempt on the server against the published version's answers. */
    async attemptQuiz(
      courseId: string,
      lessonId: string,
      answers: number[][],
    ): Promise<AttemptResult> {
      const { subject } = requireUser();
      return retrying(async () => {
        const { enrolment, course, lesson } = await readForLesson(subject, courseId, lessonId);
        if (lesson.content.kind !== "quiz") {
          throw new VisibleError("conflict", "not-a-quiz", "This lesson is not a quiz.");
        }
        const held = enrolment.quizzes[lessonId];
        const limit = lesson.content.attemptLimit;
        if (held?.passed) {
          throw new VisibleError("conflict", "quiz-passed", "You have passed this quiz already.");
        }
        if (limit !== null && (held?.attempts ?? 0) >= limit) {
          throw new VisibleError(
            "conflict",
            "no-attempts-left",
            `This quiz allows ${limit} attempts, and you have used them all.`,
          );
        }
        const version = await data.entities.courseVersion
          .get({ courseId, versionNumber: course.versionNumber })
          .go();
        const modules = version.data?.course.modules;
        const authored = modules
          ?.flatMap((module) => module.lessons)
          .find((each) => each.lessonId === lessonId)?.content;
        if (authored?.kind !== "quiz") throw lessonNotFound();
        const scored = scoreQuiz(authored, answers);
        if ("misfit" in scored) {
          throw new VisibleError(
            "input",
            "answers-do-not-fit",
            "These answers do not fit the quiz.",
            [{ field: "answers", message: scored.misfit }],
          );
        }
        const attempt = (held?.attempts ?? 0) + 1;
        const quizRecord: QuizRecord = {
          attempts: attempt,
          passed: scored.passed,
          lastScore: scored.score,
          lastResult: scored.questions,
        };
        const { saved } = await saveProgress(enrolment, course, {
          doneNow: scored.passed ? [lessonId] : [],
          quizzes: { ...enrolment.quizzes, [lessonId]: quizRecord },
          counters: {
            [lessonId]: {
              attempts: 1,
              ...(scored.passed && { passes: 1 }),
              ...(attempt === 1 && { attempters: 1 }),
            },
          },
          attempt: {
            subject,
            courseId,
            lessonId,
            attempt,
            versionNumber: course.versionNumber,
            answers,
            score: scored.score,
            passed: scored.passed,
            at: now().toISOString(),
          },
        });
        if (!saved) return null;
        return {
          attempt,
          score: scored.score,
          passMark: authored.passMark,
          passed: scored.passed,
          questions: scored.questions,
          quiz: quizStateOf(quizRecord, limit),
          progress: summaryOf(progressOf(course, saved)),
        };
      });
    },
  };
}
