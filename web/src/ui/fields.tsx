import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from "react";
import { useTranslation } from "react-i18next";

interface FieldFrame {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
}

/** ids for aria-describedby: the hint, then the error, so both are read with the field. */
function describedBy({ id, hint, error }: FieldFrame): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

function Frame({ frame, children }: { frame: FieldFrame; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className={frame.error ? "field field--error" : "field"}>
      <label htmlFor={frame.id}>{frame.label}</label>
      {frame.hint && (
        <p id={`${frame.id}-hint`} className="field__hint">
          {frame.hint}
        </p>
      )}
      {frame.error && (
        <p id={`${frame.id}-error`} className="field__error">
          <span className="visually-hidden">{t("form.errorPrefix")} </span>
          {frame.error}
        </p>
      )}
      {children}
    </div>
  );
}

type TextFieldProps = FieldFrame & Omit<InputHTMLAttributes<HTMLInputElement>, "id">;

/** A labelled input whose hint and error are linked to it for assistive technology. */
export function TextField({ id, label, hint, error, ...input }: TextFieldProps) {
  const frame = { id, label, hint, error };
  return (
    <Frame frame={frame}>
      <input
        id={id}
        name={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(frame)}
        {...input}
      />
    </Frame>
  );
}

type SelectFieldProps = FieldFrame &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, "id"> & { children: ReactNode };

export function SelectField({ id, label, hint, error, children, ...select }: SelectFieldProps) {
  const frame = { id, label, hint, error };
  return (
    <Frame frame={frame}>
      <select
        id={id}
        name={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(frame)}
        {...select}
      >
        {children}
      </select>
    </Frame>
  );
}
