import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { TextField } from "../../../ui/fields.tsx";

const MAX_OBJECTIVES = 20;

/**
 * The course's objectives as a list of inputs: add one, remove one. Focus goes
 * to the new input after adding, and to the add button after removing.
 */
export function ObjectivesEditor({
  objectives,
  message,
  onChange,
}: {
  objectives: string[];
  message: (id: string) => string | undefined;
  onChange: (objectives: string[]) => void;
}) {
  const { t } = useTranslation();
  const [focus, setFocus] = useState<string | null>(null);

  useEffect(() => {
    if (!focus) return;
    document.getElementById(focus)?.focus();
    setFocus(null);
  }, [focus]);

  return (
    <fieldset
      id="objectives"
      tabIndex={-1}
      className="field group"
      aria-describedby="objectives-hint"
    >
      <legend>{t("authoring.fields.objectives")}</legend>
      <p id="objectives-hint" className="field__hint">
        {t("authoring.fields.objectivesHint")}
      </p>
      {message("objectives") && <p className="field__error">{message("objectives")}</p>}
      {objectives.map((objective, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their place
        <div key={index} className="link-row">
          <TextField
            id={`objectives-${index}`}
            label={t("authoring.fields.objective", { number: index + 1 })}
            value={objective}
            error={message(`objectives-${index}`)}
            maxLength={300}
            onChange={(event) =>
              onChange(objectives.map((text, at) => (at === index ? event.target.value : text)))
            }
          />
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              onChange(objectives.filter((_, at) => at !== index));
              setFocus("objectives-add");
            }}
          >
            {t("authoring.fields.removeObjective", { number: index + 1 })}
          </button>
        </div>
      ))}
      <button
        type="button"
        id="objectives-add"
        className="button button--secondary"
        aria-disabled={objectives.length >= MAX_OBJECTIVES || undefined}
        onClick={() => {
          if (objectives.length >= MAX_OBJECTIVES) return;
          onChange([...objectives, ""]);
          setFocus(`objectives-${objectives.length}`);
        }}
      >
        {t("authoring.fields.addObjective")}
      </button>
    </fieldset>
  );
}
