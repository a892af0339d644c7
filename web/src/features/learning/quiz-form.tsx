import type { LearnerLesson } from "@alliance/core/web";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorSummary } from "../../ui/error-summary.tsx";
import { SubmitButton } from "../../ui/submit-button.tsx";
import { choose, noAnswers, type QuizAnswers, unanswered } from "./quiz-answers.ts";

export type LearnerQuiz = Extract<LearnerLesson["content"], { kind: "quiz" }>;

/** The id of an option's input: the first option of a question is where its errors lead. */
export function optionId(idBase: string, question: number, option: number): string {
  return `${idBase}-q${question}-${option}`;
}

/**
 * A quiz to answer: a fieldset per question, radio buttons for one answer and
 * checkboxes for several. Nothing is sent until every question has an answer.
 */
export function QuizForm({
  quiz,
  lang,
  idBase,
  pending,
  onSubmit,
}: {
  quiz: LearnerQuiz;
  lang: string;
  idBase: string;
  pending: boolean;
  onSubmit: (answers: QuizAnswers) => void;
}) {
  const { t } = useTranslation();
  const total = quiz.questions.length;
  const [answers, setAnswers] = useState(() => noAnswers(total));
  const [missing, setMissing] = useState<number[]>([]);
  const [attempt, setAttempt] = useState(0);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const left = unanswered(answers, total);
    setMissing(left);
    if (left.length > 0) setAttempt((count) => count + 1);
    else onSubmit(answers);
  };

  const errors = missing.map((at) => ({
    fieldId: optionId(idBase, at, 0),
    message: t("learning.quiz.unanswered", { number: at + 1 }),
  }));

  return (
    <form className="quiz" noValidate onSubmit={submit}>
      <ErrorSummary errors={errors} attempt={attempt} />
      {quiz.questions.map((question, at) => {
        const name = `${idBase}-q${at}`;
        const invalid = missing.includes(at);
        const type = question.choice === "single" ? "radio" : "checkbox";
        return (
          <fieldset
            // biome-ignore lint/suspicious/noArrayIndexKey: questions have no id; the order is the identity
            key={at}
            id={name}
            className={invalid ? "field quiz-question field--error" : "field quiz-question"}
            aria-describedby={invalid ? `${name}-hint ${name}-error` : `${name}-hint`}
          >
            <legend>
              {t("learning.quiz.question", { number: at + 1, total })}{" "}
              <span lang={lang}>{question.prompt}</span>
            </legend>
            <p id={`${name}-hint`} className="field__hint">
              {question.choice === "single"
                ? t("learning.quiz.chooseOne")
                : t("learning.quiz.chooseAll")}
            </p>
            {invalid && (
              <p id={`${name}-error`} className="field__error">
                <span className="visually-hidden">{t("form.errorPrefix")} </span>
                {t("learning.quiz.answerThis")}
              </p>
            )}
            <ul className="checkbox-list">
              {question.options.map((option, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: options have no id either
                <li key={index} className="checkbox-list__item">
                  <input
                    type={type}
                    id={optionId(idBase, at, index)}
                    name={name}
                    checked={answers[at]?.includes(index) ?? false}
                    onChange={(event) => {
                      const { checked } = event.target;
                      setAnswers((current) => choose(current, at, index, question.choice, checked));
                      if (checked) setMissing((current) => current.filter((each) => each !== at));
                    }}
                  />
                  <label htmlFor={optionId(idBase, at, index)} lang={lang}>
                    {option.text}
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        );
      })}
      <SubmitButton pending={pending} pendingLabel={t("learning.quiz.submitting")}>
        {t("learning.quiz.submit")}
      </SubmitButton>
    </form>
  );
}
