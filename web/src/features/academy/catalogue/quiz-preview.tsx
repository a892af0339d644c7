import type { LearnerLesson } from "@alliance/core/web";
import { useId } from "react";
import { useTranslation } from "react-i18next";

type Quiz = Extract<LearnerLesson["content"], { kind: "quiz" }>;

/**
 * A quiz as its learners will see it, read-only: every question with its options
 * as disabled radio buttons (one answer) or checkboxes (several), and its rules.
 */
export function QuizPreview({ quiz, lang }: { quiz: Quiz; lang?: string | undefined }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="quiz-preview">
      <p>
        {t("courses.lesson.passMark", { passMark: quiz.passMark })}{" "}
        {quiz.attemptLimit === null
          ? t("courses.lesson.attemptsUnlimited")
          : t("courses.lesson.attempts", { count: quiz.attemptLimit })}
      </p>
      <p className="field__hint">{t("courses.lesson.quizPreview")}</p>
      <div className="quiz-preview__questions">
        {quiz.questions.map((question, number) => {
          const name = `${id}-q${number}`;
          const type = question.choice === "single" ? "radio" : "checkbox";
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: questions have no id; the order is the identity
            <fieldset key={number} className="field" aria-describedby={`${name}-hint`}>
              <legend>
                {t("courses.lesson.question", { number: number + 1 })}{" "}
                <span lang={lang}>{question.prompt}</span>
              </legend>
              <p id={`${name}-hint`} className="field__hint">
                {question.choice === "single"
                  ? t("courses.lesson.chooseOne")
                  : t("courses.lesson.chooseMany")}
              </p>
              <ul className="checkbox-list">
                {question.options.map((option, at) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: options have no id either
                  <li key={at} className="checkbox-list__item">
                    <input type={type} id={`${name}-${at}`} name={name} disabled />
                    <label htmlFor={`${name}-${at}`} lang={lang}>
                      {option.text}
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
          );
        })}
      </div>
    </div>
  );
}
