import { useTranslation } from "react-i18next";
import { TextField } from "../../../ui/fields.tsx";
import type { OptionValues } from "./lesson-form-values.ts";

/** One option of a question: its text, whether it is correct, and its feedback. */
export function OptionEditor({
  id,
  group,
  number,
  question,
  option,
  choice,
  canRemove,
  message,
  onChange,
  onRemove,
}: {
  id: string;
  /** The name the correct-answer radios of a one-answer question share. */
  group: string;
  number: number;
  question: number;
  option: OptionValues;
  choice: "single" | "multiple";
  canRemove: boolean;
  message: (id: string) => string | undefined;
  onChange: (option: OptionValues) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="quiz-option">
      <TextField
        id={`${id}-text`}
        label={t("authoring.quiz.option", { number, question })}
        value={option.text}
        error={message(`${id}-text`)}
        maxLength={500}
        onChange={(event) => onChange({ ...option, text: event.target.value })}
      />
      <div className={choice === "single" ? "radio" : "checkbox"}>
        <input
          type={choice === "single" ? "radio" : "checkbox"}
          id={`${id}-correct`}
          name={choice === "single" ? group : `${id}-correct`}
          checked={option.correct}
          onChange={(event) => onChange({ ...option, correct: event.target.checked })}
        />
        <label htmlFor={`${id}-correct`}>
          {choice === "single"
            ? t("authoring.quiz.theCorrect", { number, question })
            : t("authoring.quiz.correct", { number, question })}
        </label>
      </div>
      <TextField
        id={`${id}-feedback`}
        label={t("authoring.quiz.feedback", { number, question })}
        hint={t("authoring.quiz.feedbackHint")}
        value={option.feedback}
        error={message(`${id}-feedback`)}
        maxLength={1000}
        onChange={(event) => onChange({ ...option, feedback: event.target.value })}
      />
      {canRemove && (
        <button type="button" className="button button--secondary" onClick={onRemove}>
          {t("authoring.quiz.removeOption", { number, question })}
        </button>
      )}
    </div>
  );
}
