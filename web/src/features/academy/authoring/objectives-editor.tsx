import { useEffect, useState } from "react";
import { get, useController } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { TextField } from "../../../ui/fields.tsx";
import { errorText, limitsAt, type SchemaForm } from "../../../ui/form/index.ts";
import type { CourseFormValues } from "./course-form-values.ts";

/**
 * The course's objectives as a list of inputs: add one, remove one (as many and as
 * long as core's schema allows). Focus goes to the new input after adding, and to
 * the add button after removing.
 */
export function ObjectivesEditor({ form }: { form: SchemaForm<CourseFormValues> }) {
  const { t } = useTranslation();
  const [focus, setFocus] = useState<string | null>(null);
  const { field } = useController({ control: form.control, name: "objectives" });
  const objectives: string[] = field.value;
  const most = limitsAt(form.schema, "objectives").max ?? Number.POSITIVE_INFINITY;
  const longest = limitsAt(form.schema, "objectives.0").max;
  const message = (name: string) => errorText(get(form.formState.errors, name), t);

  useEffect(() => {
    if (!focus) return;
    document.getElementById(focus)?.focus();
    setFocus(null);
  }, [focus]);

  return (
    <fieldset
      id="objectives"
      ref={field.ref}
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
            error={message(`objectives.${index}`)}
            maxLength={longest}
            onChange={(event) =>
              field.onChange(
                objectives.map((text, at) => (at === index ? event.target.value : text)),
              )
            }
          />
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              field.onChange(objectives.filter((_, at) => at !== index));
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
        aria-disabled={objectives.length >= most || undefined}
        onClick={() => {
          if (objectives.length >= most) return;
          field.onChange([...objectives, ""]);
          setFocus(`objectives-${objectives.length}`);
        }}
      >
        {t("authoring.fields.addObjective")}
      </button>
    </fieldset>
  );
}
