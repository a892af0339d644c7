import type { AttemptResult, LessonPage, ProgressSummary } from "@alliance/core/web";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../api/client.ts";
import { describeRequestError } from "../../ui/query-error.tsx";
import { DoneMark } from "./done-mark.tsx";
import { refreshCourse, useQuizAttempt } from "./queries.ts";
import { type LearnerQuiz, optionId, QuizForm } from "./quiz-form.tsx";
import { QuizResult } from "./quiz-result.tsx";

/**
 * A quiz lesson: its rules and the learner's standing, the form while attempts
 * remain, the result of each attempt, and a way to try again after a miss.
 */
export function QuizSection({
  page,
  quiz,
  onCourseCompleted,
}: {
  page: LessonPage;
  quiz: LearnerQuiz;
  onCourseCompleted: (progress: ProgressSummary) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { courseId, lesson } = page;
  const lang = page.progress.language;
  const attempt = useQuizAttempt(courseId, lesson.lessonId);
  const idBase = useId();
  const [result, setResult] = useState<AttemptResult | null>(null);
  const [round, setRound] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);
  const state = page.quiz ?? {
    attempts: 0,
    attemptsLeft: quiz.attemptLimit,
    passed: false,
    lastScore: null,
    lastResult: null,
  };
  const canAnswer = !state.passed && state.attemptsLeft !== 0 && result === null;

  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the learner asks to try again
  useEffect(() => {
    if (round > 0) document.getElementById(optionId(idBase, 0, 0))?.focus();
  }, [round]);

  const submit = (answers: number[][]) => {
    setProblem(null);
    const wasActive = page.progress.status !== "completed";
    attempt.mutate(answers, {
      onSuccess: (scored) => {
        setResult(scored);
        if (wasActive && scored.progress.status === "completed") onCourseCompleted(scored.progress);
      },
      onError: (error) => {
        const code = error instanceof ApiError ? error.problem.code : null;
        if (code === "no-attempts-left") setProblem(t("learning.quiz.noAttemptsLeft"));
        else if (code === "quiz-passed") setProblem(t("learning.quiz.alreadyPassed"));
        else setProblem(describeRequestError(error, t));
        if (error instanceof ApiError && error.status < 500)
          void refreshCourse(queryClient, courseId);
      },
    });
  };

  const tryAgain = () => {
    setResult(null);
    setProblem(null);
    setRound((count) => count + 1);
  };

  return (
    <div className="quiz-lesson">
      <p>
        {t("learning.quiz.passMark", { passMark: quiz.passMark })}{" "}
        {state.attemptsLeft === null
          ? t("learning.quiz.unlimited")
          : t("learning.quiz.attemptsLeft", { number: state.attemptsLeft })}
      </p>
      {state.passed && <DoneMark />}
      {problem && (
        <div className="notice notice--error" role="alert">
          <p>{problem}</p>
        </div>
      )}
      {result ? (
        <QuizResult
          heading={t("learning.quiz.result")}
          result={result}
          quiz={quiz}
          lang={lang}
          attemptsLeft={result.passed ? undefined : result.quiz.attemptsLeft}
          focus
        />
      ) : (
        state.lastResult && (
          <QuizResult
            heading={t("learning.quiz.lastResult")}
            result={{
              score: state.lastScore,
              passMark: quiz.passMark,
              passed: state.passed,
              questions: state.lastResult,
            }}
            quiz={quiz}
            lang={lang}
          />
        )
      )}
      {result && !result.passed && result.quiz.attemptsLeft !== 0 && (
        <p>
          <button type="button" className="button" onClick={tryAgain}>
            {t("learning.quiz.tryAgain")}
          </button>
        </p>
      )}
      {!state.passed && state.attemptsLeft === 0 && !result && !problem && (
        <p className="notice notice--warning">{t("learning.quiz.noAttemptsLeft")}</p>
      )}
      {canAnswer && (
        <QuizForm
          key={round}
          quiz={quiz}
          lang={lang}
          idBase={idBase}
          pending={attempt.isPending}
          onSubmit={submit}
        />
      )}
    </div>
  );
}
