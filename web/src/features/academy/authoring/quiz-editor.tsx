import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { TextField } from "../../../ui/fields.tsx";
import { newQuestion, type QuestionValues } from "./lesson-form-values.ts";
import { QuestionEditor } from "./question-editor.tsx";
import type { LessonEditorState } from "./use-lesson-editor.ts";

const MAX_QUESTIONS = 50;

/** A quiz: its questions, the pass mark and how many attempts a learner has. */
export function QuizEditor({ form }: { form: LessonEditorState }) {
  const { t } = useTranslation();
  const { prefix, values, set, message } = form;
  const [focus, setFocus] = useState<string | null>(null);

  // After adding or removing a question or an option, focus lands where the change is.
  useEffect(() => {
    if (!focus) return;
    document.getElementById(focus)?.focus();
    setFocus(null);
  }, [focus]);

  const setQuestions = (questions: QuestionValues[], next?: string) => {
    set("questions", questions);
    if (next) setFocus(next);
  };

  return (
    <>
      <fieldset className="field group" aria-describedby={`${prefix}-questions-hint`}>
        <legend>{t("authoring.quiz.questions")}</legend>
        <p id={`${prefix}-questions-hint`} className="field__hint">
          {t("authoring.quiz.questionsHint")}
        </p>
        {message(`${prefix}-questions`) && (
          <p className="field__error">{message(`${prefix}-questions`)}</p>
        )}
        <ol className="quiz-questions">
          {values.questions.map((question, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: questions have no id; the order is the identity
            <li key={index} className="quiz-question">
              <QuestionEditor
                prefix={prefix}
                index={index}
                question={question}
                canRemove={values.questions.length > 1}
                message={message}
                onChange={(changed, next) =>
                  setQuestions(
                    values.questions.map((each, at) => (at === index ? changed : each)),
                    next,
                  )
                }
                onRemove={() =>
                  setQuestions(
                    values.questions.filter((_, at) => at !== index),
                    `${prefix}-questions`,
                  )
                }
              />
            </li>
          ))}
        </ol>
        <button
          type="button"
          id={`${prefix}-questions`}
          className="button button--secondary"
          aria-disabled={values.questions.length >= MAX_QUESTIONS || undefined}
          onClick={() => {
            if (values.questions.length >= MAX_QUESTIONS) return;
            setQuestions(
              [...values.questions, newQuestion()],
              `${prefix}-q${values.questions.length}-prompt`,
            );
          }}
        >
          {t("authoring.quiz.addQuestion")}
        </button>
      </fieldset>
      <TextField
        id={`${prefix}-passMark`}
        label={t("authoring.quiz.passMark")}
        hint={t("authoring.quiz.passMarkHint")}
        value={values.passMark}
        error={message(`${prefix}-passMark`)}
        inputMode="numeric"
        autoComplete="off"
        onChange={(event) => set("passMark", event.target.value)}
      />
      <fieldset className="field group">
        <legend>{t("authoring.quiz.attempts")}</legend>
        <div className="checkbox">
          <input
            type="checkbox"
            id={`${prefix}-unlimited`}
            checked={values.unlimited}
            onChange={(event) => set("unlimited", event.target.checked)}
          />
          <label htmlFor={`${prefix}-unlimited`}>{t("authoring.quiz.unlimited")}</label>
        </div>
        {!values.unlimited && (
          <TextField
            id={`${prefix}-attemptLimit`}
            label={t("authoring.quiz.attemptLimit")}
            hint={t("authoring.quiz.attemptLimitHint")}
            value={values.attemptLimit}
            error={message(`${prefix}-attemptLimit`)}
            inputMode="numeric"
            autoComplete="off"
            onChange={(event) => set("attemptLimit", event.target.value)}
          />
        )}
      </fieldset>
    </>
  );
}
