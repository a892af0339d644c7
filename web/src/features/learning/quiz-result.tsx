import type { QuizState } from "@alliance/core/web";
import { useEffect, useId, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { LearnerQuiz } from "./quiz-form.tsx";

type QuestionResult = NonNullable<QuizState["lastResult"]>[number];

export interface ResultData {
  /** null when the server kept no score (never for a scored attempt). */
  score: number | null;
  passMark: number;
  passed: boolean;
  questions: QuestionResult[];
}

/**
 * A scored attempt: the score against the pass mark, passed or not, and per
 * question whether it was right with the trainer's feedback on each option chosen.
 * `attemptsLeft` (undefined: not shown) says what remains; `focus` takes focus on
 * display so that the result is read out at once.
 */
export function QuizResult({
  heading,
  result,
  quiz,
  lang,
  attemptsLeft,
  focus = false,
}: {
  heading: string;
  result: ResultData;
  quiz: LearnerQuiz;
  lang: string;
  attemptsLeft?: number | null | undefined;
  focus?: boolean;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const region = useRef<HTMLElement>(null);

  useEffect(() => {
    if (focus) region.current?.focus();
  }, [focus]);

  return (
    <section ref={region} className="quiz-result" aria-labelledby={headingId} tabIndex={-1}>
      <h2 id={headingId}>{heading}</h2>
      {result.score !== null && (
        <p>{t("learning.quiz.score", { score: result.score, passMark: result.passMark })}</p>
      )}
      <p className={`verdict verdict--${result.passed ? "passed" : "failed"}`}>
        <strong>{result.passed ? t("learning.quiz.passed") : t("learning.quiz.notPassed")}</strong>
      </p>
      <ul className="quiz-result__questions">
        {result.questions.map((question, at) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: results follow the questions' order
          <li key={at}>
            <p className="quiz-result__question">
              {question.correct
                ? t("learning.quiz.correct", { number: at + 1 })
                : t("learning.quiz.notCorrect", { number: at + 1 })}
            </p>
            {question.feedback.length > 0 && (
              <ul className="quiz-result__feedback">
                {question.feedback.map((feedback) => (
                  <li key={feedback.option}>
                    <span className="quiz-result__option" lang={lang}>
                      {quiz.questions[at]?.options[feedback.option]?.text ?? ""}
                    </span>
                    {" — "}
                    <span lang={lang}>{feedback.text}</span>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      {attemptsLeft !== undefined && attemptsLeft !== null && (
        <p>
          {attemptsLeft === 0
            ? t("learning.quiz.noneLeft")
            : t("learning.quiz.attemptsAfter", { count: attemptsLeft })}
        </p>
      )}
    </section>
  );
}
