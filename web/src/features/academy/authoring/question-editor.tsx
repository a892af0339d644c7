import { useTranslation } from "react-i18next";
import { TextAreaField } from "../../../ui/fields.tsx";
import { emptyOption, type QuestionValues } from "./lesson-form-values.ts";
import { OptionEditor } from "./option-editor.tsx";

const MAX_OPTIONS = 10;

/**
 * One question: its prompt, one or several answers, and its options, each with
 * whether it is correct and the feedback a learner reads after answering.
 */
export function QuestionEditor({
  prefix,
  index,
  question,
  canRemove,
  message,
  onChange,
  onRemove,
}: {
  prefix: string;
  index: number;
  question: QuestionValues;
  canRemove: boolean;
  message: (id: string) => string | undefined;
  /** The changed question, and the input to focus next, if any. */
  onChange: (question: QuestionValues, focus?: string) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const q = `${prefix}-q${index}`;
  const number = index + 1;
  const optionsError = message(`${q}-options`);

  const setChoice = (choice: "single" | "multiple") => {
    // One answer: keep only the first option marked correct.
    const first = question.options.findIndex((option) => option.correct);
    const options =
      choice === "single"
        ? question.options.map((option, at) => ({ ...option, correct: at === first }))
        : question.options;
    onChange({ ...question, choice, options });
  };

  return (
    <fieldset className="field group">
      <legend>{t("authoring.quiz.question", { number })}</legend>
      <TextAreaField
        id={`${q}-prompt`}
        label={t("authoring.quiz.prompt", { number })}
        value={question.prompt}
        error={message(`${q}-prompt`)}
        rows={2}
        onChange={(event) => onChange({ ...question, prompt: event.target.value })}
      />
      <fieldset className="field">
        <legend>{t("authoring.quiz.choice", { number })}</legend>
        {(["single", "multiple"] as const).map((choice) => (
          <div key={choice} className="radio">
            <input
              type="radio"
              id={choice === "single" ? `${q}-choice` : `${q}-choice-multiple`}
              name={`${q}-choice`}
              checked={question.choice === choice}
              onChange={() => setChoice(choice)}
            />
            <label htmlFor={choice === "single" ? `${q}-choice` : `${q}-choice-multiple`}>
              {t(`authoring.quiz.choices.${choice}`)}
            </label>
          </div>
        ))}
      </fieldset>
      <fieldset
        id={`${q}-options`}
        tabIndex={-1}
        className={optionsError ? "field field--error" : "field"}
        aria-describedby={optionsError ? `${q}-options-error` : undefined}
      >
        <legend>{t("authoring.quiz.options", { number })}</legend>
        {optionsError && (
          <p id={`${q}-options-error`} className="field__error">
            {optionsError}
          </p>
        )}
        {question.options.map((option, at) => (
          <OptionEditor
            // biome-ignore lint/suspicious/noArrayIndexKey: options have no id; the order is the identity
            key={at}
            id={`${q}-o${at}`}
            group={`${q}-correct`}
            number={at + 1}
            question={number}
            option={option}
            choice={question.choice}
            canRemove={question.options.length > 2}
            message={message}
            onChange={(changed) => {
              const options = question.options.map((each, i) =>
                i === at
                  ? changed
                  : question.choice === "single" && changed.correct
                    ? { ...each, correct: false }
                    : each,
              );
              onChange({ ...question, options });
            }}
            onRemove={() =>
              onChange(
                { ...question, options: question.options.filter((_, i) => i !== at) },
                `${q}-add-option`,
              )
            }
          />
        ))}
        <button
          type="button"
          id={`${q}-add-option`}
          className="button button--secondary"
          aria-disabled={question.options.length >= MAX_OPTIONS || undefined}
          onClick={() => {
            if (question.options.length >= MAX_OPTIONS) return;
            onChange(
              { ...question, options: [...question.options, emptyOption()] },
              `${q}-o${question.options.length}-text`,
            );
          }}
        >
          {t("authoring.quiz.addOption", { number })}
        </button>
      </fieldset>
      {canRemove && (
        <button type="button" className="button button--secondary" onClick={onRemove}>
          {t("authoring.quiz.removeQuestion", { number })}
        </button>
      )}
    </fieldset>
  );
}
